import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountKind } from '../accounts/account-kind';
import { PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';

/** The sign-in form, its answer and signing out, as the organizer and the partner pages each have them under their path. */
export class SignInPages {
  constructor(
    private readonly pages: PageRenderer,
    private readonly cookie: SignInCookie,
    private readonly kind: AccountKind,
    private readonly where: { path: string; titleKey: string },
  ) {}

  async form(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    await page.render('sign-in.hbs', page.t(this.where.titleKey), { action: `${this.where.path}/sign-in`, email: '', error: null }, { form: true });
  }

  async signIn(body: Record<string, unknown> | undefined, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const outcome = await this.cookie.signIn(request, reply, body ?? {}, this.kind);
    if (outcome.ok) return page.redirect(this.where.path);
    const email = typeof body?.email === 'string' ? body.email : '';
    const error = page.t(outcome.messageKey, outcome.values);
    await page.render('sign-in.hbs', page.t(this.where.titleKey), { action: `${this.where.path}/sign-in`, email, error }, { form: true, status: 401 });
  }

  async signOut(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    this.cookie.signOut(reply);
    await this.pages.page(request, reply).redirect(`${this.where.path}/sign-in`);
  }
}
