import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { SESSION_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { SessionDto } from './dto/session.dto';
import { CreateSessionRequest, UpdateSessionRequest } from './dto/session-write.dto';
import { SessionWriteResult } from './dto/session-write-result.dto';
import { SessionsService } from './sessions.service';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';

@ApiTags('scheduling')
@Controller()
export class SessionsController {
  constructor(private readonly sessionsService: SessionsService) {}

  @Get('editions/:id/sessions')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'Every session of an edition as organizers see it, unpublished changes included' })
  @ApiOkResponse({ type: [SessionDto] })
  @ApiNotFoundResponse({ type: ApiError })
  list(@Param('id', EditionIdPipe) editionId: number): Promise<SessionDto[]> {
    return this.sessionsService.listForEdition(editionId);
  }

  @Post('editions/:id/sessions')
  @ApiEditionParam()
  @EditionPermission('edit_schedule')
  @ApiOperation({ summary: 'Add a session; refused with 409 on a schedule error, warnings returned' })
  @ApiCreatedResponse({ type: SessionWriteResult })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Schedule error: the conflicting session is named' })
  @ApiNotFoundResponse({ type: ApiError })
  create(
    @Param('id', EditionIdPipe) editionId: number,
    @Body() body: CreateSessionRequest,
    @CurrentAccount() actor: AuthenticatedAccount,
  ): Promise<SessionWriteResult> {
    return this.sessionsService.create(editionId, body, actor);
  }

  @Get('sessions/:id')
  @EditionPermission('view', SESSION_PARAM)
  @ApiOperation({ summary: 'One session as organizers see it' })
  @ApiOkResponse({ type: SessionDto })
  @ApiNotFoundResponse({ type: ApiError })
  findOne(@Param('id', IdParamPipe) id: number): Promise<SessionDto> {
    return this.sessionsService.findOne(id);
  }

  @Patch('sessions/:id')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  @ApiOperation({ summary: 'Change a session (move, retitle, cancel…); refused with 409 on a schedule error' })
  @ApiOkResponse({ type: SessionWriteResult })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  update(
    @Param('id', IdParamPipe) id: number,
    @Body() body: UpdateSessionRequest,
    @CurrentAccount() actor: AuthenticatedAccount,
  ): Promise<SessionWriteResult> {
    return this.sessionsService.update(id, body, actor);
  }

  @Delete('sessions/:id')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a session never published and without speakers (otherwise 409: cancel it instead)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  remove(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.sessionsService.remove(id, actor);
  }
}
