import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { AnywherePermission, EditionPermission } from '../common/access/access.decorators';
import { TEAM_GRANT_PARAM, TEAM_SCOPE_OF_BODY } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { AddTeamMemberRequest, PutTeamGrantRequest, TeamGrantDto, TeamMemberDto } from './dto/team.dto';
import { TeamService } from './team.service';

@ApiTags('team')
@Controller()
export class TeamController {
  constructor(private readonly team: TeamService) {}

  @Get('team')
  @AnywherePermission('manage_team')
  @ApiOperation({ summary: 'Every organizer account, each with its roles in the scopes the caller owns' })
  @ApiOkResponse({ type: [TeamMemberDto] })
  members(@CurrentAccount() actor: AuthenticatedAccount): Promise<TeamMemberDto[]> {
    return this.team.members(actor);
  }

  @Post('team/members')
  @EditionPermission('manage_team', TEAM_SCOPE_OF_BODY)
  @ApiOperation({ summary: 'Create an organizer account with its first role (owner, editor, desk, check_in or viewer) over everything, a brand or an edition' })
  @ApiCreatedResponse({ type: TeamMemberDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The email already has an account' })
  @ApiUnprocessableEntityResponse({ type: ApiError, description: 'Both a brand and an edition named' })
  addMember(@Body() body: AddTeamMemberRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<TeamMemberDto> {
    return this.team.addMember(body, actor);
  }

  @Put('team/grants')
  @EditionPermission('manage_team', TEAM_SCOPE_OF_BODY)
  @ApiOperation({ summary: 'Give an organizer a role over everything, a brand or an edition (replacing the role held there)' })
  @ApiOkResponse({ type: TeamGrantDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'It would leave no owner of everything' })
  @ApiUnprocessableEntityResponse({ type: ApiError, description: 'Not an organizer account, or both a brand and an edition named' })
  putGrant(@Body() body: PutTeamGrantRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<TeamGrantDto> {
    return this.team.putGrant(body, actor);
  }

  @Delete('team/grants/:id')
  @EditionPermission('manage_team', TEAM_GRANT_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a role (409 for the last owner of everything)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  removeGrant(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.team.removeGrant(id, actor);
  }

  @Get('editions/:id/team')
  @ApiEditionParam()
  @EditionPermission('manage_team')
  @ApiOperation({ summary: 'Who has a role reaching this edition: its own, its brand’s or everything’s' })
  @ApiOkResponse({ type: [TeamGrantDto] })
  @ApiNotFoundResponse({ type: ApiError })
  editionTeam(@Param('id', EditionIdPipe) id: number): Promise<TeamGrantDto[]> {
    return this.team.ofEdition(id);
  }
}
