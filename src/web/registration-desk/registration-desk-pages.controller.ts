import { Body, Get, HttpException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission } from '../../common/access/access.decorators';
import { REGISTRATION_CODE } from '../../common/access/permission-target';
import { errorBody } from '../../common/filters/api-exception.filter';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { EditionStore } from '../../editions/edition.store';
import { CancelRegistrationRequest, DecideRegistrationsRequest } from '../../registrations/dto/registration-desk.dto';
import { RegistrationQuery } from '../../registrations/dto/registration-query.dto';
import { RegistrationAdminService } from '../../registrations/registration-admin.service';
import { RegistrationDeskService } from '../../registrations/registration-desk.service';
import { SessionStore } from '../../sessions/session.store';
import { allows } from '../../teams/permissions';
import { asApiRequest, maxLengthOf } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { attendanceRows, backQuery, codesOf, deskEdition, DONE, FILTERS, filterOf, FIELD_LABELS, historyRows, listLink, registrationRow, type ListFilter, type Outcome, wordsOf } from './registration-desk-view';

type Form = Record<string, unknown>;

const PAGE_SIZE = 50;
const REASON_MAX = maxLengthOf(CancelRegistrationRequest, 'reason');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the list shows besides the registrations: a refused filter, a bulk decision's outcome. */
interface ListState {
  errors?: Record<string, string>;
  formError?: string;
  outcomes?: { decision: 'approve' | 'reject'; ok: number; refused: Outcome[] };
}

/** What a registration's page shows besides it: what was just done, or why it was refused. */
interface DetailState {
  notice?: string | null;
  error?: string | null;
}

/**
 * The registrations desk in the console: the list with its filters, decisions on many at once,
 * the exports, attendance per session, and a registration's own page (its places, promotion
 * from the waitlist, the link sent again, cancellation with a reason, its history). Script-free:
 * each action is a form posted to the services the API uses, then a redirect; a destructive
 * one (reject, cancel) first shows a page that says what it will do.
 */
@PageController('admin')
export class RegistrationDeskPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly admin: RegistrationAdminService,
    private readonly desk: RegistrationDeskService,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
  ) {}

  @Get('editions/:id/registrations')
  @EditionPermission('manage_registrations')
  async list(@Param('id', EditionIdPipe) editionId: number, @Query() raw: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const decided = typeof raw.decided === 'string' && (raw.decided === 'approve' || raw.decided === 'reject') ? raw.decided : null;
    const n = Number(raw.n);
    return this.renderList(page, editionId, filterOf(raw), decided && Number.isInteger(n) && n >= 0 ? { outcomes: { decision: decided, ok: n, refused: [] } } : {});
  }

  @Post('editions/:id/registrations/decisions')
  @EditionPermission('manage_registrations')
  async decide(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const codes = codesOf(body?.codes);
    const back = backQuery(body?.back);
    const filter = filterOf(Object.fromEntries(new URLSearchParams(back)));
    const fromDetail = body?.from === 'detail' && codes.length === 1;
    const { request: decision, errors } = await asApiRequest(DecideRegistrationsRequest, { codes, decision: body?.decision });
    if (errors.codes || errors.decision) {
      if (fromDetail) return this.renderDetail(page, codes[0], { error: wordsOf(errors.codes ?? errors.decision, page) }, 400);
      return this.renderList(page, editionId, filter, { formError: codes.length === 0 ? page.t('desk.noneSelected') : wordsOf(errors.codes ?? errors.decision, page) }, 400);
    }
    // Rejecting is destructive: asked once, on a page that names whom and says what follows.
    if (decision.decision === 'reject' && body?.confirmed !== 'yes') {
      return this.renderRejectConfirm(page, editionId, decision.codes, back, fromDetail);
    }
    const outcomes = await this.desk.decideMany(editionId, decision.codes, decision.decision === 'approve', request.account!);
    const refused = outcomes.filter((o) => !o.ok).map((o) => ({ code: o.code, error: typeof o.error === 'string' ? o.error : (o.error?.[page.lang] ?? '') }));
    if (fromDetail) {
      if (refused.length) return this.renderDetail(page, codes[0], { error: refused[0].error }, 409);
      return page.redirect(`/admin/registrations/${encodeURIComponent(codes[0])}?done=${decision.decision === 'approve' ? 'approved' : 'rejected'}`);
    }
    const ok = outcomes.length - refused.length;
    if (!refused.length) return page.redirect(listLink(editionId, filter, { decided: decision.decision, n: String(ok) }));
    return this.renderList(page, editionId, filter, { outcomes: { decision: decision.decision, ok, refused } }, ok > 0 ? 200 : 409);
  }

  @Get('editions/:id/registrations.csv')
  @EditionPermission('manage_registrations')
  async csv(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return this.export(editionId, 'csv', request, reply);
  }

  @Get('editions/:id/registrations.xlsx')
  @EditionPermission('manage_registrations')
  async xlsx(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return this.export(editionId, 'xlsx', request, reply);
  }

  @Get('editions/:id/attendance')
  @EditionPermission('view')
  async attendance(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.require(editionId);
    const counts = await this.admin.attendance(editionId);
    const sessions = new Map((await this.sessions.ofEdition(editionId)).map((s) => [s.id, s]));
    const canManage = allows(request.account?.grants ?? [], 'manage_registrations', { editionId: edition.id, brandId: edition.brandId }, 'edition');
    await page.render(
      'desk/attendance.hbs',
      page.t('desk.attendanceTitle', { edition: page.pick(edition.titleZh, edition.titleEn) }),
      { edition: deskEdition(edition), section: 'attendance', counts, canManage, rows: attendanceRows(counts, sessions, page, edition.id) },
      { personal: true },
    );
  }

  @Get('registrations/:code')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  async show(@Param('code') code: string, @Query('done') done: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    return this.renderDetail(page, code, { notice: done && DONE.has(done) ? done : null });
  }

  @Post('registrations/:code/sessions/:sessionId/promote')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  async promote(@Param('code') code: string, @Param('sessionId', IdParamPipe) sessionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    try {
      await this.admin.promote(code, sessionId, request.account!);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return this.renderDetail(page, code, { error: errorBody(error, page.lang).message }, error.getStatus());
    }
    return page.redirect(`/admin/registrations/${encodeURIComponent(code)}?done=promoted`);
  }

  @Post('registrations/:code/resend-link')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  async resend(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    try {
      await this.desk.resendLink(code, request.account!);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return this.renderDetail(page, code, { error: errorBody(error, page.lang).message }, error.getStatus());
    }
    return page.redirect(`/admin/registrations/${encodeURIComponent(code)}?done=resent`);
  }

  @Get('registrations/:code/cancel')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  async askCancel(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.renderCancel(this.pages.page(request, reply), code, { reason: '', errors: {} });
  }

  @Post('registrations/:code/cancel')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  async cancel(@Param('code') code: string, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const typed = typeof body?.reason === 'string' ? body.reason : '';
    const { request: cancellation, errors } = await asApiRequest(CancelRegistrationRequest, { reason: typed });
    if (errors.reason) return this.renderCancel(page, code, { reason: typed, errors: { reason: wordsOf(errors.reason, page) } }, 400);
    try {
      await this.desk.cancel(code, cancellation.reason, request.account!);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return this.renderCancel(page, code, { reason: typed, errors: {}, formError: errorBody(error, page.lang).message }, error.getStatus());
    }
    return page.redirect(`/admin/registrations/${encodeURIComponent(code)}?done=cancelled`);
  }

  private async export(editionId: number, format: 'csv' | 'xlsx', request: FastifyRequest, reply: FastifyReply): Promise<Buffer> {
    const lang = this.pages.page(request, reply).lang;
    const { body, filename } = await this.admin.export(editionId, format, lang);
    void reply
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .header('Content-Language', lang === 'en' ? 'en' : 'zh-CN')
      .header('Cache-Control', 'no-store');
    return body;
  }

  private async renderList(page: Page, editionId: number, filter: ListFilter, state: ListState, status = 200): Promise<void> {
    const edition = await this.editions.require(editionId);
    const sessions = await this.sessions.ofEdition(editionId);
    const { request: query, errors } = await asApiRequest(RegistrationQuery, filter as Record<string, unknown>);
    const fieldErrors: Record<string, string> = { ...Object.fromEntries(Object.entries(errors).map(([field, why]) => [field, wordsOf(why, page)])), ...(state.errors ?? {}) };
    const valid = Object.keys(errors).length === 0;
    query.limit = PAGE_SIZE;
    const { items, total } = valid ? await this.admin.list(editionId, query) : { items: [], total: 0 };
    const filtered = FILTERS.some((k) => filter[k]);
    const offset = valid ? query.offset : 0;
    await page.render(
      'desk/registrations.hbs',
      page.t('desk.title', { edition: page.pick(edition.titleZh, edition.titleEn) }),
      {
        edition: deskEdition(edition),
        section: 'registrations',
        filter,
        errors: fieldErrors,
        errorList: Object.entries(fieldErrors).map(([field, message]) => ({ field, label: page.t(FIELD_LABELS[field] ?? 'desk.filters'), message })),
        sessions: sessions.map((s) => ({ id: s.id, title: page.pick(s.titleZh, s.titleEn), selected: String(s.id) === filter.sessionId })),
        statuses: ['pending', 'confirmed', 'unconfirmed', 'cancelled', 'rejected'].map((s) => ({ value: s, label: page.t(`desk.status.${s}`), selected: s === filter.status })),
        seatStatuses: ['confirmed', 'waitlisted', 'cancelled'].map((s) => ({ value: s, label: page.t(s === 'waitlisted' ? 'desk.waitlisted' : `desk.seat.${s}`), selected: s === filter.seatStatus })),
        rows: items.map((r) => registrationRow(r, page, edition.timeZone)),
        total,
        from: total === 0 ? 0 : offset + 1,
        to: Math.min(offset + PAGE_SIZE, total),
        previous: offset > 0 ? listLink(editionId, filter, { offset: String(Math.max(0, offset - PAGE_SIZE)) }) : null,
        next: offset + PAGE_SIZE < total ? listLink(editionId, filter, { offset: String(offset + PAGE_SIZE) }) : null,
        emptyText: page.t(filtered ? 'desk.emptyFiltered' : 'desk.empty'),
        back: new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString(),
        formError: state.formError ?? null,
        notice: state.outcomes && state.outcomes.ok > 0 ? page.t(`desk.decided.${state.outcomes.decision}`, { n: state.outcomes.ok }) : null,
        refused: state.outcomes?.refused.length ? state.outcomes.refused : null,
        refusedHeading: state.outcomes?.refused.length ? page.t('desk.someRefused', { n: state.outcomes.refused.length }) : null,
      },
      { form: true, personal: true, status: valid ? status : 400 },
    );
  }

  private async renderRejectConfirm(page: Page, editionId: number, codes: string[], back: string, fromDetail: boolean): Promise<void> {
    const edition = await this.editions.require(editionId);
    const people = await Promise.all(
      codes.map(async (code) => {
        try {
          const r = await this.admin.findOne(code);
          return r.editionId === editionId ? { code, name: r.name, status: page.t(`desk.status.${r.status}`) } : { code, name: page.t('desk.notFoundCode', { code }), status: '' };
        } catch (error) {
          if (!isRefusal(error)) throw error;
          return { code, name: page.t('desk.notFoundCode', { code }), status: '' };
        }
      }),
    );
    await page.render(
      'desk/reject-confirm.hbs',
      page.t('desk.rejectTitle', { edition: page.pick(edition.titleZh, edition.titleEn) }),
      {
        edition: deskEdition(edition),
        section: 'registrations',
        people,
        n: codes.length,
        back,
        fromDetail,
        backHref: fromDetail ? `/admin/registrations/${encodeURIComponent(codes[0])}` : listLink(editionId, filterOf(Object.fromEntries(new URLSearchParams(back))), {}),
      },
      { form: true, personal: true },
    );
  }

  private async renderDetail(page: Page, code: string, state: DetailState, status = 200): Promise<void> {
    const registration = await this.admin.findOne(code);
    const edition = await this.editions.require(registration.editionId);
    const history = await this.desk.history(registration.code);
    const row = registrationRow(registration, page, edition.timeZone);
    const ended = registration.status === 'cancelled' || registration.status === 'rejected';
    await page.render(
      'desk/registration.hbs',
      page.t('desk.registrationTitle', { code: registration.code, name: registration.name }),
      {
        edition: deskEdition(edition),
        section: 'registrations',
        registration: row,
        pending: registration.status === 'pending',
        ended,
        endedText: ended ? page.t('desk.ended', { status: row.statusLabel }) : null,
        resendHint: page.t('desk.resendHint', { email: registration.email }),
        history: historyRows(history, page, edition.timeZone),
        notice: state.notice ? page.t(`desk.done.${state.notice}`, { email: registration.email }) : null,
        error: state.error ?? null,
      },
      { form: true, personal: true, status },
    );
  }

  private async renderCancel(page: Page, code: string, typed: { reason: string; errors: Record<string, string>; formError?: string }, status = 200): Promise<void> {
    const registration = await this.admin.findOne(code);
    const edition = await this.editions.require(registration.editionId);
    const held = registration.sessions.filter((s) => s.status !== 'cancelled').length;
    await page.render(
      'desk/cancel-confirm.hbs',
      page.t('desk.cancelTitle', { code: registration.code }),
      {
        edition: deskEdition(edition),
        section: 'registrations',
        registration: registrationRow(registration, page, edition.timeZone),
        heading: page.t('desk.cancelHeading', { name: registration.name }),
        intro: page.t('desk.cancelIntro', { name: registration.name, code: registration.code }),
        seatsLine: held > 0 ? page.t('desk.cancelFreesSeats', { n: held }) : page.t('desk.cancelNoSeats'),
        mailLine: page.t('desk.cancelMails', { email: registration.email }),
        reason: typed.reason,
        reasonMax: REASON_MAX,
        errors: typed.errors,
        errorList: Object.entries(typed.errors).map(([field, message]) => ({ field, label: page.t('desk.reason'), message })),
        formError: typed.formError ?? null,
      },
      { form: true, personal: true, status },
    );
  }
}

function isRefusal(error: unknown): error is HttpException {
  return error instanceof HttpException && error.getStatus() >= 400 && error.getStatus() < 500;
}
