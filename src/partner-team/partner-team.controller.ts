import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { LoginResponse } from '../auth/dto/login.dto';
import { AnywherePermission, PartnerOnly, Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { acceptedLanguage } from '../common/i18n/language';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { PartnerOrganization } from '../partners/partner-organization.decorator';
import { AcceptInvitationRequest, InvitePartnerRequest, PartnerInvitationDto, PartnerTeamDto, SetPartnerAdminRequest, PartnerTeamMemberDto } from './dto/partner-team.dto';
import { INVITATION_VALID_DAYS, PartnerTeamService } from './partner-team.service';

/** A partner organization's people: its own admins manage them under /partner/team, organizers under /organizations/{id}. */
@ApiTags('partner team')
@Controller()
export class PartnerTeamController {
  constructor(private readonly team: PartnerTeamService) {}

  @Get('partner/team')
  @PartnerOnly()
  @ApiOperation({ summary: 'The accounts of the own organization, and the invitations not yet followed' })
  @ApiOkResponse({ type: PartnerTeamDto })
  ownTeam(@PartnerOrganization() organizationId: number): Promise<PartnerTeamDto> {
    return this.team.members(organizationId);
  }

  @Post('partner/team/invitations')
  @PartnerOnly()
  @ApiOperation({ summary: `Invite a colleague (partner admins only): a link valid ${INVITATION_VALID_DAYS} days is mailed, and makes an account of the own organization` })
  @ApiCreatedResponse({ type: PartnerInvitationDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The address already has an account' })
  @ApiTooManyRequestsResponse({ type: ApiError })
  inviteOwn(@PartnerOrganization() organizationId: number, @Body() body: InvitePartnerRequest, @CurrentAccount() actor: AuthenticatedAccount, @Headers('accept-language') language?: string): Promise<PartnerInvitationDto> {
    return this.team.invite(organizationId, body, actor, acceptedLanguage(language));
  }

  @Delete('partner/team/invitations/:id')
  @PartnerOnly()
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw an invitation of the own organization (partner admins only)' })
  @ApiResponse({ status: 204, description: 'Withdrawn' })
  @ApiNotFoundResponse({ type: ApiError })
  withdrawOwn(@PartnerOrganization() organizationId: number, @Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.team.withdraw(organizationId, id, actor);
  }

  @Put('partner/team/members/:id/admin')
  @PartnerOnly()
  @ApiOperation({ summary: 'Name or remove an admin of the own team (partner admins only; the last admin stays)' })
  @ApiOkResponse({ type: PartnerTeamMemberDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  setOwnAdmin(@PartnerOrganization() organizationId: number, @Param('id', IdParamPipe) id: number, @Body() body: SetPartnerAdminRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<PartnerTeamMemberDto> {
    return this.team.setAdmin(organizationId, id, body.admin, actor);
  }

  @Get('organizations/:id/partner-team')
  @AnywherePermission('view')
  @ApiOperation({ summary: 'The partner accounts of an organization, and its open invitations' })
  @ApiOkResponse({ type: PartnerTeamDto })
  @ApiNotFoundResponse({ type: ApiError })
  organizationTeam(@Param('id', IdParamPipe) organizationId: number): Promise<PartnerTeamDto> {
    return this.team.members(organizationId);
  }

  @Post('organizations/:id/partner-invitations')
  @AnywherePermission('manage_team')
  @ApiOperation({ summary: 'Invite someone to an organization’s partner team (admin: true makes them its admin)' })
  @ApiCreatedResponse({ type: PartnerInvitationDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  invite(@Param('id', IdParamPipe) organizationId: number, @Body() body: InvitePartnerRequest, @CurrentAccount() actor: AuthenticatedAccount, @Headers('accept-language') language?: string): Promise<PartnerInvitationDto> {
    return this.team.invite(organizationId, body, actor, acceptedLanguage(language));
  }

  @Put('organizations/:id/partner-team/:accountId/admin')
  @AnywherePermission('manage_team')
  @ApiOperation({ summary: 'Name or remove an admin of an organization’s partner team' })
  @ApiOkResponse({ type: PartnerTeamMemberDto })
  @ApiNotFoundResponse({ type: ApiError })
  setAdmin(@Param('id', IdParamPipe) organizationId: number, @Param('accountId', IdParamPipe) accountId: number, @Body() body: SetPartnerAdminRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<PartnerTeamMemberDto> {
    return this.team.setAdmin(organizationId, accountId, body.admin, actor);
  }

  @Post('partner-invitations/accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Follow an invitation: choose a password; the account is made and signed in (the link works once)' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiGoneResponse({ type: ApiError, description: 'Unknown, used or expired link' })
  accept(@Body() body: AcceptInvitationRequest): Promise<LoginResponse> {
    return this.team.accept(body.token, body.password, body.displayName);
  }
}
