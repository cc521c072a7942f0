import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { PartnerOnly } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { PartnerOrganization } from '../partners/partner-organization.decorator';
import { ProposalDto, ProposeDescriptionRequest, ProposeGuestRequest, ProposeSpeakerRequest } from './dto/proposal.dto';
import { ProposalsService } from './proposals.service';
import { sendPhoto } from './send-photo';

/** The hosting body's side of a delegated sub-forum: propose, and follow each proposal's state. Another body's session or proposal is a 404. */
@ApiTags('delegated sub-forums')
@PartnerOnly()
@Controller('partner')
export class PartnerProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Get('proposals')
  @ApiOperation({ summary: 'Every proposal of the own organization, newest first, with its state and the organizer’s comment' })
  @ApiOkResponse({ type: [ProposalDto] })
  list(@PartnerOrganization() organizationId: number): Promise<ProposalDto[]> {
    return this.proposals.ownProposals(organizationId);
  }

  @Get('proposals/:id')
  @ApiOperation({ summary: 'One proposal of the own organization' })
  @ApiOkResponse({ type: ProposalDto })
  @ApiNotFoundResponse({ type: ApiError })
  one(@PartnerOrganization() organizationId: number, @Param('id', IdParamPipe) id: number): Promise<ProposalDto> {
    return this.proposals.ownProposal(organizationId, id);
  }

  @Get('proposals/:id/photo')
  @ApiOperation({ summary: 'The photo sent with an own speaker proposal' })
  @ApiProduces('image/png', 'image/jpeg')
  @ApiResponse({ status: 200, description: 'The image' })
  @ApiNotFoundResponse({ type: ApiError })
  async photo(@PartnerOrganization() organizationId: number, @Param('id', IdParamPipe) id: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return sendPhoto(reply, await this.proposals.ownPhoto(organizationId, id));
  }

  @Post('sessions/:id/speaker-proposals')
  @ApiOperation({ summary: 'Propose a speaker for a delegated session (a photo can be added on the partner page)' })
  @ApiCreatedResponse({ type: ProposalDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError, description: 'Not a session delegated to the own organization' })
  @ApiConflictResponse({ type: ApiError })
  proposeSpeaker(@PartnerOrganization() organizationId: number, @Param('id', IdParamPipe) sessionId: number, @Body() body: ProposeSpeakerRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<ProposalDto> {
    return this.proposals.proposeSpeaker(organizationId, sessionId, body, null, actor);
  }

  @Post('sessions/:id/guest-proposals')
  @ApiOperation({ summary: 'Propose an invited guest for a delegated session (a phone or an e-mail; added to the guest list when accepted)' })
  @ApiCreatedResponse({ type: ProposalDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError, description: 'Not a session delegated to the own organization' })
  @ApiUnprocessableEntityResponse({ type: ApiError, description: 'The guest’s contact is missing or malformed' })
  proposeGuest(@PartnerOrganization() organizationId: number, @Param('id', IdParamPipe) sessionId: number, @Body() body: ProposeGuestRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<ProposalDto> {
    return this.proposals.proposeGuest(organizationId, sessionId, body, actor);
  }

  @Post('sessions/:id/description-proposals')
  @ApiOperation({ summary: 'Propose the description of a delegated session' })
  @ApiCreatedResponse({ type: ProposalDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError, description: 'Not a session delegated to the own organization' })
  @ApiConflictResponse({ type: ApiError })
  proposeDescription(@PartnerOrganization() organizationId: number, @Param('id', IdParamPipe) sessionId: number, @Body() body: ProposeDescriptionRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<ProposalDto> {
    return this.proposals.proposeDescription(organizationId, sessionId, body, actor);
  }
}
