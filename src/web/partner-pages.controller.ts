import { Body, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountSession } from './account-session';
import { DomainServices } from './domain-services';
import { PageController } from './page-controller.decorator';
import { PageRenderer } from './page-renderer';

type Form = Record<string, unknown>;

/** Partner bodies: sign in, then their own editions, co-hosts and the sub-forums they host with their counts. */
@PageController('partner')
export class PartnerPagesController {
  constructor(
    private readonly services: DomainServices,
    private readonly pages: PageRenderer,
    private readonly session: AccountSession,
  ) {}

  @Get('sign-in')
  async signInForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    await page.render('sign-in.hbs', page.t('partnerSignIn'), { action: '/partner/sign-in', email: '', error: null }, { form: true });
  }

  @Post('sign-in')
  async signIn(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const outcome = await this.session.signIn(request, reply, body ?? {}, 'partner');
    if (outcome.ok) return page.redirect('/partner');
    const email = typeof body?.email === 'string' ? body.email : '';
    await page.render('sign-in.hbs', page.t('partnerSignIn'), { action: '/partner/sign-in', email, error: page.t(outcome.messageKey, outcome.values) }, { form: true, status: 401 });
  }

  @Post('sign-out')
  async signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.session.signOut(reply);
    await this.pages.page(request, reply).redirect('/partner/sign-in');
  }

  @Get()
  async home(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.session.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const organizationId = account.organizationId!;
    const partners = this.services.partners;
    const organization = await partners.organization(organizationId);
    const editions = [];
    for (const entry of await partners.editions(organizationId)) {
      editions.push({ ...entry, hosted: entry.sessions.length > 0 ? await partners.sessions(organizationId, entry.edition.id) : [] });
    }
    await page.render('partner.hbs', page.pick(organization.name, organization.nameEn), { organization, editions });
  }
}
