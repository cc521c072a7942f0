import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { sendPaged } from '../common/paged';
import { EditionDetailDto, EditionSummaryDto } from './dto/edition.dto';
import { EditionQuery } from './dto/edition-query.dto';
import { EditionsService } from './editions.service';

@ApiTags('editions')
@Controller('editions')
export class EditionsController {
  constructor(private readonly editionsService: EditionsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Public editions, newest first, filtered by brand, year and city' })
  @ApiOkResponse({ type: [EditionSummaryDto] })
  @ApiHeader({ name: 'X-Total-Count', description: 'Matches in all (response header)', required: false })
  @ApiBadRequestResponse({ type: ApiError })
  async search(@Query() query: EditionQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendPaged(reply, await this.editionsService.search(query));
  }

  @Get(':idOrSlug')
  @Public()
  @ApiOperation({ summary: 'One edition with its theme, dates, place and organizations by role (drafts: organizers only)' })
  @ApiParam({ name: 'idOrSlug', example: 'integrity-2019', description: 'Numeric id or slug `{brand}-{year}`' })
  @ApiOkResponse({ type: EditionDetailDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiBadRequestResponse({ type: ApiError })
  findOne(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Req() request: FastifyRequest): Promise<EditionDetailDto> {
    return this.editionsService.findOne(key, request.account);
  }
}
