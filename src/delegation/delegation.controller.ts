import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { EDITION_QUERY, PROPOSAL_PARAM, SESSION_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { GrantAttendeeListRequest } from '../partners/dto/partner.dto';
import { DelegationsService } from './delegations.service';
import { DelegationDto, ProposalDto, SendBackRequest } from './dto/proposal.dto';
import { ProposalQuery } from './dto/proposal-query.dto';
import { ProposalsService } from './proposals.service';
import { sendPhoto } from './send-photo';

/** Organizers (each route declares its capability on the session's or proposal's edition): which sub-forums their hosts may prepare, and the review of what the hosts propose. */
@ApiTags('delegated sub-forums')
@Controller()
export class DelegationController {
  constructor(
    private readonly delegations: DelegationsService,
    private readonly proposals: ProposalsService,
  ) {}

  @Post('sessions/:id/delegations')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  @ApiOperation({ summary: 'Let a hosting organization propose this session’s speakers and description (each proposal is still reviewed)' })
  @ApiCreatedResponse({ type: DelegationDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiUnprocessableEntityResponse({ type: ApiError, description: 'The organization does not host the session' })
  @ApiConflictResponse({ type: ApiError })
  allow(@Param('id', IdParamPipe) sessionId: number, @Body() body: GrantAttendeeListRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<DelegationDto> {
    return this.delegations.allow(sessionId, body.organizationId, actor);
  }

  @Delete('sessions/:id/delegations/:organizationId')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Take the delegation back (proposals already made stay to be reviewed)' })
  @ApiResponse({ status: 204, description: 'Revoked' })
  @ApiNotFoundResponse({ type: ApiError })
  revoke(@Param('id', IdParamPipe) sessionId: number, @Param('organizationId', IdParamPipe) organizationId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.delegations.revoke(sessionId, organizationId, actor);
  }

  @Get('proposals')
  @EditionPermission('view', EDITION_QUERY)
  @ApiOperation({ summary: 'The review queue: proposals of the hosts of delegated sessions, the waiting ones first' })
  @ApiQuery({ name: 'editionId', required: false, type: Number })
  @ApiOkResponse({ type: [ProposalDto] })
  queue(@Query() query: ProposalQuery): Promise<ProposalDto[]> {
    return this.proposals.queue(query.editionId ? [query.editionId] : null);
  }

  @Get('proposals/:id')
  @EditionPermission('view', PROPOSAL_PARAM)
  @ApiOperation({ summary: 'One proposal' })
  @ApiOkResponse({ type: ProposalDto })
  @ApiNotFoundResponse({ type: ApiError })
  proposal(@Param('id', IdParamPipe) id: number): Promise<ProposalDto> {
    return this.proposals.proposal(id);
  }

  @Get('proposals/:id/photo')
  @EditionPermission('view', PROPOSAL_PARAM)
  @ApiOperation({ summary: 'The photo of a proposed speaker' })
  @ApiProduces('image/png', 'image/jpeg')
  @ApiResponse({ status: 200, description: 'The image' })
  @ApiNotFoundResponse({ type: ApiError })
  async photo(@Param('id', IdParamPipe) id: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return sendPhoto(reply, await this.proposals.photo(id));
  }

  @Post('proposals/:id/accept')
  @EditionPermission('edit_schedule', PROPOSAL_PARAM)
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept: the speaker or description is applied to the draft, and reaches the public with the next release' })
  @ApiOkResponse({ type: ProposalDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Decided already' })
  accept(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<ProposalDto> {
    return this.proposals.accept(id, actor);
  }

  @Post('proposals/:id/send-back')
  @EditionPermission('edit_schedule', PROPOSAL_PARAM)
  @HttpCode(200)
  @ApiOperation({ summary: 'Send back with a comment the hosting body reads' })
  @ApiOkResponse({ type: ProposalDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Decided already' })
  sendBack(@Param('id', IdParamPipe) id: number, @Body() body: SendBackRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<ProposalDto> {
    return this.proposals.sendBack(id, body.comment, actor);
  }
}
