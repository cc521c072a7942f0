import { Body, Get, HttpException, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../accounts/password-rules';
import { PasswordRefused, ResetLinkInvalid } from '../auth/account-security-errors';
import { AccountSecurityService, RESET_LINK_MINUTES } from '../auth/account-security.service';
import { ChangePasswordRequest, CompletePasswordResetRequest, PasswordResetRequest } from '../auth/dto/account-security.dto';
import { asApiRequest } from './form-validation';
import { Page } from './page-renderer';
import { SignInPagesController } from './sign-in-pages';

type Form = Record<string, unknown>;
type FieldErrors = Record<string, string>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The account's own pages under /admin and /partner: change the password, sign out everywhere,
 * and "forgot password" with the page its e-mailed link opens. They call the same service as the API.
 */
export abstract class AccountPagesController extends SignInPagesController {
  protected abstract readonly security: AccountSecurityService;

  @Get('account')
  async account(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, this.kind);
    const page = this.pages.page(request, reply);
    const notice = (request.query as Form).notice === 'passwordChanged' ? page.t('notice.passwordChanged') : null;
    await this.renderAccount(page, { notice }, 200);
  }

  @Post('account/password')
  async changePassword(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, this.kind);
    const page = this.pages.page(request, reply);
    const fields = { currentPassword: text(body?.currentPassword), newPassword: text(body?.newPassword) };
    const { errors } = await asApiRequest(ChangePasswordRequest, fields);
    const pageErrors: FieldErrors = {};
    if (errors.currentPassword) pageErrors.currentPassword = page.t('error.currentPassword.required');
    if (errors.newPassword) pageErrors.newPassword = this.lengthError(page, fields.newPassword);
    else if (fields.newPassword !== text(body?.confirmPassword)) pageErrors.confirmPassword = page.t('error.confirmPassword.mismatch');
    if (Object.keys(pageErrors).length > 0) return this.renderAccount(page, { errors: pageErrors }, 400);
    try {
      const signedIn = await this.security.changePassword(actor, fields.currentPassword, fields.newPassword, request.ip);
      // Every older token is refused now, this page's too: it keeps the new one.
      this.signInCookie.keep(reply, signedIn);
      return page.redirect(`${this.where.path}/account?notice=passwordChanged`);
    } catch (error) {
      if (error instanceof PasswordRefused) return this.renderAccount(page, { errors: this.refusal(page, error) }, 400);
      if (error instanceof HttpException && error.getStatus() === 429) return this.renderAccount(page, { error: this.tooMany(page, error, 'tooManyAttempts') }, 429);
      throw error;
    }
  }

  @Post('account/sign-out-everywhere')
  async signOutEverywhere(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, this.kind);
    await this.security.signOutEverywhere(actor);
    this.signInCookie.signOut(reply);
    await this.pages.page(request, reply).redirect(`${this.where.path}/sign-in?notice=signedOutEverywhere`);
  }

  @Get('forgot-password')
  async forgotPasswordForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    await this.renderForgot(page, { email: '' }, 200);
  }

  /** The same page whatever the address: whether it has an account is for its mailbox to learn. */
  @Post('forgot-password')
  async forgotPassword(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const typed = text(body?.email);
    const { request: asked, errors } = await asApiRequest(PasswordResetRequest, { email: typed });
    if (errors.email) return this.renderForgot(page, { email: typed, errors: { email: page.t('error.email') } }, 400);
    try {
      this.security.requestReset(asked.email, request.ip, page.lang);
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === 429) {
        return this.renderForgot(page, { email: typed, error: this.tooMany(page, error, 'tooManyResetRequests') }, 429);
      }
      throw error;
    }
    await this.renderForgot(page, { sent: true, notice: page.t('notice.resetLinkSent', { minutes: RESET_LINK_MINUTES }) }, 200);
  }

  /** Where the e-mailed link leads: the form, or (used, expired, unknown) a page saying to ask again; never a 404. */
  @Get('reset-password')
  async resetPasswordForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const token = text((request.query as Form).token);
    const works = /^[A-Za-z0-9_-]{20,100}$/.test(token) && (await this.security.resetLinkWorks(token));
    await this.renderReset(page, works ? { token } : { invalid: true }, works ? 200 : 410);
  }

  @Post('reset-password')
  async resetPassword(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const fields = { token: text(body?.token), newPassword: text(body?.newPassword) };
    const { errors } = await asApiRequest(CompletePasswordResetRequest, fields);
    if (errors.token) return this.renderReset(page, { invalid: true }, 410);
    if (errors.newPassword) return this.renderReset(page, { token: fields.token, errors: { newPassword: this.lengthError(page, fields.newPassword) } }, 400);
    if (fields.newPassword !== text(body?.confirmPassword)) {
      return this.renderReset(page, { token: fields.token, errors: { confirmPassword: page.t('error.confirmPassword.mismatch') } }, 400);
    }
    try {
      await this.security.completeReset(fields.token, fields.newPassword);
    } catch (error) {
      if (error instanceof ResetLinkInvalid) return this.renderReset(page, { invalid: true }, 410);
      if (error instanceof PasswordRefused) return this.renderReset(page, { token: fields.token, errors: this.refusal(page, error) }, 400);
      throw error;
    }
    // Any sign-in this browser had has ended with the others.
    this.signInCookie.signOut(reply);
    await page.redirect(`${this.where.path}/sign-in?notice=passwordReset`);
  }

  private lengthError(page: Page, password: string): string {
    return password.length > PASSWORD_MAX_LENGTH
      ? page.t('error.newPassword.tooLong', { max: PASSWORD_MAX_LENGTH })
      : page.t('error.newPassword.tooShort', { min: PASSWORD_MIN_LENGTH });
  }

  private refusal(page: Page, error: PasswordRefused): FieldErrors {
    if (error.rule === 'wrongCurrent') return { currentPassword: page.t('error.currentPassword.wrong') };
    return { newPassword: page.t(`error.newPassword.${error.rule}`) };
  }

  private tooMany(page: Page, error: HttpException, key: string): string {
    const seconds = (error.getResponse() as { retryAfter?: number }).retryAfter ?? 60;
    return page.t(key, { seconds });
  }

  private renderAccount(page: Page, extra: Form, status: number): Promise<void> {
    return page.render('account.hbs', page.t('accountSettings'), { ...this.links(page), errors: {}, ...extra }, { form: true, status });
  }

  private renderForgot(page: Page, extra: Form, status: number): Promise<void> {
    return page.render('forgot-password.hbs', page.t('forgotPasswordTitle'), { ...this.links(page), errors: {}, ...extra }, { form: true, status });
  }

  private renderReset(page: Page, extra: Form, status: number): Promise<void> {
    // The token is in the address: never kept by the browser or anything in between.
    return page.render('reset-password.hbs', page.t('resetPasswordTitle'), { ...this.links(page), errors: {}, ...extra }, { form: true, personal: true, status });
  }

  private links(page: Page) {
    const path = this.where.path;
    return {
      base: path,
      signInUrl: `${path}/sign-in`,
      forgotUrl: `${path}/forgot-password`,
      passwordHint: page.t('newPasswordHint', { min: PASSWORD_MIN_LENGTH }),
      passwordMax: PASSWORD_MAX_LENGTH,
    };
  }
}
