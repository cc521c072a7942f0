import { Body, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PartnersService } from '../partners/partners.service';
import { PageController } from './page-controller.decorator';
import { PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';
import { SignInPages } from './sign-in-pages';

type Form = Record<string, unknown>;

/** Partner bodies: sign in, then their own editions, co-hosts and the sub-forums they host with their counts. */
@PageController('partner')
export class PartnerPagesController {
  private readonly signInPages: SignInPages;

  constructor(
    private readonly partners: PartnersService,
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
  ) {
    this.signInPages = new SignInPages(pages, signInCookie, 'partner', { path: '/partner', titleKey: 'partnerSignIn' });
  }

  @Get('sign-in')
  signInForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.signInPages.form(request, reply);
  }

  @Post('sign-in')
  signIn(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.signInPages.signIn(body, request, reply);
  }

  @Post('sign-out')
  signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.signInPages.signOut(request, reply);
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
