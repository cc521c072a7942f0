import { Body, Get, HttpException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission } from '../../common/access/access.decorators';
import { SESSION_PARAM } from '../../common/access/permission-target';
import { errorBody } from '../../common/filters/api-exception.filter';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { EditionStore } from '../../editions/edition.store';
import { SeatingPlanRequest } from '../../seating/dto/seating.dto';
import { SeatingDocuments } from '../../seating/seating-documents';
import { SeatingService } from '../../seating/seating.service';
import { SessionStore } from '../../sessions/session.store';
import { sendRendered } from '../../common/http/send-rendered';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';

type Form = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const NOTICES = new Set(['saved', 'swapped', 'cleared']);

/** What the page shows besides the plan: a refusal beside its form, or what was just done. */
interface PageState {
  settings?: { convention: string; rows: string; errors: Record<string, string> };
  swapError?: string;
  notice?: string | null;
}

/**
 * Protocol seating in the console: the edition's sessions, and a session's plan drawn as seen
 * from the audience with its settings, swap and print forms. Script-free: every change is a
 * form posted to the services the API uses, then a redirect.
 */
@PageController('admin')
export class SeatingPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly seating: SeatingService,
    private readonly documents: SeatingDocuments,
    private readonly sessions: SessionStore,
    private readonly editions: EditionStore,
  ) {}

  @Get('editions/:id/seating')
  @EditionPermission('view')
  async index(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const edition = await this.editions.require(editionId);
    const sessions = (await this.sessions.ofEdition(editionId)).map((s) => ({ id: s.id, title: s.titleZh, titleEn: s.titleEn, startsAt: s.startsAt }));
    await page.render('seating/seating-index.hbs', page.t('seating.indexTitle', { edition: page.pick(edition.titleZh, edition.titleEn) }), {
      edition: { id: edition.id, title: edition.titleZh, titleEn: edition.titleEn },
      sessions,
      section: 'seating',
    });
  }

  @Get('sessions/:id/seating')
  @EditionPermission('view', SESSION_PARAM)
  async show(@Param('id', IdParamPipe) sessionId: number, @Query('done') done: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    return this.render(page, sessionId, { notice: done && NOTICES.has(done) ? done : null });
  }

  @Post('sessions/:id/seating')
  @EditionPermission('edit_edition', SESSION_PARAM)
  async configure(@Param('id', IdParamPipe) sessionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const convention = text(body?.convention);
    const rowsTyped = text(body?.rows);
    const rows = rowsTyped.split(/[,，\s]+/).filter(Boolean).map((n) => (/^\d+$/.test(n) ? Number(n) : n));
    const { request: settings, errors } = await asApiRequest(SeatingPlanRequest, { convention, rows });
    if (Object.keys(errors).length) {
      const words = Object.fromEntries(Object.entries(errors).map(([field, why]) => [field, typeof why === 'string' ? why : page.lang === 'en' ? why.en : why.zh]));
      return this.render(page, sessionId, { settings: { convention, rows: rowsTyped, errors: words } }, 400);
    }
    const current = await this.seating.plan(sessionId);
    try {
      await this.seating.configure(sessionId, { ...settings, guestIds: current.guestIds }, actor);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const answer = errorBody(error, page.lang);
      return this.render(page, sessionId, { settings: { convention, rows: rowsTyped, errors: { rows: answer.errors?.rows ?? answer.message } } }, error.getStatus());
    }
    return page.redirect(`/admin/sessions/${sessionId}/seating?done=saved`);
  }

  @Post('sessions/:id/seating/swap')
  @EditionPermission('edit_edition', SESSION_PARAM)
  async swap(@Param('id', IdParamPipe) sessionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    try {
      await this.seating.swap(sessionId, Number(text(body?.a)) || 0, Number(text(body?.b)) || 0, actor);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return this.render(page, sessionId, { swapError: errorBody(error, page.lang).message }, error.getStatus());
    }
    return page.redirect(`/admin/sessions/${sessionId}/seating?done=swapped`);
  }

  @Post('sessions/:id/seating/clear')
  @EditionPermission('edit_edition', SESSION_PARAM)
  async clear(@Param('id', IdParamPipe) sessionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    await this.seating.clearSwaps(sessionId, actor);
    return page.redirect(`/admin/sessions/${sessionId}/seating?done=cleared`);
  }

  @Get('sessions/:id/seating.pdf')
  @EditionPermission('view', SESSION_PARAM)
  async chart(@Param('id', IdParamPipe) sessionId: number, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    return sendRendered(request, reply, await this.documents.chart(sessionId, page.lang), 'inline', true);
  }

  @Get('sessions/:id/name-cards.pdf')
  @EditionPermission('view', SESSION_PARAM)
  async nameCards(@Param('id', IdParamPipe) sessionId: number, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    return sendRendered(request, reply, await this.documents.nameCards(sessionId, page.lang), 'inline', true);
  }

  private async render(page: Page, sessionId: number, state: PageState, status = 200): Promise<void> {
    const plan = await this.seating.plan(sessionId);
    const session = await this.sessions.require(sessionId);
    const edition = await this.editions.require(session.editionId);
    const seated = plan.rows.flatMap((row) => row.seats.flatMap((seat) => (seat.guest ? [{ id: seat.guest.id, label: `${seat.guest.name}（${page.t('seating.row', { row: seat.row })}${page.t('seating.seat', { seat: seat.seat })}）` }] : [])));
    const title = page.pick(session.titleZh, session.titleEn);
    await page.render(
      'seating/seating.hbs',
      page.t('seating.title', { session: title }),
      {
        edition: { id: edition.id, title: edition.titleZh, titleEn: edition.titleEn },
        session: { id: session.id, title: session.titleZh, titleEn: session.titleEn },
        heading: page.t('seating.heading', { session: title }),
        plan,
        seated,
        hasGuests: seated.length > 0 || plan.unseated.length > 0,
        settings: state.settings ?? { convention: plan.convention, rows: plan.rowSizes.join(','), errors: {} },
        swapError: state.swapError ?? null,
        notice: state.notice ? page.t(`seating.${state.notice}`) : null,
        section: 'seating',
      },
      { form: true, status },
    );
  }
}

function isRefusal(error: unknown): error is HttpException {
  return error instanceof HttpException && error.getStatus() >= 400 && error.getStatus() < 500;
}
