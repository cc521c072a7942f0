import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { AnywherePermission, GlobalPermission } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { OrganizationDetailDto, PendingRenameDto } from './dto/organization.dto';
import { AddAliasRequest, CreateOrganizationRequest, MergeOrganizationsRequest, UpdateOrganizationRequest } from './dto/organization-write.dto';
import { OrganizationEditingService } from './organization-editing.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationEditingController {
  constructor(private readonly editing: OrganizationEditingService) {}

  @Get('pending-names')
  @GlobalPermission('edit_edition')
  @ApiOperation({ summary: 'New names partners asked for, waiting for an organizer’s decision (oldest first)' })
  @ApiOkResponse({ type: [PendingRenameDto] })
  pendingNames(): Promise<PendingRenameDto[]> {
    return this.editing.pendingRenames();
  }

  @Post(':id/pending-name/approve')
  @GlobalPermission('edit_edition')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve the name a partner asked for: it becomes the official name, the old one an alias (409 if it now reads like another body’s name)' })
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such organization, or no name waiting' })
  @ApiConflictResponse({ type: ApiError })
  approveName(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    return this.editing.decideRename(id, true, actor);
  }

  @Post(':id/pending-name/reject')
  @GlobalPermission('edit_edition')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse the name a partner asked for; the organization keeps its name' })
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such organization, or no name waiting' })
  rejectName(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    return this.editing.decideRename(id, false, actor);
  }

  @Post()
  @AnywherePermission('edit_schedule')
  @ApiOperation({ summary: 'Create an organization with its aliases (409 if a name already belongs to another)' })
  @ApiCreatedResponse({ type: OrganizationDetailDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  create(@Body() body: CreateOrganizationRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    return this.editing.create(body, actor);
  }

  @Patch(':id')
  @AnywherePermission('edit_schedule')
  @ApiOperation({ summary: 'Change an organization’s names, kind, website or description' })
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  update(@Param('id', IdParamPipe) id: number, @Body() body: UpdateOrganizationRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    return this.editing.update(id, body, actor);
  }

  @Delete(':id')
  @GlobalPermission('edit_schedule')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an organization nothing refers to (409 naming what does)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  remove(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.editing.remove(id, actor);
  }

  @Post(':id/aliases')
  @AnywherePermission('edit_schedule')
  @ApiOperation({ summary: 'Add another name the organization is known by' })
  @ApiCreatedResponse({ type: OrganizationDetailDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  addAlias(@Param('id', IdParamPipe) id: number, @Body() body: AddAliasRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    return this.editing.addAlias(id, body.name, actor);
  }

  @Delete(':id/aliases/:name')
  @AnywherePermission('edit_schedule')
  @ApiOperation({ summary: 'Remove an alias (URL-encode the name)' })
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiNotFoundResponse({ type: ApiError })
  removeAlias(@Param('id', IdParamPipe) id: number, @Param('name') name: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    return this.editing.removeAlias(id, name, actor);
  }

  @Post(':id/merge')
  @GlobalPermission('edit_schedule')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge a duplicate into this organization: its roles, accounts and speakers move here, its names become aliases' })
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  merge(@Param('id', IdParamPipe) id: number, @Body() body: MergeOrganizationsRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    return this.editing.merge(id, body.duplicateId, actor);
  }
}
