import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EditionPermission } from '../common/access/access.decorators';
import { EDITION_QUERY } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { sendPaged } from '../common/paged';
import { AuditService } from './audit.service';
import { AuditEntryDto } from './dto/audit-entry.dto';
import { AuditQuery } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly auditService: AuditService) {}

  @Get()
  @EditionPermission('edit_edition', EDITION_QUERY)
  @ApiOperation({ summary: 'Every write by an account, newest first: who, what, when, before and after' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  @ApiBadRequestResponse({ type: ApiError })
  async list(@Query() query: AuditQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendPaged(reply, await this.auditService.list(query));
  }
}
