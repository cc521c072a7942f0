import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { AnywherePermission, EditionPermission } from '../common/access/access.decorators';
import { SESSION_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { sendPaged } from '../common/paged';
import { SessionWriteResult } from '../sessions/dto/session-write-result.dto';
import { AddSessionSpeakerRequest, CreateSpeakerRequest, SpeakerDto, SpeakerQuery, UpdateSessionSpeakerRequest, UpdateSpeakerRequest } from './dto/speaker.dto';
import { SpeakerAppearanceDto } from './dto/speaker-appearance.dto';
import { SpeakersService } from './speakers.service';

@ApiTags('speakers')
@Controller()
export class SpeakersController {
  constructor(private readonly speakersService: SpeakersService) {}

  @Get('speakers')
  @AnywherePermission('view')
  @ApiOperation({ summary: 'Find speakers by name' })
  @ApiOkResponse({ type: [SpeakerDto] })
  @ApiBadRequestResponse({ type: ApiError })
  async search(@Query() query: SpeakerQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendPaged(reply, await this.speakersService.search(query));
  }

  @Get('speakers/:id')
  @AnywherePermission('view')
  @ApiOperation({ summary: 'One speaker' })
  @ApiOkResponse({ type: SpeakerDto })
  @ApiNotFoundResponse({ type: ApiError })
  findOne(@Param('id', IdParamPipe) id: number): Promise<SpeakerDto> {
    return this.speakersService.findOne(id);
  }

  @Get('speakers/:id/sessions')
  @AnywherePermission('view')
  @ApiOperation({ summary: 'Every session a speaker is on, across editions and brands, with the ones that overlap (a speaker in two places at once)' })
  @ApiOkResponse({ type: [SpeakerAppearanceDto] })
  @ApiNotFoundResponse({ type: ApiError })
  appearances(@Param('id', IdParamPipe) id: number): Promise<SpeakerAppearanceDto[]> {
    return this.speakersService.appearancesOf(id);
  }

  @Post('speakers')
  @AnywherePermission('edit_schedule')
  @ApiOperation({ summary: 'Add a speaker (name, title, affiliation, bio)' })
  @ApiCreatedResponse({ type: SpeakerDto })
  @ApiBadRequestResponse({ type: ApiError })
  create(@Body() body: CreateSpeakerRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<SpeakerDto> {
    return this.speakersService.create(body, actor);
  }

  @Patch('speakers/:id')
  @AnywherePermission('edit_schedule')
  @ApiOperation({ summary: 'Change a speaker' })
  @ApiOkResponse({ type: SpeakerDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  update(@Param('id', IdParamPipe) id: number, @Body() body: UpdateSpeakerRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<SpeakerDto> {
    return this.speakersService.update(id, body, actor);
  }

  @Delete('speakers/:id')
  @AnywherePermission('edit_schedule')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a speaker on no session (otherwise 409)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  remove(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.speakersService.remove(id, actor);
  }

  @Post('sessions/:id/speakers')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  @ApiOperation({ summary: 'Put a speaker on a session (moderator, speaker or guest); warns when the speaker is elsewhere then' })
  @ApiCreatedResponse({ type: SessionWriteResult })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  addToSession(@Param('id', IdParamPipe) sessionId: number, @Body() body: AddSessionSpeakerRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<SessionWriteResult> {
    return this.speakersService.addToSession(sessionId, body, actor);
  }

  @Patch('sessions/:id/speakers/:speakerId')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  @ApiOperation({ summary: 'Change a speaker’s role or order on a session' })
  @ApiOkResponse({ type: SessionWriteResult })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  updateOnSession(
    @Param('id', IdParamPipe) sessionId: number,
    @Param('speakerId', IdParamPipe) speakerId: number,
    @Body() body: UpdateSessionSpeakerRequest,
    @CurrentAccount() actor: AuthenticatedAccount,
  ): Promise<SessionWriteResult> {
    return this.speakersService.updateOnSession(sessionId, speakerId, body, actor);
  }

  @Delete('sessions/:id/speakers/:speakerId')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Take a speaker off a session' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiError })
  removeFromSession(
    @Param('id', IdParamPipe) sessionId: number,
    @Param('speakerId', IdParamPipe) speakerId: number,
    @CurrentAccount() actor: AuthenticatedAccount,
  ): Promise<void> {
    return this.speakersService.removeFromSession(sessionId, speakerId, actor);
  }
}
