import { Body, Controller, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../common/access/access.decorators';
import { ApiError } from '../../../common/dto/api-error.dto';
import { SmsReports } from './sms-reports';

/** The providers' delivery reports (not for people: the address is configured at the provider). */
@ApiTags('notifications')
@Controller('sms/reports')
export class SmsReportsController {
  constructor(private readonly reports: SmsReports) {}

  @Post(':provider')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Delivery reports pushed by Alibaba Cloud SMS (SmsReport) or Tencent Cloud SMS (status callback); the address carries SMS_REPORT_TOKEN' })
  @ApiParam({ name: 'provider', enum: ['aliyun', 'tencent'] })
  @ApiQuery({ name: 'token', required: true, description: 'SMS_REPORT_TOKEN' })
  @ApiBody({ schema: { type: 'array', items: { type: 'object' } } })
  @ApiOkResponse({ description: 'The acknowledgement the provider expects: `{"code":0,"msg":"成功"}` (Alibaba) or `{"result":0,"errmsg":"OK"}` (Tencent)' })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError, description: 'Unknown provider, wrong token, or no SMS_REPORT_TOKEN configured' })
  receive(@Param('provider') provider: string, @Query('token') token: string | undefined, @Body() body: unknown): Promise<object> {
    return this.reports.receive(provider, token, body);
  }
}
