import { Body, Controller, Headers, HttpCode, Ip, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { apiLanguage } from '../common/http/worded-error';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { ResendLinkAcceptedDto, ResendLinkRequest } from './dto/resend-link.dto';
import { LinkResendService } from './link-resend.service';

@ApiTags('registration')
@Controller()
export class LinkResendController {
  constructor(private readonly resend: LinkResendService) {}

  @Post('editions/:idOrSlug/resend-link')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send one’s registration link again, to the address registered with (lost confirmation). The same answer whether or not the address is registered',
  })
  @ApiParam({ name: 'idOrSlug', example: 'integrity-2026' })
  @ApiAcceptedResponse({ type: ResendLinkAcceptedDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such public edition' })
  @ApiTooManyRequestsResponse({ type: ApiError, description: 'Asked too often for this address or from this client; see Retry-After' })
  request(
    @Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug,
    @Body() body: ResendLinkRequest,
    @Ip() client: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<ResendLinkAcceptedDto> {
    return this.resend.request(key, { channel: 'email', address: body.email }, client, apiLanguage(acceptLanguage));
  }
}
