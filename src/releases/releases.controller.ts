import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendRendered } from '../common/http/send-rendered';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission, Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { ProgramDto } from './dto/program.dto';
import { PublishReleaseRequest, ReleaseDto, ReleasePreviewDto } from './dto/release.dto';
import { ReleasesService } from './releases.service';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';

@ApiTags('program')
@Controller('editions')
export class ReleasesController {
  constructor(private readonly releasesService: ReleasesService) {}

  @Post(':id/releases')
  @ApiEditionParam()
  @EditionPermission('edit_schedule')
  @ApiOperation({ summary: 'Publish the current program as the next version; answers its changelog against the previous one' })
  @ApiCreatedResponse({ type: ReleaseDto })
  @ApiConflictResponse({ type: ApiError, description: 'The schedule has errors' })
  @ApiNotFoundResponse({ type: ApiError })
  publish(@Param('id', EditionIdPipe) id: number, @Body() body: PublishReleaseRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<ReleaseDto> {
    return this.releasesService.publish(id, body.note ?? null, actor);
  }

  @Get(':id/releases/preview')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'The next version before publishing: its changelog against the current one, what subscribed calendars would receive, and any schedule error that would refuse it' })
  @ApiOkResponse({ type: ReleasePreviewDto })
  @ApiNotFoundResponse({ type: ApiError })
  preview(@Param('id', EditionIdPipe) id: number): Promise<ReleasePreviewDto> {
    return this.releasesService.preview(id);
  }

  @Get(':id/releases')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'Every published version of the program with its changelog, newest first' })
  @ApiOkResponse({ type: [ReleaseDto] })
  @ApiNotFoundResponse({ type: ApiError })
  list(@Param('id', EditionIdPipe) id: number): Promise<ReleaseDto[]> {
    return this.releasesService.list(id);
  }

  @Get(':idOrSlug/program')
  @Public()
  @ApiOperation({ summary: 'The public program: the latest release by day, never drafts (ETag; 304 to a conditional request)' })
  @ApiParam({ name: 'idOrSlug', example: 'civilization-2021' })
  @ApiOkResponse({ type: ProgramDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiBadRequestResponse({ type: ApiError })
  async program(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.releasesService.programDocument(key));
  }
}
