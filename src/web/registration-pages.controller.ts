import { randomUUID } from 'node:crypto';
import { Body, Get, HttpException, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { SlugParamPipe } from '../common/pipes/slug-param.pipe';
import type { EditionDetailDto } from '../editions/dto/edition.dto';
import { EditionsService } from '../editions/editions.service';
import { PrivacyNoticesService } from '../editions/privacy-notices.service';
import type { RegistrationDto } from '../registrations/dto/registration.dto';
import { IssuedChallenge, RegistrationChallenges } from '../registrations/registration-challenge';
import { NO_SESSION_CHOSEN } from '../registrations/session-eligibility';
import { RegistrationsService } from '../registrations/registrations.service';
import { Tickets } from '../registrations/tickets';
import { ReleasesService } from '../releases/releases.service';
import { personalLinks } from './edition-view';
import { PageController } from './page-controller.decorator';
import { Page, PageRenderer } from './page-renderer';
import {
  chosenSessionIds,
  FieldErrors,
  fieldErrors,
  formConsent,
  FormValues,
  formValues,
  inReadersWords,
  RegistrationOffer,
  RegistrationOffers,
  refusalErrors,
  refusalOf,
  validateRegistration,
} from './registration-form';

type Form = Record<string, unknown>;

const tokenOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const manageUrl = (code: string, token: string, notice?: string) =>
  `/r/${encodeURIComponent(code)}?token=${encodeURIComponent(token)}${notice ? `&notice=${notice}` : ''}`;
const NOTICES = new Set(['sessionsChanged', 'sessionCancelled', 'cancelled']);
/** Where the error summary links to: the field, the session list, or one session. */
const errorAnchor = (field: string) => (field === 'general' ? null : field === 'sessionIds' ? 'sessions' : field.startsWith('s-') ? field : `f-${field}`);

/** Attendees: the registration form, its confirmation, and managing one's registration with its token. */
@PageController()
export class RegistrationPagesController {
  constructor(
    private readonly editions: EditionsService,
    private readonly releases: ReleasesService,
    private readonly registrations: RegistrationsService,
    private readonly offers: RegistrationOffers,
    private readonly tickets: Tickets,
    private readonly notices: PrivacyNoticesService,
    private readonly pages: PageRenderer,
    private readonly challenges: RegistrationChallenges,
  ) {}

  @Get('e/:slug/register')
  async form(@Param('slug', SlugParamPipe) slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ slug });
    const program = await this.releases.program({ slug });
    const preselected = chosenSessionIds((request.query as Form).session);
    // A link may name a session one cannot register for: offer it unticked, with the reason.
    const offer = await this.offers.offer(edition, program, [], page.lang);
    const choosable = new Set(offer.choices.filter((c) => !c.refused).map((c) => c.id));
    for (const choice of offer.choices) choice.checked = preselected.includes(choice.id) && choosable.has(choice.id);
    await this.renderForm(page, edition, offer, {}, {}, 200, false);
  }

  @Post('e/:slug/register')
  async register(@Param('slug', SlugParamPipe) slug: string, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ slug });
    const program = await this.releases.program({ slug });
    const values = formValues(body ?? {});
    const sessionIds = chosenSessionIds(body?.sessionIds);
    const consent = formConsent(body ?? {});
    const { request: registration, errors } = await validateRegistration(values, sessionIds, consent);
    if (Object.keys(errors).length > 0) {
      // The form says everything at once: the sessions the API would refuse too.
      const offer = await this.offers.offer(edition, program, sessionIds, page.lang);
      // Nothing ticked where there are sessions to choose: the API would refuse that too (400).
      if (sessionIds.length === 0 && offer.choices.length > 0) errors.sessionIds = NO_SESSION_CHOSEN;
      return this.renderForm(page, edition, offer, values, { ...fieldErrors(errors, page.lang, 400), ...refusalErrors(offer, page.lang) }, 400, consent.agreed);
    }
    // The service decides (a retry with its Idempotency-Key gets its first answer, even once the window closed); the page words its refusal.
    const key = typeof body.idempotencyKey === 'string' ? body.idempotencyKey : undefined;
    try {
      const created = await this.registrations.register(edition.id, registration, key, { address: request.ip, proof: typeof body.proof === 'string' ? body.proof : undefined }, page.lang);
      // Confirmation by e-mail: the same page whether the address was new or registered already.
      if (!('code' in created)) return page.render('check-mail.hbs', page.t('checkMail'), { edition, text: page.t('checkMailText') }, { status: 202, personal: true });
      return page.redirect(`/r/${encodeURIComponent(created.code)}/confirmed?token=${encodeURIComponent(created.token)}`);
    } catch (error) {
      const offer = await this.offers.offer(edition, program, sessionIds, page.lang);
      // Unusually many registrations: the browser solves a challenge and sends the form again (pages.js-free, see registration-challenge.js).
      if (error instanceof HttpException && error.getStatus() === HttpStatus.PRECONDITION_REQUIRED) {
        const challenge = await this.challenges.issue(edition.id);
        return this.renderForm(page, edition, offer, values, {}, HttpStatus.PRECONDITION_REQUIRED, consent.agreed, challenge);
      }
      const refusal = refusalOf(error, page.lang);
      if (!refusal) throw error;
      const errors = inReadersWords(refusal.errors, offer, page.lang);
      // Consent to a notice that changed meanwhile is asked again, beside the new one.
      return this.renderForm(page, edition, offer, values, errors, refusal.status, consent.agreed && !errors.privacyConsent);
    }
  }

  /**
   * The link mailed to confirm a registration (editions that confirm by e-mail). Opening it only
   * asks, with a button: mail scanners and link previews open links, and must not confirm for the
   * attendee. An expired or already confirmed registration shows what it is.
   */
  @Get('r/:code/confirm')
  async askToConfirm(@Param('code') code: string, @Query('token') token: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const { state, registration } = await this.registrations.confirmationState(code, tokenOf(token));
    const edition = await this.editions.findOne({ id: registration.editionId });
    if (state === 'expired') return this.renderExpired(page, edition);
    if (state === 'already') return this.renderConfirmed(page, registration, tokenOf(token));
    return page.render('confirm-registration.hbs', page.t('confirmAsk'), { edition, registration, token: tokenOf(token) }, { form: true, personal: true });
  }

  @Post('r/:code/confirm')
  async confirm(@Param('code') code: string, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const token = tokenOf(body?.token);
    const { outcome, registration } = await this.registrations.confirm(code, token);
    if (outcome === 'expired') return this.renderExpired(page, await this.editions.findOne({ id: registration.editionId }));
    return page.redirect(`/r/${encodeURIComponent(code)}/confirmed?token=${encodeURIComponent(token)}`);
  }

  private renderExpired(page: Page, edition: EditionDetailDto): Promise<void> {
    return page.render('check-mail.hbs', page.t('confirmExpired'), { edition, text: page.t('confirmExpiredText') }, { status: 410, personal: true });
  }

  @Get('r/:code/confirmed')
  async confirmed(@Param('code') code: string, @Query('token') token: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    return this.renderConfirmed(page, await this.registrations.findForOwner(code, tokenOf(token)), tokenOf(token));
  }

  private async renderConfirmed(page: Page, registration: RegistrationDto, token: string): Promise<void> {
    const code = registration.code;
    const edition = await this.editions.findOne({ id: registration.editionId });
    await page.render('confirmation.hbs', page.t(registration.status === 'pending' ? 'registeredPending' : 'registered'), {
      edition,
      registration,
      pending: registration.status === 'pending',
      links: { ...personalLinks(registration, token, page.lang), ticketPage: await this.tickets.pageUrlForOwner(code, token) },
    }, { personal: true });
  }

  @Get('r/:code')
  async manage(@Param('code') code: string, @Query('token') token: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const registration = await this.registrations.findForOwner(code, tokenOf(token));
    const notice = (request.query as Form).notice;
    await this.renderManage(page, registration, tokenOf(token), typeof notice === 'string' && NOTICES.has(notice) ? `notice.${notice}` : null, {}, 200);
  }

  @Post('r/:code/sessions')
  async changeSessions(@Param('code') code: string, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const token = tokenOf(body?.token);
    const wanted = chosenSessionIds(body?.sessionIds);
    try {
      await this.registrations.changeSessions(code, token, wanted);
    } catch (error) {
      const refusal = refusalOf(error, page.lang);
      if (!refusal || refusal.status === 404) throw error;
      const registration = await this.registrations.findForOwner(code, token);
      return this.renderManage(page, registration, token, null, refusal.errors, refusal.status, wanted);
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
    await this.registrations.cancelSession(code, token, sessionId);
    return page.redirect(manageUrl(code, token, 'sessionCancelled'));
  }

  @Post('r/:code/cancel')
  async cancel(@Param('code') code: string, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const token = tokenOf(body?.token);
    await this.registrations.cancel(code, token);
    return page.redirect(manageUrl(code, token, 'cancelled'));
  }

  private async renderForm(
    page: Page,
    edition: EditionDetailDto,
    offer: RegistrationOffer,
    values: FormValues,
    errors: FieldErrors,
    status: number,
    consented: boolean,
    challenge?: IssuedChallenge,
  ) {
    const notice = await this.notices.current({ id: edition.id });
    await page.render(
      'register.hbs',
      page.t('registerFor', { title: page.pick(edition.title, edition.titleEn) }),
      {
        edition,
        open: offer.open,
        closedReason: offer.closedReason,
        values,
        errors,
        errorList: Object.entries(errors).map(([field, message]) => ({ field, message, anchor: errorAnchor(field) })),
        choices: offer.choices,
        privacyNoticeVersion: notice.version,
        consented,
        idempotencyKey: randomUUID(),
        challenge: challenge ?? null,
      },
      { status, form: true, personal: status !== 200 },
    );
  }

  /** `wanted`: the sessions the attendee asked for, when the API refused them; the page says why beside each. */
  private async renderManage(page: Page, registration: RegistrationDto, token: string, notice: string | null, apiErrors: FieldErrors, status: number, wanted?: number[]) {
    const edition = await this.editions.findOne({ id: registration.editionId });
    const program = await this.releases.program({ id: registration.editionId });
    const active = registration.sessions.filter((s) => s.status !== 'cancelled').map((s) => s.sessionId);
    const ended = registration.status === 'cancelled' || registration.status === 'rejected';
    const offer = ended ? null : await this.offers.offer(edition, program, wanted ?? active, page.lang, active);
    const errors = offer && wanted ? inReadersWords(apiErrors, offer, page.lang) : apiErrors;
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
        closedReason: offer?.closedReason ?? null,
        choices: offer?.choices ?? [],
        links: { ...personalLinks(registration, token, page.lang), ticketPage: await this.tickets.pageUrlForOwner(registration.code, token) },
      },
      { status, form: true, personal: true },
    );
  }
}
