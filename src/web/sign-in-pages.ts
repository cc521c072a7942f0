import { Body, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountKind } from '../accounts/account-kind';
import { PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';

const SIGN_IN_NOTICES = new Set(['passwordReset', 'signedOutEverywhere']);

/**
 * The sign-in form, its answer and signing out, under the path of the organizer's or the
 * partner's pages: their controllers extend this one, which carries the three routes.
 */
export abstract class SignInPagesController {
  protected constructor(
    protected readonly pages: PageRenderer,
    protected readonly signInCookie: SignInCookie,
    protected readonly kind: AccountKind,
    protected readonly where: { path: string; titleKey: string },
  ) {}

  @Get('sign-in')
  async signInForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    // After a password reset or signing out everywhere, the form says what happened.
    const notice = (request.query as Record<string, unknown>).notice;
    const noticeText = typeof notice === 'string' && SIGN_IN_NOTICES.has(notice) ? page.t(`notice.${notice}`) : null;
    await page.render('sign-in.hbs', page.t(this.where.titleKey), { ...this.formLinks(), email: '', error: null, notice: noticeText }, { form: true });
  }

  @Post('sign-in')
  async signIn(@Body() body: Record<string, unknown> | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const outcome = await this.signInCookie.signIn(request, reply, body ?? {}, this.kind);
    if (outcome.ok) return page.redirect(this.where.path);
    const email = typeof body?.email === 'string' ? body.email : '';
    const error = page.t(outcome.messageKey, outcome.values);
    await page.render('sign-in.hbs', page.t(this.where.titleKey), { ...this.formLinks(), email, error }, { form: true, status: 401 });
  }

  private formLinks() {
    return { action: `${this.where.path}/sign-in`, forgotUrl: `${this.where.path}/forgot-password` };
  }

  @Post('sign-out')
  async signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.signInCookie.signOut(reply);
    await this.pages.page(request, reply).redirect(`${this.where.path}/sign-in`);
  }
}
