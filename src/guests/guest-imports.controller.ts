import { BadRequestException, Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { ImportPreviewDto, ImportResultDto } from './dto/guest-import.dto';
import { GUEST_IMPORT_MESSAGES } from './guest-messages';
import { GuestImportService } from './guest-import.service';
import { GUEST_LIST_TYPES } from './import/guest-list-types';

@ApiTags('guests')
@Controller()
export class GuestImportsController {
  constructor(private readonly imports: GuestImportService) {}

  @Post('editions/:id/guest-imports')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({
    summary: 'Preview a guest list file (.xlsx, or CSV as WPS/Excel save it, UTF-8 or GB18030): nothing is imported',
    description:
      'Send the file’s bytes. Headers are read in Chinese (姓名, 单位, 职务, 级别, 手机号码, 邮箱, 性别, 类别, 邀请场次, 住宿). The answer lists every refused row with its column and why; confirm with POST /api/editions/{id}/guest-imports/{importId}/confirm.',
  })
  @ApiConsumes(...GUEST_LIST_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'fileName', required: false, description: 'Shown in the preview' })
  @ApiCreatedResponse({ type: ImportPreviewDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiPayloadTooLargeResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  preview(@Param('id', EditionIdPipe) editionId: number, @Body() body: unknown, @Headers('content-type') type: string | undefined, @Query('fileName') fileName: string | undefined, @CurrentAccount() actor: AuthenticatedAccount): Promise<ImportPreviewDto> {
    const mediaType = (type ?? '').split(';')[0].trim().toLowerCase();
    if (!Buffer.isBuffer(body) || !(GUEST_LIST_TYPES as readonly string[]).includes(mediaType)) {
      throw new BadRequestException({ message: GUEST_IMPORT_MESSAGES.unreadable(), errors: { file: GUEST_IMPORT_MESSAGES.unreadable() } });
    }
    return this.imports.preview(editionId, body, typeof fileName === 'string' && fileName ? fileName : 'guests', actor);
  }

  @Get('editions/:id/guest-imports/:importId')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'A previewed import: its report, and what confirming would add and change now' })
  @ApiOkResponse({ type: ImportPreviewDto })
  @ApiNotFoundResponse({ type: ApiError })
  get(@Param('id', EditionIdPipe) editionId: number, @Param('importId', IdParamPipe) importId: number): Promise<ImportPreviewDto> {
    return this.imports.get(importId, editionId);
  }

  @Post('editions/:id/guest-imports/:importId/confirm')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Import the previewed rows', description: '409 while any row is refused, when it was confirmed already, or when the guest list changed so that a row no longer fits.' })
  @ApiOkResponse({ type: ImportResultDto })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  confirm(@Param('id', EditionIdPipe) editionId: number, @Param('importId', IdParamPipe) importId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<ImportResultDto> {
    return this.imports.confirm(importId, actor, editionId);
  }
}
