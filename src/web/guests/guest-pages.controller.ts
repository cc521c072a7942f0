import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditService } from '../../audit/audit.service';
import { EditionPermission } from '../../common/access/access.decorators';
import { GUEST_PARAM } from '../../common/access/permission-target';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { toZonedIso } from '../../common/zoned-dates';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { type Edition, EditionStore } from '../../editions/edition.store';
import { GuestRanksRequest, UpdateGuestRequest } from '../../guests/dto/guest.dto';
import { GuestAccess } from '../../guests/guest-access';
import { GuestInvitationsService } from '../../guests/guest-invitations.service';
import { GUEST_REPLY } from '../../guests/guest-kinds';
import { GuestsService } from '../../guests/guests.service';
import { SessionStore } from '../../sessions/session.store';
import { asApiRequest } from '../form-validation';
import { type FieldErrors, fieldErrors, type Form, formRefusal, text, textOrNull } from '../page-forms';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { categoryOptions, filterAndPage, genderOptions, guestRow, listFilters, listUrl, replyOptions } from './guest-console-view';

const GUEST_FIELDS = ['name', 'organization', 'title', 'rank', 'phone', 'email', 'gender', 'category'] as const;
const numbers = (value: unknown): number[] => (Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value]).map((v) => Number(text(v))).filter((n) => Number.isInteger(n) && n > 0);
const count = (value: unknown): number => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 0);

/**
 * The console's guest list (issue 19): the list with its filters, invitations and reminders, the
 * rank list, and one guest's page (fields, sessions, reply history). Every form posts to the
 * services the API uses (GuestsService, GuestInvitationsService), then redirects.
 */
@PageController('admin')
export class GuestPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly guests: GuestsService,
    private readonly invitations: GuestInvitationsService,
    private readonly access: GuestAccess,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  @Get('editions/:id/guests')
  @EditionPermission('manage_registrations')
  async list(@Param('id', EditionIdPipe) editionId: number, @Query() query: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    await this.renderList(page, editionId, query ?? {}, { notice: this.listNotice(page, query ?? {}) });
  }

  /** 「邀请所选嘉宾」 (the ticked ones) or 「邀请全部尚未邀请的嘉宾」 (`scope=all`). */
  @Post('editions/:id/guests/invite')
  @EditionPermission('manage_registrations')
  async invite(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const all = text(body?.scope) === 'all';
    const ids = numbers(body?.guestIds);
    if (!all && ids.length === 0) return this.renderList(page, editionId, {}, { inviteError: page.t('gc.noneSelected') }, 400);
    try {
      const sent = await this.invitations.invite(editionId, all ? undefined : ids, request.account!);
      return page.redirect(`/admin/editions/${editionId}/guests?done=invited&invited=${sent.invited}&emails=${sent.emails}&texts=${sent.texts}`);
    } catch (error) {
      const refused = formRefusal(error, page);
      return this.renderList(page, editionId, {}, { inviteError: refused.message }, refused.status);
    }
  }

  @Post('editions/:id/guests/remind')
  @EditionPermission('manage_registrations')
  async remind(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const reminded = await this.invitations.remindUnreplied(new Date(), editionId);
    return page.redirect(`/admin/editions/${editionId}/guests?done=reminded&reminded=${reminded}`);
  }

  @Get('editions/:id/guests/ranks')
  @EditionPermission('view')
  async ranks(@Param('id', EditionIdPipe) editionId: number, @Query('done') done: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const ranks = await this.guests.ranks(editionId);
    await this.renderRanks(page, editionId, { typed: ranks.map((r) => r.name).join('\n'), notice: done === 'saved' ? page.t('gc.ranksSaved') : null });
  }

  @Post('editions/:id/guests/ranks')
  @EditionPermission('edit_edition')
  async saveRanks(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const typed = text(body?.ranks);
    const names = typed
      .split(/\r?\n/)
      .map((n) => n.trim())
      .filter(Boolean);
    const { request: put, errors } = await asApiRequest(GuestRanksRequest, { ranks: names });
    if (Object.keys(errors).length) return this.renderRanks(page, editionId, { typed, errors: fieldErrors(errors, page) }, 400);
    try {
      await this.guests.setRanks(editionId, put.ranks, request.account!);
    } catch (error) {
      const refused = formRefusal(error, page);
      return this.renderRanks(page, editionId, { typed, errors: { ranks: refused.errors.ranks ?? refused.message } }, refused.status);
    }
    return page.redirect(`/admin/editions/${editionId}/guests/ranks?done=saved`);
  }

  @Get('guests/:id')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  async guest(@Param('id', IdParamPipe) id: number, @Query('done') done: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const notice = done === 'saved' ? page.t('gc.saved') : done === 'resent' ? page.t('gc.resentNotice') : null;
    await this.renderGuest(page, id, { notice });
  }

  @Post('guests/:id')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  async saveGuest(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const typed = Object.fromEntries(GUEST_FIELDS.map((f) => [f, text(body?.[f]).trim()])) as Record<(typeof GUEST_FIELDS)[number], string>;
    const sessionIds = numbers(body?.sessionIds);
    const needsRoom = text(body?.needsRoom) === 'yes';
    const { request: update, errors } = await asApiRequest(UpdateGuestRequest, {
      name: typed.name,
      organization: textOrNull(typed.organization),
      title: textOrNull(typed.title),
      rank: textOrNull(typed.rank),
      phone: textOrNull(typed.phone),
      email: textOrNull(typed.email),
      gender: textOrNull(typed.gender),
      category: typed.category,
      sessionIds,
      needsRoom,
    });
    const again = (errs: FieldErrors, message: string | null, status: number) => this.renderGuest(page, id, { typed: { ...typed, sessionIds, needsRoom }, errors: errs, message }, status);
    if (Object.keys(errors).length) return again(fieldErrors(errors, page), null, 400);
    try {
      await this.guests.update(id, update, request.account!);
    } catch (error) {
      const refused = formRefusal(error, page);
      return again(refused.errors, refused.message, refused.status);
    }
    return page.redirect(`/admin/guests/${id}?done=saved`);
  }

  @Post('guests/:id/invite')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  async resend(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const guest = await this.guests.get(id);
    await this.invitations.invite(guest.editionId, [id], request.account!);
    return page.redirect(`/admin/guests/${id}?done=resent`);
  }

  private listNotice(page: Page, query: Form): string | null {
    if (query.done === 'invited') return page.t('gc.invitedNotice', { invited: count(query.invited), emails: count(query.emails), texts: count(query.texts) });
    if (query.done === 'reminded') return page.t('gc.remindedNotice', { reminded: count(query.reminded) });
    if (query.done === 'imported') return page.t('gc.importedNotice', { created: count(query.created), updated: count(query.updated), unchanged: count(query.unchanged) });
    return null;
  }

  private async renderList(page: Page, editionId: number, query: Form, state: { notice?: string | null; inviteError?: string }, status = 200): Promise<void> {
    const edition = await this.editions.require(editionId);
    const filters = listFilters(query);
    const [all, ranks] = await Promise.all([this.guests.list(editionId, { category: filters.category || undefined, reply: filters.reply || undefined }), this.guests.ranks(editionId)]);
    const shown = filterAndPage(all, filters);
    const hasFilters = !!(filters.category || filters.reply || filters.rank || filters.q);
    await page.render(
      'guests/guests.hbs',
      page.t('gc.listTitle', { edition: page.pick(edition.titleZh, edition.titleEn) }),
      {
        ...this.editionModel(edition),
        sub: 'list',
        filters,
        hasFilters,
        categories: categoryOptions(filters.category, page.lang),
        replies: replyOptions(filters.reply, page.lang),
        ranks: ranks.map((r) => ({ value: String(r.id), label: r.name, selected: String(r.id) === filters.rank })),
        noRankSelected: filters.rank === 'none',
        guests: shown.items.map((g) => guestRow(g, page.lang)),
        total: shown.total,
        page: shown.page,
        pages: shown.pages,
        prevUrl: shown.page > 1 ? listUrl(editionId, { ...filters, page: shown.page - 1 }) : null,
        nextUrl: shown.page < shown.pages ? listUrl(editionId, { ...filters, page: shown.page + 1 }) : null,
        clearUrl: listUrl(editionId, {}),
        anyGuests: all.length > 0 || hasFilters,
        notice: state.notice ?? null,
        inviteError: state.inviteError ?? null,
      },
      { form: true, status },
    );
  }

  private async renderRanks(page: Page, editionId: number, state: { typed: string; errors?: FieldErrors; notice?: string | null }, status = 200): Promise<void> {
    const edition = await this.editions.require(editionId);
    const [ranks, guests] = await Promise.all([this.guests.ranks(editionId), this.guests.list(editionId)]);
    // How many guests hold each rank: those cannot be removed.
    const use = ranks.map((r) => ({ name: r.name, count: guests.filter((g) => g.rank?.id === r.id).length }));
    await page.render(
      'guests/guest-ranks.hbs',
      page.t('gc.ranksTitle', { edition: page.pick(edition.titleZh, edition.titleEn) }),
      { ...this.editionModel(edition), sub: 'ranks', typed: state.typed, use, errors: state.errors ?? {}, notice: state.notice ?? null },
      { form: true, status },
    );
  }

  private async renderGuest(
    page: Page,
    id: number,
    state: { typed?: Record<string, unknown> & { sessionIds: number[]; needsRoom: boolean }; errors?: FieldErrors; message?: string | null; notice?: string | null },
    status = 200,
  ): Promise<void> {
    const guest = await this.guests.get(id);
    const edition = await this.editions.require(guest.editionId);
    const [ranks, sessions, history] = await Promise.all([this.guests.ranks(edition.id), this.sessions.ofEdition(edition.id), this.audit.historyOf([{ entityType: 'guest', ids: [id] }])]);
    const typed = state.typed ?? {
      name: guest.name,
      organization: guest.organization ?? '',
      title: guest.title ?? '',
      rank: guest.rank?.name ?? '',
      phone: guest.phone ?? '',
      email: guest.email ?? '',
      gender: guest.gender ?? '',
      category: guest.category,
      sessionIds: guest.sessionIds,
      needsRoom: guest.needsRoom,
    };
    const zoned = (at: Date | string | null) => (at ? toZonedIso(new Date(at), edition.timeZone) : null);
    await page.render(
      'guests/guest.hbs',
      page.t('gc.guestTitle', { name: guest.name }),
      {
        ...this.editionModel(edition),
        sub: 'list',
        guest: guestRow(guest, page.lang),
        invitedAt: zoned(guest.invitedAt),
        repliedAt: zoned(guest.repliedAt),
        personalLink: await this.access.replyUrl(guest),
        typed,
        errors: state.errors ?? {},
        message: state.message ?? null,
        notice: state.notice ?? null,
        rankOptions: [{ value: '', label: page.t('gc.noRank'), selected: typed.rank === '' }, ...ranks.map((r) => ({ value: r.name, label: r.name, selected: r.name === typed.rank }))],
        genderOptions: [{ value: '', label: '—', selected: typed.gender === '' }, ...genderOptions(String(typed.gender), page.lang)],
        categoryOptions: categoryOptions(String(typed.category), page.lang),
        sessions: sessions.map((s) => ({ id: s.id, title: page.pick(s.titleZh, s.titleEn), startsAt: s.startsAt ? toZonedIso(s.startsAt, edition.timeZone) : null, checked: typed.sessionIds.includes(s.id) })),
        history: history
          .filter((e) => ['reply', 'approve_deputy', 'refuse_deputy', 'create'].includes(e.action))
          .reverse()
          .map((e) => {
            const after = (e.after ?? {}) as { reply?: keyof typeof GUEST_REPLY.labels; deputyName?: string | null };
            const what = e.action === 'reply' && after.reply ? `${GUEST_REPLY.labels[after.reply]?.[page.lang] ?? after.reply}${after.deputyName ? `（${after.deputyName}）` : ''}` : page.t(`gc.action.${e.action}`);
            return { at: zoned(e.at), who: e.accountEmail ?? page.t('gc.byGuest'), what };
          }),
      },
      { form: true, status },
    );
  }

  private editionModel(edition: Edition) {
    return { edition: { id: edition.id, title: edition.titleZh, titleEn: edition.titleEn }, section: 'guests' };
  }
}
