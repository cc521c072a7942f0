import { randomUUID } from 'node:crypto';
import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { SlugParamPipe } from '../common/pipes/slug-param.pipe';
import type { EditionDetailDto } from '../editions/dto/edition.dto';
import type { RegistrationDto } from '../registrations/dto/registration.dto';
import type { ProgramDto } from '../releases/dto/program.dto';
import { DomainServices } from './domain-services';
import { personalLinks, registrationOpen } from './edition-view';
import { PageController } from './page-controller.decorator';
import { Page, PageRenderer } from './page-renderer';
import { chosenSessionIds, FieldErrors, fieldErrors, FormValues, formValues, refusalOf, sessionChoices, validateRegistration } from './registration-form';

type Form = Record<string, unknown>;

const tokenOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const manageUrl = (code: string, token: string, notice?: string) =>
  `/r/${encodeURIComponent(code)}?token=${encodeURIComponent(token)}${notice ? `&notice=${notice}` : ''}`;
const NOTICES = new Set(['sessionsChanged', 'sessionCancelled', 'cancelled']);

/** Attendees: the registration form, its confirmation, and managing one's registration with its token. */
@PageController()
export class RegistrationPagesController {
  constructor(
    private readonly services: DomainServices,
    private readonly pages: PageRenderer,
    private readonly dataSource: DataSource,
  ) {}

  @Get('e/:slug/register')
  async form(@Param('slug', SlugParamPipe) slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.services.editions.findOne({ slug });
    const program = await this.services.releases.program({ slug });
    const preselected = chosenSessionIds((request.query as Form).session);
    await this.renderForm(page, edition, program, {}, preselected, {}, 200);
  }

  @Post('e/:slug/register')
  async register(@Param('slug', SlugParamPipe) slug: string, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.services.editions.findOne({ slug });
    const program = await this.services.releases.program({ slug });
    const values = formValues(body ?? {});
    const sessionIds = chosenSessionIds(body?.sessionIds);
    const { request: registration, errors } = await validateRegistration(values, sessionIds);
    if (Object.keys(errors).length > 0) {
      return this.renderForm(page, edition, program, values, sessionIds, fieldErrors(errors, page.lang, 400), 400);
    }
    const key = typeof body.idempotencyKey === 'string' ? body.idempotencyKey : undefined;
    try {
      const created = await this.services.registrations.register(edition.id, registration, key);
      return page.redirect(`/r/${encodeURIComponent(created.code)}/confirmed?token=${encodeURIComponent(created.token)}`);
    } catch (error) {
      const refusal = refusalOf(error, page.lang);
      if (!refusal) throw error;
      return this.renderForm(page, edition, program, values, sessionIds, refusal.errors, refusal.status);
    }
  }

  @Get('r/:code/confirmed')
  async confirmed(@Param('code') code: string, @Query('token') token: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const registration = await this.services.registrations.findForOwner(code, tokenOf(token));
    const edition = await this.services.editions.findOne({ id: registration.editionId });
    await page.render('confirmation.hbs', page.t(registration.status === 'pending' ? 'registeredPending' : 'registered'), {
      edition,
      registration,
      pending: registration.status === 'pending',
      links: personalLinks(registration, tokenOf(token), page.lang),
    }, { personal: true });
  }

  @Get('r/:code')
  async manage(@Param('code') code: string, @Query('token') token: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const registration = await this.services.registrations.findForOwner(code, tokenOf(token));
    const notice = (request.query as Form).notice;
    await this.renderManage(page, registration, tokenOf(token), typeof notice === 'string' && NOTICES.has(notice) ? `notice.${notice}` : null, {}, 200);
  }

  @Post('r/:code/sessions')
  async changeSessions(@Param('code') code: string, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const token = tokenOf(body?.token);
    try {
      await this.services.registrations.changeSessions(code, token, chosenSessionIds(body?.sessionIds));
    } catch (error) {
      const refusal = refusalOf(error, page.lang);
      if (!refusal || refusal.status === 404) throw error;
      const registration = await this.services.registrations.findForOwner(code, token);
      return this.renderManage(page, registration, token, null, refusal.errors, refusal.status);
    }
    return page.redirect(manageUrl(code, token, 'sessionsChanged'));
  }

  @Post('r/:code/sessions/:sessionId/cancel')
  async cancelSession(
    @Param('code') code: string,
    @Param('sessionId', IdParamPipe) sessionId: number,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const page = this.pages.page(request, reply);
    const token = tokenOf(body?.token);
    await this.services.registrations.cancelSession(code, token, sessionId);
    return page.redirect(manageUrl(code, token, 'sessionCancelled'));
  }

  @Post('r/:code/cancel')
  async cancel(@Param('code') code: string, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const token = tokenOf(body?.token);
    await this.services.registrations.cancel(code, token);
    return page.redirect(manageUrl(code, token, 'cancelled'));
  }

  private async renderForm(page: Page, edition: EditionDetailDto, program: ProgramDto, values: FormValues, chosen: number[], errors: FieldErrors, status: number) {
    const open = registrationOpen(edition, program);
    await page.render(
      'register.hbs',
      page.t('registerFor', { title: page.pick(edition.title, edition.titleEn) }),
      {
        edition,
        open,
        values,
        errors,
        errorList: Object.entries(errors).map(([field, message]) => ({ field, message, anchor: field === 'general' ? null : field === 'sessionIds' ? 'sessions' : `f-${field}` })),
        choices: open ? await sessionChoices(this.dataSource, program, chosen) : [],
        idempotencyKey: randomUUID(),
      },
      { status, form: true, personal: status !== 200 },
    );
  }

  private async renderManage(page: Page, registration: RegistrationDto, token: string, notice: string | null, errors: FieldErrors, status: number) {
    const edition = await this.services.editions.findOne({ id: registration.editionId });
    const program = await this.services.releases.program({ id: registration.editionId });
    const active = registration.sessions.filter((s) => s.status !== 'cancelled').map((s) => s.sessionId);
    const ended = registration.status === 'cancelled' || registration.status === 'rejected';
    await page.render(
      'manage.hbs',
      page.t('manageRegistration'),
      {
        edition,
        registration,
        token,
        ended,
        notice: notice ? page.t(notice) : null,
        errors,
        seats: registration.sessions.filter((s) => s.status !== 'cancelled'),
        choices: ended ? [] : await sessionChoices(this.dataSource, program, active),
        links: personalLinks(registration, token, page.lang),
      },
      { status, form: true, personal: true },
    );
  }
}
