import { Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountSecurityService } from '../auth/account-security.service';
import { PartnerTeamService } from '../partner-team/partner-team.service';
import { AccountPagesController } from './account-pages';
import { PageController } from './page-controller.decorator';
import { PageRenderer } from './page-renderer';
import { PartnerPortalView } from './partner-portal-view';
import { SignInCookie } from './sign-in-cookie';

const HOME_NOTICES = new Set(['welcome']);

/** Partner bodies: sign in (and their account's password and sign-ins), then their own editions, co-hosts and the sub-forums they host with their counts. */
@PageController('partner')
export class PartnerPagesController extends AccountPagesController {
  constructor(
    private readonly portal: PartnerPortalView,
    private readonly team: PartnerTeamService,
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
    const model = await this.portal.home(account.organizationId!);
    const notice = (request.query as Record<string, unknown>).notice;
    await page.render('partner.hbs', page.pick(model.organization.name, model.organization.nameEn), {
      ...model,
      isAdmin: await this.team.isAdmin(account),
      nav: 'home',
      notice: typeof notice === 'string' && HOME_NOTICES.has(notice) ? page.t(`pp.${notice}`) : null,
    });
  }
}
