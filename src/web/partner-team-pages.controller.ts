import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../accounts/password-rules';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { AcceptInvitationRequest, InvitePartnerRequest } from '../partner-team/dto/partner-team.dto';
import { INVITATION_VALID_DAYS, PartnerTeamService } from '../partner-team/partner-team.service';
import { asApiRequest } from './form-validation';
import { PageController } from './page-controller.decorator';
import { fieldErrors, Form, formRefusal, text, textOrNull } from './page-forms';
import { Page, PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** A partner's team: its people and open invitations, inviting a colleague (admins), and the page an invitation's link opens. */
@PageController('partner')
export class PartnerTeamPagesController {
  constructor(
    private readonly team: PartnerTeamService,
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
  ) {}

  @Get('people')
  async teamPage(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const invited = (request.query as Form).notice === 'invited';
    await this.render(page, account, { notice: invited ? page.t('pp.invitationSent', { email: text((request.query as Form).email) }) : null }, 200);
  }

  @Post('people/invite')
  async invite(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const typed = { email: text(body?.email).trim(), displayName: textOrNull(body?.displayName), admin: body?.admin === 'yes' };
    const { request: invitation, errors } = await asApiRequest(InvitePartnerRequest, typed);
    if (Object.keys(errors).length > 0) return this.render(page, account, { invite: typed, errors: fieldErrors(errors, page) }, 400);
    try {
      await this.team.invite(account.organizationId!, invitation, account, page.lang);
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.render(page, account, { invite: typed, errors: refusal.errors, error: refusal.message }, refusal.status);
    }
    await page.redirect(`/partner/people?notice=invited&email=${encodeURIComponent(invitation.email)}`);
  }

  @Post('people/invitations/:id/withdraw')
  async withdraw(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    await this.team.withdraw(account.organizationId!, id, account);
    await this.pages.page(request, reply).redirect('/partner/people');
  }

  @Post('people/:id/admin')
  async setAdmin(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    try {
      await this.team.setAdmin(account.organizationId!, id, body?.admin === 'yes', account);
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.render(page, account, { error: refusal.message }, refusal.status);
    }
    await page.redirect('/partner/people');
  }

  /** Where the mailed link leads: the form, or (used, expired, unknown) a page saying to ask again; never a 404. */
  @Get('invitation')
  async invitation(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const token = text((request.query as Form).token);
    const preview = TOKEN.test(token) ? await this.team.preview(token) : null;
    await this.renderInvitation(page, preview ? { token, preview } : { invalid: true }, preview ? 200 : 410);
  }

  @Post('invitation')
  async accept(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const fields = { token: text(body?.token), password: text(body?.password), displayName: textOrNull(body?.displayName) };
    const preview = TOKEN.test(fields.token) ? await this.team.preview(fields.token) : null;
    if (!preview) return this.renderInvitation(page, { invalid: true }, 410);
    const again = { token: fields.token, preview, displayName: fields.displayName };
    const { errors } = await asApiRequest(AcceptInvitationRequest, fields);
    if (errors.password) return this.renderInvitation(page, { ...again, errors: { password: page.t(fields.password.length > PASSWORD_MAX_LENGTH ? 'error.newPassword.tooLong' : 'error.newPassword.tooShort', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }) } }, 400);
    if (Object.keys(errors).length > 0) return this.renderInvitation(page, { ...again, errors: fieldErrors(errors, page) }, 400);
    if (fields.password !== text(body?.confirmPassword)) return this.renderInvitation(page, { ...again, errors: { confirmPassword: page.t('error.confirmPassword.mismatch') } }, 400);
    try {
      const signedIn = await this.team.accept(fields.token, fields.password, fields.displayName);
      this.signInCookie.keep(reply, signedIn);
    } catch (error) {
      const refusal = formRefusal(error, page);
      if (refusal.status === 410) return this.renderInvitation(page, { invalid: true }, 410);
      return this.renderInvitation(page, { ...again, errors: refusal.errors, error: refusal.message }, refusal.status);
    }
    await page.redirect('/partner?notice=welcome');
  }

  private async render(page: Page, account: AuthenticatedAccount, extra: Form, status: number): Promise<void> {
    const [team, isAdmin] = await Promise.all([this.team.members(account.organizationId!), this.team.isAdmin(account)]);
    await page.render('partner-team.hbs', page.t('pp.team'), { team, isAdmin, selfId: account.id, nav: 'team', invite: {}, errors: {}, validDays: INVITATION_VALID_DAYS, ...extra }, { form: true, status });
  }

  private renderInvitation(page: Page, extra: Form, status: number): Promise<void> {
    // The token is in the address: never kept by the browser or anything between.
    return page.render('partner-invitation.hbs', page.t('pp.invitationTitle'), { errors: {}, passwordHint: page.t('newPasswordHint', { min: PASSWORD_MIN_LENGTH }), ...extra }, { form: true, personal: true, status });
  }
}
