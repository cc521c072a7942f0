import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { EditionRoleHolderDto, ReorderEditionRolesRequest } from './dto/edition-role-write.dto';
import { ApiEditionParam, EditionIdPipe } from './edition-id.pipe';
import { EditionRolesService } from './edition-roles.service';

/** The organizers' editor of an edition's roles: every row with its id, and the order within a role. */
@ApiTags('editions')
@Controller('editions/:id/roles')
export class EditionRoleListController {
  constructor(private readonly roles: EditionRolesService) {}

  @Get()
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'Every organization role of the edition (drafts too), with the role rows’ ids, in programme order' })
  @ApiOkResponse({ type: [EditionRoleHolderDto] })
  @ApiNotFoundResponse({ type: ApiError })
  list(@Param('id', EditionIdPipe) id: number): Promise<EditionRoleHolderDto[]> {
    return this.roles.list(id);
  }

  @Put('order')
  @ApiEditionParam()
  @EditionPermission('edit_schedule')
  @ApiOperation({ summary: 'Put the holders of one role in a new order; the list names each holder of that role once (400 otherwise)' })
  @ApiOkResponse({ type: [EditionRoleHolderDto] })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  reorder(@Param('id', EditionIdPipe) id: number, @Body() body: ReorderEditionRolesRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<EditionRoleHolderDto[]> {
    return this.roles.reorder(id, body, actor);
  }
}
