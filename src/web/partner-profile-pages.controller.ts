import { Body, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { UpdateOwnProfileRequest } from '../partners/dto/partner.dto';
import { LogoType } from '../partners/organization-logos';
import { PartnersService } from '../partners/partners.service';
import { asApiRequest, maxLengthOf } from './form-validation';
import { chosenFile } from './multipart-forms';
import { PageController } from './page-controller.decorator';
import { FieldErrors, fieldErrors, Form, formRefusal, text, textOrNull } from './page-forms';
import { Page, PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';

const NOTICES = new Set(['saved', 'logoSaved']);

/** The logo's type by its own bytes (what the browser claims is a guess); prepareLogo then checks it as the API does. */
function logoTypeOf(bytes: Buffer): LogoType {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  return 'image/svg+xml';
}

/** A partner's profile page: its names, description, contact and whether co-hosts see it, and its logo; the same service as the API. */
@PageController('partner')
export class PartnerProfilePagesController {
  constructor(
    private readonly partners: PartnersService,
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
  ) {}

  @Get('profile')
  async profile(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const notice = (request.query as Form).notice;
    await this.render(page, account, { notice: typeof notice === 'string' && NOTICES.has(notice) ? page.t(`pp.${notice}`) : null }, 200);
  }

  @Post('profile')
  async save(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const typed = {
      name: text(body?.name).trim(),
      nameEn: textOrNull(body?.nameEn),
      description: textOrNull(body?.description),
      descriptionEn: textOrNull(body?.descriptionEn),
      website: textOrNull(body?.website),
      contactName: textOrNull(body?.contactName),
      contactEmail: textOrNull(body?.contactEmail),
      contactPhone: textOrNull(body?.contactPhone),
      shareContact: body?.shareContact === 'yes',
    };
    const { request: update, errors } = await asApiRequest(UpdateOwnProfileRequest, typed.name === '' ? { ...typed, name: undefined } : typed);
    if (Object.keys(errors).length > 0) return this.render(page, account, { form: typed, errors: fieldErrors(errors, page) }, 400);
    try {
      await this.partners.updateOrganization(account.organizationId!, update, account);
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.render(page, account, { form: typed, errors: refusal.errors, error: refusal.message }, refusal.status);
    }
    await page.redirect('/partner/profile?notice=saved');
  }

  /** The logo as a file of a multipart form, under the API's rules (prepareLogo): type by signature, SVG rewritten from an allow-list. */
  @Post('profile/logo')
  async logo(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const file = chosenFile(body?.logo);
    if (!file) return this.render(page, account, { logoError: page.t('pp.logoMissing') }, 400);
    if (file.truncated) return this.render(page, account, { logoError: page.t('pp.logoTooLarge') }, 413);
    try {
      await this.partners.uploadLogo(account.organizationId!, file.bytes, logoTypeOf(file.bytes), account);
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.render(page, account, { logoError: refusal.errors.logo ?? refusal.message }, refusal.status);
    }
    await page.redirect('/partner/profile?notice=logoSaved');
  }

  private async render(page: Page, account: AuthenticatedAccount, extra: { form?: Form; errors?: FieldErrors } & Form, status: number): Promise<void> {
    const organization = await this.partners.organization(account.organizationId!);
    const form = extra.form ?? {
      name: organization.pendingName ?? organization.name,
      nameEn: organization.nameEn,
      description: organization.description,
      descriptionEn: organization.descriptionEn,
      website: organization.website,
      contactName: organization.contactName,
      contactEmail: organization.contactEmail,
      contactPhone: organization.contactPhone,
      shareContact: organization.shareContact,
    };
    await page.render(
      'partner-profile.hbs',
      page.t('pp.profile'),
      { organization, nav: 'profile', errors: {}, ...extra, form, descriptionMax: maxLengthOf(UpdateOwnProfileRequest, 'description') },
      { form: true, status },
    );
  }
}
