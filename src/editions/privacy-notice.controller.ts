import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission, Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { PrivacyNoticeDto, SetPrivacyNoticeRequest } from './dto/privacy-notice.dto';
import { PrivacyNoticesService } from './privacy-notices.service';

@ApiTags('editions')
@Controller('editions')
export class PrivacyNoticeController {
  constructor(private readonly notices: PrivacyNoticesService) {}

  @Get(':idOrSlug/privacy-notice')
  @Public()
  @ApiOperation({ summary: 'The edition’s privacy notice (个人信息处理告知) and the version a registration must consent to' })
  @ApiParam({ name: 'idOrSlug', example: 'integrity-2019' })
  @ApiOkResponse({ type: PrivacyNoticeDto })
  @ApiNotFoundResponse({ type: ApiError })
  current(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Req() request: FastifyRequest): Promise<PrivacyNoticeDto> {
    return this.notices.current(key, request.account);
  }

  @Put(':id/privacy-notice')
  @EditionPermission('edit_edition')
  @ApiOperation({ summary: 'Set the edition’s privacy notice (Chinese and English) under a new version; new registrations must consent to it' })
  @ApiOkResponse({ type: PrivacyNoticeDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The version exists with other words: changed words need a new version' })
  @ApiNotFoundResponse({ type: ApiError })
  set(@Param('id', IdParamPipe) id: number, @Body() body: SetPrivacyNoticeRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<PrivacyNoticeDto> {
    return this.notices.set(id, body, actor);
  }
}
