import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { CREDENTIAL_TIER_PARAM, GUEST_PARAM, REGISTRATION_CODE } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { acceptedLanguage } from '../common/i18n/language';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { CredentialsService } from './credentials.service';
import { AssignTierRequest, BadgeQuery, CreateTierRequest, CredentialDto, GuestCredentialDto, TierDto, UpdateTierRequest } from './dto/credential.dto';

const PDF = { description: 'The PDF (attachment)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };

@ApiTags('credentials (organizers)')
@Controller()
export class CredentialsController {
  constructor(private readonly credentials: CredentialsService) {}

  @Get('editions/:id/credential-tiers')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'The edition’s credential tiers (证件): 嘉宾证, 代表证, 媒体证, 工作证… with colour and what each admits; the four usual ones until the organizers change them' })
  @ApiOkResponse({ type: [TierDto] })
  @ApiNotFoundResponse({ type: ApiError })
  async tiers(@Param('id', EditionIdPipe) editionId: number): Promise<TierDto[]> {
    return (await this.credentials.tiers(editionId)).map(TierDto.from);
  }

  @Post('editions/:id/credential-tiers')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @ApiOperation({ summary: 'Add a credential tier' })
  @ApiCreatedResponse({ type: TierDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The edition has a tier of that name' })
  @ApiUnprocessableEntityResponse({ type: ApiError, description: 'A session of another edition' })
  createTier(@Param('id', EditionIdPipe) editionId: number, @Body() body: CreateTierRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<TierDto> {
    return this.credentials.createTier(editionId, body, actor);
  }

  @Patch('credential-tiers/:tierId')
  @EditionPermission('edit_edition', CREDENTIAL_TIER_PARAM)
  @ApiOperation({ summary: 'Rename, recolour or restrict a tier; making it the default takes that from the others' })
  @ApiOkResponse({ type: TierDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  updateTier(@Param('tierId', IdParamPipe) tierId: number, @Body() body: UpdateTierRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<TierDto> {
    return this.credentials.updateTier(tierId, body, actor);
  }

  @Delete('credential-tiers/:tierId')
  @EditionPermission('edit_edition', CREDENTIAL_TIER_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a tier nobody holds (not the default)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  async deleteTier(@Param('tierId', IdParamPipe) tierId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    await this.credentials.deleteTier(tierId, actor);
  }

  @Get('registrations/:code/credential')
  @EditionPermission('check_in', REGISTRATION_CODE)
  @ApiOperation({ summary: 'The credential a registration holds: its tier, the valid printing, and the signed code its QR carries' })
  @ApiOkResponse({ type: CredentialDto })
  @ApiNotFoundResponse({ type: ApiError })
  credential(@Param('code') code: string): Promise<CredentialDto> {
    return this.credentials.credential(code);
  }

  @Get('guests/:id/credential')
  @EditionPermission('check_in', GUEST_PARAM)
  @ApiOperation({ summary: 'A guest’s credential: the tier of the guest’s category and the signed code the guest’s badge QR carries, which opens the guest’s ticket page' })
  @ApiOkResponse({ type: GuestCredentialDto })
  @ApiNotFoundResponse({ type: ApiError })
  guestCredential(@Param('id', IdParamPipe) guestId: number): Promise<GuestCredentialDto> {
    return this.credentials.guestCredential(guestId);
  }

  @Post('guests/:id/credential/reprint')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  @HttpCode(200)
  @ApiOperation({ summary: 'Reprint a guest’s badge: a new code, and the code on the lost or old badge stops admitting' })
  @ApiOkResponse({ type: GuestCredentialDto })
  @ApiNotFoundResponse({ type: ApiError })
  reprintGuest(@Param('id', IdParamPipe) guestId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<GuestCredentialDto> {
    return this.credentials.reprintGuest(guestId, actor);
  }

  @Put('registrations/:code/credential')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  @ApiOperation({ summary: 'Give a registration another tier (null: the default tier)' })
  @ApiOkResponse({ type: CredentialDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiUnprocessableEntityResponse({ type: ApiError })
  assign(@Param('code') code: string, @Body() body: AssignTierRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<CredentialDto> {
    return this.credentials.assign(code, body.tierId ?? null, actor);
  }

  @Post('registrations/:code/credential/reprint')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Reprint a badge: a new code, and the code on the lost or old badge (and ticket) stops admitting' })
  @ApiOkResponse({ type: CredentialDto })
  @ApiNotFoundResponse({ type: ApiError })
  reprint(@Param('code') code: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<CredentialDto> {
    return this.credentials.reprint(code, actor);
  }

  @Get('editions/:id/badges.pdf')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Badges of confirmed attendees (a tier, a session or codes): name large, organization, title, tier colour band, QR; A6 or credit-card sheets with cut marks' })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  @ApiNotFoundResponse({ type: ApiError, description: 'Nobody matches' })
  async badges(@Param('id', EditionIdPipe) editionId: number, @Query() query: BadgeQuery, @Headers('accept-language') language: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const body = await this.credentials.badges(editionId, query, acceptedLanguage(language));
    void reply.type('application/pdf').header('Content-Disposition', `attachment; filename="badges-${editionId}.pdf"`).header('Cache-Control', 'no-store');
    return body;
  }

  @Get('editions/:id/name-cards.pdf')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Table name cards (座签) of the same choice of people: folded A4, the name upright from both sides' })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  @ApiNotFoundResponse({ type: ApiError, description: 'Nobody matches' })
  async nameCards(@Param('id', EditionIdPipe) editionId: number, @Query() query: BadgeQuery, @Headers('accept-language') language: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const body = await this.credentials.nameCards(editionId, query, acceptedLanguage(language));
    void reply.type('application/pdf').header('Content-Disposition', `attachment; filename="name-cards-${editionId}.pdf"`).header('Cache-Control', 'no-store');
    return body;
  }
}
