import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AnywherePermission, EditionPermission } from '../common/access/access.decorators';
import { SESSION_PARAM } from '../common/access/permission-target';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { EditionsService } from '../editions/editions.service';
import { DelegationsService } from '../delegation/delegations.service';
import { HostedSessionsOverview } from '../delegation/hosted-sessions-overview';
import { OrganizationQuery } from '../organizations/dto/organization-query.dto';
import { OrganizationsService } from '../organizations/organizations.service';
import { InvitePartnerRequest } from '../partner-team/dto/partner-team.dto';
import { PartnerTeamService } from '../partner-team/partner-team.service';
import { AttendeeListGrantsService } from '../partners/attendee-list-grants.service';
import { PartnersService } from '../partners/partners.service';
import { asApiRequest } from './form-validation';
import { PageController } from './page-controller.decorator';
import { fieldErrors, Form, formRefusal, text, textOrNull } from './page-forms';
import { Page, PageRenderer } from './page-renderer';
import { PartnerPortalView } from './partner-portal-view';
import { SignInCookie } from './sign-in-cookie';

const NOTICES = new Set(['invited', 'saved']);

/**
 * The organizers' console for partners: find an organization, its accounts and invitations, the
 * sessions it hosts with their attendee-list grants and delegations, and its pages as it sees them.
 */
@PageController('admin/partners')
export class AdminPartnerPagesController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly partners: PartnersService,
    private readonly team: PartnerTeamService,
    private readonly overview: HostedSessionsOverview,
    private readonly grants: AttendeeListGrantsService,
    private readonly delegations: DelegationsService,
    private readonly portal: PartnerPortalView,
    private readonly editions: EditionsService,
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
  ) {}

  @Get()
  @AnywherePermission('view')
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const q = text((request.query as Form).q).trim().slice(0, 100);
    const results = q ? (await this.organizations.search(Object.assign(new OrganizationQuery(), { q, offset: 0, limit: 30 }))).items : null;
    await page.render('admin-partners.hbs', page.t('pc.partners'), { q, results, partners: await this.team.partnerOrganizations() });
  }

  @Get(':id')
  @AnywherePermission('view')
  async organization(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const notice = (request.query as Form).notice;
    await this.render(page, viewer, id, { notice: typeof notice === 'string' && NOTICES.has(notice) ? page.t(notice === 'invited' ? 'pp.invitationSent' : 'pp.saved', { email: text((request.query as Form).email) }) : null }, 200);
  }

  /** What the partner sees on its home page, read-only. */
  @Get(':id/view')
  @AnywherePermission('view')
  async viewAs(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const model = await this.portal.home(id);
    await page.render('partner.hbs', page.pick(model.organization.name, model.organization.nameEn), { ...model, viewingAs: true });
  }

  @Post(':id/invitations')
  @AnywherePermission('manage_team')
  async invite(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const typed = { email: text(body?.email).trim(), displayName: textOrNull(body?.displayName), admin: body?.admin === 'yes' };
    const { request: invitation, errors } = await asApiRequest(InvitePartnerRequest, typed);
    if (Object.keys(errors).length > 0) return this.render(page, actor, id, { invite: typed, errors: fieldErrors(errors, page) }, 400);
    try {
      await this.team.invite(id, invitation, actor, page.lang);
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.render(page, actor, id, { invite: typed, errors: refusal.errors, error: refusal.message }, refusal.status);
    }
    await page.redirect(`/admin/partners/${id}?notice=invited&email=${encodeURIComponent(invitation.email)}`);
  }

  @Post(':id/members/:accountId/admin')
  @AnywherePermission('manage_team')
  async setAdmin(@Param('id', IdParamPipe) id: number, @Param('accountId', IdParamPipe) accountId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    await this.team.setAdmin(id, accountId, body?.admin === 'yes', actor);
    await this.pages.page(request, reply).redirect(`/admin/partners/${id}?notice=saved`);
  }

  /** Opens (`on`) or takes back (`off`) a session's attendee list for a hosting organization: the API's service and capability. */
  @Post('sessions/:id/grant/:organizationId/:to')
  @EditionPermission('manage_registrations', SESSION_PARAM)
  async grant(@Param('id', IdParamPipe) sessionId: number, @Param('organizationId', IdParamPipe) id: number, @Param('to') to: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    await this.toggle(this.pages.page(request, reply), actor, id, () => (to === 'on' ? this.grants.grant(sessionId, id, actor) : this.grants.revoke(sessionId, id, actor)));
  }

  /** Delegates (`on`) or takes back (`off`) the preparation of a session to a hosting organization. */
  @Post('sessions/:id/delegation/:organizationId/:to')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async delegate(@Param('id', IdParamPipe) sessionId: number, @Param('organizationId', IdParamPipe) id: number, @Param('to') to: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    await this.toggle(this.pages.page(request, reply), actor, id, () => (to === 'on' ? this.delegations.allow(sessionId, id, actor) : this.delegations.revoke(sessionId, id, actor)));
  }

  private async toggle(page: Page, actor: AuthenticatedAccount, organizationId: number, change: () => Promise<unknown>): Promise<void> {
    try {
      await change();
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.render(page, actor, organizationId, { error: refusal.message }, refusal.status);
    }
    await page.redirect(`/admin/partners/${organizationId}?notice=saved`);
  }

  /** The sessions shown are those of editions the viewer has a role in. */
  private async render(page: Page, viewer: AuthenticatedAccount, id: number, extra: Form, status: number): Promise<void> {
    const organization = await this.partners.organization(id);
    const [team, lines, editions] = await Promise.all([this.team.members(id), this.overview.of(id), this.editions.listFor(viewer)]);
    const visible = new Set(editions.map((e) => e.id));
    const sessions = lines.filter((l) => visible.has(l.editionId));
    await page.render('admin-partner.hbs', page.pick(organization.name, organization.nameEn), { organization, team, sessions, invite: {}, errors: {}, ...extra }, { form: true, status });
  }
}
