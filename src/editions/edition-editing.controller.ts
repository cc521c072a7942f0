import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { BrandPermission, EditionPermission } from '../common/access/access.decorators';
import { BRAND_OF_BODY, EDITION_PARAM, EDITION_ROLE_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { EditionDetailDto } from './dto/edition.dto';
import { CreateEditionRoleRequest, EditionRoleDto, UpdateEditionRoleRequest } from './dto/edition-role-write.dto';
import { CloneEditionRequest, CreateEditionRequest, UpdateEditionRequest } from './dto/edition-write.dto';
import { EditionCloningService } from './edition-cloning.service';
import { EditionEditingService } from './edition-editing.service';
import { EditionRolesService } from './edition-roles.service';
import { ApiEditionParam, EditionIdPipe } from './edition-id.pipe';

@ApiTags('editions')
@Controller()
export class EditionEditingController {
  constructor(
    private readonly editing: EditionEditingService,
    private readonly roles: EditionRolesService,
    private readonly cloning: EditionCloningService,
  ) {}

  @Post('editions')
  @BrandPermission('edit_edition', BRAND_OF_BODY)
  @ApiOperation({ summary: 'Create an edition (a draft until its program is published)' })
  @ApiCreatedResponse({ type: EditionDetailDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  create(@Body() body: CreateEditionRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<EditionDetailDto> {
    return this.editing.create(body, actor);
  }

  @Patch('editions/:id')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @ApiOperation({ summary: 'Change an edition (not so that sessions fall outside its days)' })
  @ApiOkResponse({ type: EditionDetailDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  update(@Param('id', EditionIdPipe) id: number, @Body() body: UpdateEditionRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<EditionDetailDto> {
    return this.editing.update(id, body, actor);
  }

  @Delete('editions/:id')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an empty edition (409 naming what still refers to it)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  remove(@Param('id', EditionIdPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.editing.remove(id, actor);
  }

  @Post('editions/:id/clone')
  @ApiEditionParam()
  @BrandPermission('edit_edition', EDITION_PARAM)
  @ApiOperation({ summary: 'Make next year’s edition as a draft: roles, rooms and session outline shifted to the new dates' })
  @ApiCreatedResponse({ type: EditionDetailDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  clone(@Param('id', EditionIdPipe) id: number, @Body() body: CloneEditionRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<EditionDetailDto> {
    return this.cloning.clone(id, body, actor);
  }

  @Post('editions/:id/roles')
  @ApiEditionParam()
  @EditionPermission('edit_schedule')
  @ApiOperation({ summary: 'Name an organization as guide, host, organizer, co-organizer, supporter, sponsor or media partner' })
  @ApiCreatedResponse({ type: EditionRoleDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  addRole(@Param('id', EditionIdPipe) id: number, @Body() body: CreateEditionRoleRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<EditionRoleDto> {
    return this.roles.create(id, body, actor);
  }

  @Patch('edition-roles/:id')
  @EditionPermission('edit_schedule', EDITION_ROLE_PARAM)
  @ApiOperation({ summary: 'Change a role’s order, sponsor tier or printed name' })
  @ApiOkResponse({ type: EditionRoleDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  updateRole(@Param('id', IdParamPipe) id: number, @Body() body: UpdateEditionRoleRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<EditionRoleDto> {
    return this.roles.update(id, body, actor);
  }

  @Delete('edition-roles/:id')
  @EditionPermission('edit_schedule', EDITION_ROLE_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an organization’s role from an edition' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiError })
  removeRole(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.roles.remove(id, actor);
  }
}
