import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission } from '../../common/access/access.decorators';
import { SESSION_PARAM } from '../../common/access/permission-target';
import type { AuthenticatedAccount } from '../../auth/authenticated-account';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { ConflictsService } from '../../conflicts/conflicts.service';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { EditionsService } from '../../editions/editions.service';
import { RoomsService } from '../../rooms/rooms.service';
import { CreateSessionRequest, UpdateSessionRequest } from '../../sessions/dto/session-write.dto';
import { SessionsService } from '../../sessions/sessions.service';
import { AddSessionSpeakerRequest, SpeakerQuery } from '../../speakers/dto/speaker.dto';
import { SPEAKER_ROLES } from '../../speakers/speaker-role';
import { SpeakersService } from '../../speakers/speakers.service';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';
import { FormErrors, formRows, FormValues, refusal, textOf } from './console-fields';
import { CONFLICT_FIELDS, sessionFields, sessionRequest, sessionValues, typedSession } from './session-form';

type Form = Record<string, unknown>;
const NOTICES = new Set(['created', 'saved', 'speakerAdded', 'speakerRemoved']);

/** A session's form (every field, both languages), its speakers, and deleting it: the board's script-free counterpart. */
@PageController('admin')
export class SessionPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly editions: EditionsService,
    private readonly sessions: SessionsService,
    private readonly rooms: RoomsService,
    private readonly speakers: SpeakersService,
    private readonly conflicts: ConflictsService,
  ) {}

  @Get('editions/:id/sessions/new')
  @EditionPermission('edit_schedule')
  async newForm(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    await this.renderNew(this.pages.page(request, reply), editionId, viewer, { kind: 'sub_forum', status: 'scheduled' }, {}, null, 200);
  }

  @Post('editions/:id/sessions')
  @EditionPermission('edit_schedule')
  async create(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ id: editionId }, actor);
    const typed = typedSession(body);
    const { request: create, errors } = await asApiRequest(CreateSessionRequest, sessionRequest(typed, edition.timeZone));
    if (Object.keys(errors).length > 0) return this.renderNew(page, editionId, actor, typed, errors, page.t('console.checkFields'), 400);
    try {
      const { session } = await this.sessions.create(editionId, create, actor);
      return page.redirect(`/admin/sessions/${session.id}/edit?notice=created`);
    } catch (error) {
      const refused = refusal(error, page.lang, CONFLICT_FIELDS);
      if (!refused) throw error;
      await this.renderNew(page, editionId, actor, typed, refused.errors, refused.message, 409);
    }
  }

  @Get('sessions/:id/edit')
  @EditionPermission('view', SESSION_PARAM)
  async editForm(@Param('id', IdParamPipe) id: number, @Query('q') q: unknown, @Query('notice') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const session = await this.sessions.findOne(id);
    const noticeKey = typeof notice === 'string' && NOTICES.has(notice) ? `console.notice.${notice}` : null;
    await this.renderEdit(page, id, viewer, sessionValues(session), {}, null, 200, { query: textOf(q).trim(), notice: noticeKey ? page.t(noticeKey) : null });
  }

  @Post('sessions/:id')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async update(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const existing = await this.sessions.findOne(id);
    const edition = await this.editions.findOne({ id: existing.editionId }, actor);
    const typed = typedSession(body);
    const { request: update, errors } = await asApiRequest(UpdateSessionRequest, sessionRequest(typed, edition.timeZone));
    if (Object.keys(errors).length > 0) return this.renderEdit(page, id, actor, typed, errors, page.t('console.checkFields'), 400);
    try {
      await this.sessions.update(id, update, actor);
      return page.redirect(`/admin/sessions/${id}/edit?notice=saved`);
    } catch (error) {
      const refused = refusal(error, page.lang, CONFLICT_FIELDS);
      if (!refused) throw error;
      await this.renderEdit(page, id, actor, typed, refused.errors, refused.message, 409);
    }
  }

  @Post('sessions/:id/delete')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async remove(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const session = await this.sessions.findOne(id);
    try {
      await this.sessions.remove(id, actor);
      return page.redirect(`/admin/editions/${session.editionId}/board`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      await this.renderEdit(page, id, actor, sessionValues(session), {}, refused.message, 409);
    }
  }

  @Post('sessions/:id/speakers')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async addSpeaker(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const { request: add, errors } = await asApiRequest(AddSessionSpeakerRequest, { speakerId: Number(textOf(body?.speakerId)), role: textOf(body?.role) || undefined });
    const session = await this.sessions.findOne(id);
    if (Object.keys(errors).length > 0) return this.renderEdit(page, id, actor, sessionValues(session), {}, Object.values(errors).map(String).join('；'), 400);
    try {
      await this.speakers.addToSession(id, add, actor);
      return page.redirect(`/admin/sessions/${id}/edit?notice=speakerAdded#speakers-heading`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      await this.renderEdit(page, id, actor, sessionValues(session), {}, refused.message, 409);
    }
  }

  @Post('sessions/:id/speakers/:speakerId/remove')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async removeSpeaker(@Param('id', IdParamPipe) id: number, @Param('speakerId', IdParamPipe) speakerId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    await this.speakers.removeFromSession(id, speakerId, actor);
    await this.pages.page(request, reply).redirect(`/admin/sessions/${id}/edit?notice=speakerRemoved#speakers-heading`);
  }

  private async renderNew(page: Page, editionId: number, viewer: AuthenticatedAccount, values: FormValues, errors: FormErrors, formError: string | null, status: number) {
    const edition = await this.editions.findOne({ id: editionId }, viewer);
    const rooms = await this.rooms.list(editionId);
    await page.render(
      'board/session-form.hbs',
      page.t('console.newSession'),
      { edition, section: 'board', heading: page.t('console.newSession'), action: `/admin/editions/${editionId}/sessions`, rows: formRows(sessionFields(rooms, edition.timeZone), values, errors), formError, isNew: true },
      { status, form: true },
    );
  }

  private async renderEdit(page: Page, id: number, viewer: AuthenticatedAccount, values: FormValues, errors: FormErrors, formError: string | null, status: number, extra: { query?: string; notice?: string | null } = {}) {
    const session = await this.sessions.findOne(id);
    const edition = await this.editions.findOne({ id: session.editionId }, viewer);
    const [rooms, conflicts] = await Promise.all([this.rooms.list(edition.id), this.conflicts.forEdition(edition.id)]);
    const own = [...conflicts.errors, ...conflicts.warnings].filter((c) => c.sessionId === id || c.otherSessionId === id);
    const onSession = new Set(session.speakers.map((s) => s.speakerId));
    const found = extra.query ? (await this.speakers.search({ q: extra.query, offset: 0, limit: 20 } as SpeakerQuery)).items.filter((s) => !onSession.has(s.id)) : [];
    await page.render(
      'board/session-form.hbs',
      page.pick(session.title, session.titleEn),
      {
        edition,
        section: 'board',
        session,
        heading: page.pick(session.title, session.titleEn),
        action: `/admin/sessions/${id}`,
        rows: formRows(sessionFields(rooms, edition.timeZone), values, errors),
        formError,
        notice: extra.notice ?? null,
        conflicts: own,
        query: extra.query ?? '',
        found,
        searched: Boolean(extra.query),
        speakerRoles: SPEAKER_ROLES,
      },
      { status, form: true },
    );
  }
}
