import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { RegistrationAccess } from '../registrations/registration-access';
import { GuestReplyRequest, GuestReplyViewDto } from './dto/guest-reply.dto';
import { GuestRepliesService } from './guest-replies.service';

/** The guest's own routes: the code and the token of the personal link, nothing else. */
@ApiTags('guests')
@Controller('guest-replies')
export class GuestRepliesController {
  constructor(private readonly replies: GuestRepliesService) {}

  @Get(':code')
  @Public()
  @ApiQuery({ name: 'token', required: false, description: 'The token of the personal link (or `Authorization: Bearer …`)' })
  @ApiOperation({ summary: 'The guest’s invitation: sessions, reply so far, deputy' })
  @ApiOkResponse({ type: GuestReplyViewDto })
  @ApiNotFoundResponse({ type: ApiError, description: 'Unknown code or wrong token (alike)' })
  view(@Param('code') code: string, @Req() request: FastifyRequest): Promise<GuestReplyViewDto> {
    return this.replies.view(code, RegistrationAccess.tokenOf(request));
  }

  @Put(':code')
  @Public()
  @ApiQuery({ name: 'token', required: false, description: 'The token of the personal link (or `Authorization: Bearer …`)' })
  @ApiOperation({ summary: 'Reply: attend, decline, or send a deputy (name, title, phone), whom the organizer approves' })
  @ApiOkResponse({ type: GuestReplyViewDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The edition has ended' })
  @ApiNotFoundResponse({ type: ApiError })
  reply(@Param('code') code: string, @Req() request: FastifyRequest, @Body() body: GuestReplyRequest): Promise<GuestReplyViewDto> {
    return this.replies.reply(code, RegistrationAccess.tokenOf(request), body);
  }
}
