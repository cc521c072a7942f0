import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { OrganizerOnly } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { GrantAttendeeListRequest } from '../partners/dto/partner.dto';
import { DelegationsService } from './delegations.service';
import { DelegationDto, ProposalDto, SendBackRequest } from './dto/proposal.dto';
import { ProposalQuery } from './dto/proposal-query.dto';
import { ProposalsService } from './proposals.service';
import { sendPhoto } from './send-photo';

/** Organizers: which sub-forums their hosts may prepare, and the review of what the hosts propose. */
@ApiTags('delegated sub-forums')
@OrganizerOnly()
@Controller()
export class DelegationController {
  constructor(
    private readonly delegations: DelegationsService,
    private readonly proposals: ProposalsService,
  ) {}

  @Post('sessions/:id/delegations')
  @ApiOperation({ summary: 'Let a hosting organization propose this session’s speakers and description (each proposal is still reviewed)' })
  @ApiCreatedResponse({ type: DelegationDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiUnprocessableEntityResponse({ type: ApiError, description: 'The organization does not host the session' })
  @ApiConflictResponse({ type: ApiError })
  allow(@Param('id', IdParamPipe) sessionId: number, @Body() body: GrantAttendeeListRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<DelegationDto> {
    return this.delegations.allow(sessionId, body.organizationId, actor);
  }

  @Delete('sessions/:id/delegations/:organizationId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take the delegation back (proposals already made stay to be reviewed)' })
  @ApiResponse({ status: 204, description: 'Revoked' })
  @ApiNotFoundResponse({ type: ApiError })
  revoke(@Param('id', IdParamPipe) sessionId: number, @Param('organizationId', IdParamPipe) organizationId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.delegations.revoke(sessionId, organizationId, actor);
  }

  @Get('proposals')
  @ApiOperation({ summary: 'The review queue: proposals of the hosts of delegated sessions, the waiting ones first' })
  @ApiQuery({ name: 'edition', required: false, type: Number })
  @ApiOkResponse({ type: [ProposalDto] })
  queue(@Query() query: ProposalQuery): Promise<ProposalDto[]> {
    return this.proposals.queue(query.edition ? [query.edition] : null);
  }

  @Get('proposals/:id')
  @ApiOperation({ summary: 'One proposal' })
  @ApiOkResponse({ type: ProposalDto })
  @ApiNotFoundResponse({ type: ApiError })
  proposal(@Param('id', IdParamPipe) id: number): Promise<ProposalDto> {
    return this.proposals.proposal(id);
  }

  @Get('proposals/:id/photo')
  @ApiOperation({ summary: 'The photo of a proposed speaker' })
  @ApiProduces('image/png', 'image/jpeg')
  @ApiResponse({ status: 200, description: 'The image' })
  @ApiNotFoundResponse({ type: ApiError })
  async photo(@Param('id', IdParamPipe) id: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return sendPhoto(reply, await this.proposals.photo(id));
  }

  @Post('proposals/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept: the speaker or description is applied to the draft, and reaches the public with the next release' })
  @ApiOkResponse({ type: ProposalDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Decided already' })
  accept(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<ProposalDto> {
    return this.proposals.accept(id, actor);
  }

  @Post('proposals/:id/send-back')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send back with a comment the hosting body reads' })
  @ApiOkResponse({ type: ProposalDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Decided already' })
  sendBack(@Param('id', IdParamPipe) id: number, @Body() body: SendBackRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<ProposalDto> {
    return this.proposals.sendBack(id, body.comment, actor);
  }
}
