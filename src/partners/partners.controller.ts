import { BadRequestException, Body, Controller, Get, Headers, Param, Patch, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { PartnerOnly } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { CalendarLinkDto, HostedSessionDto, OwnProfileDto, PartnerEditionDto, UpdateOwnProfileRequest } from './dto/partner.dto';
import { LOGO_TYPES, LogoType } from './organization-logos';
import { PartnerOrganization } from './partner-organization.decorator';
import { PartnersService } from './partners.service';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';

/** The partner portal. Class-level access: every route here is for partner accounts, scoped to their organization. */
@ApiTags('partner portal')
@PartnerOnly()
@Controller('partner')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get('organization')
  @ApiOperation({ summary: 'The partner’s own organization, as the public sees it plus its private contact fields' })
  @ApiOkResponse({ type: OwnProfileDto })
  organization(@PartnerOrganization() organizationId: number): Promise<OwnProfileDto> {
    return this.partners.organization(organizationId);
  }

  @Patch('organization')
  @ApiOperation({ summary: 'Change the own profile: names, description, website, contact and whether co-hosts see it' })
  @ApiOkResponse({ type: OwnProfileDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  update(@PartnerOrganization() organizationId: number, @Body() body: UpdateOwnProfileRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<OwnProfileDto> {
    return this.partners.updateOrganization(organizationId, body, actor);
  }

  @Put('organization/logo')
  @ApiOperation({ summary: 'Upload the logo: the raw bytes with Content-Type image/png, image/jpeg or image/svg+xml, at most 2 MB' })
  @ApiConsumes(...LOGO_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: OwnProfileDto })
  @ApiUnsupportedMediaTypeResponse({ type: ApiError })
  @ApiPayloadTooLargeResponse({ type: ApiError })
  @ApiUnprocessableEntityResponse({ type: ApiError, description: 'Not the image it claims to be, or an SVG that could run code' })
  uploadLogo(
    @PartnerOrganization() organizationId: number,
    @Body() body: Buffer,
    @Headers('content-type') contentType: string | undefined,
    @CurrentAccount() actor: AuthenticatedAccount,
  ): Promise<OwnProfileDto> {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase() as LogoType;
    if (!LOGO_TYPES.includes(type) || !Buffer.isBuffer(body)) {
      throw new BadRequestException({ message: 'Send the image bytes as image/png, image/jpeg or image/svg+xml', errors: { logo: 'unsupported type' } });
    }
    return this.partners.uploadLogo(organizationId, body, type, actor);
  }

  @Get('editions')
  @ApiOperation({ summary: 'Every edition where the organization holds a role or hosts a session, with its co-hosts by role' })
  @ApiOkResponse({ type: [PartnerEditionDto] })
  editions(@PartnerOrganization() organizationId: number): Promise<PartnerEditionDto[]> {
    return this.partners.editions(organizationId);
  }

  @Get('editions/:id/sessions')
  @ApiEditionParam()
  @ApiOperation({ summary: 'The sessions the organization hosts in an edition, with seat counts and the daily trend' })
  @ApiOkResponse({ type: [HostedSessionDto] })
  @ApiNotFoundResponse({ type: ApiError })
  sessions(@PartnerOrganization() organizationId: number, @Param('id', EditionIdPipe) editionId: number): Promise<HostedSessionDto[]> {
    return this.partners.sessions(organizationId, editionId);
  }

  @Get('sessions/:id')
  @ApiOperation({ summary: 'One session the organization hosts (another body’s session is a 404)' })
  @ApiOkResponse({ type: HostedSessionDto })
  @ApiNotFoundResponse({ type: ApiError })
  session(@PartnerOrganization() organizationId: number, @Param('id', IdParamPipe) sessionId: number): Promise<HostedSessionDto> {
    return this.partners.session(organizationId, sessionId);
  }

  @Get('calendar-link')
  @ApiOperation({ summary: 'The secret URL of the organization’s calendar, to subscribe to' })
  @ApiOkResponse({ type: CalendarLinkDto })
  calendarLink(@PartnerOrganization() organizationId: number): Promise<CalendarLinkDto> {
    return this.partners.calendarLink(organizationId);
  }
}
