import { Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountSecurityService } from '../auth/account-security.service';
import { PartnersService } from '../partners/partners.service';
import { AccountPagesController } from './account-pages';
import { PageController } from './page-controller.decorator';
import { PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';

/** Partner bodies: sign in (and their account's password and sign-ins), then their own editions, co-hosts and the sub-forums they host with their counts. */
@PageController('partner')
export class PartnerPagesController extends AccountPagesController {
  constructor(
    private readonly partners: PartnersService,
    pages: PageRenderer,
    signInCookie: SignInCookie,
    protected readonly security: AccountSecurityService,
  ) {
    super(pages, signInCookie, 'partner', { path: '/partner', titleKey: 'partnerSignIn' });
  }

  @Get()
  async home(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const organizationId = account.organizationId!;
    const organization = await this.partners.organization(organizationId);
    const editions = [];
    for (const entry of await this.partners.editions(organizationId)) {
      editions.push({ ...entry, hosted: entry.sessions.length > 0 ? await this.partners.sessions(organizationId, entry.edition.id) : [] });
    }
    await page.render('partner.hbs', page.pick(organization.name, organization.nameEn), { organization, editions });
  }
}
