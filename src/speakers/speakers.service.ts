import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Paged } from '../common/paged';
import { assertUnreferenced } from '../common/references';
import { ScheduleConflicts } from '../conflicts/schedule-conflicts';
import { Transactions, type Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { OrganizationStore } from '../organizations/organization.store';
import { SessionWriteResult } from '../sessions/dto/session-write-result.dto';
import type { Session } from '../sessions/session.store';
import { SessionStore } from '../sessions/session.store';
import { toZonedIso } from '../common/zoned-dates';
import { SpeakerAppearanceDto } from './dto/speaker-appearance.dto';
import { AddSessionSpeakerRequest, CreateSpeakerRequest, SpeakerDto, SpeakerQuery, UpdateSessionSpeakerRequest, UpdateSpeakerRequest } from './dto/speaker.dto';
import type { Speaker } from './entities/speaker.entity';
import { SpeakerStore } from './speaker.store';
import { SPEAKER_MESSAGES } from './speaker-messages';
import { fieldsRefused } from '../common/i18n/field-labels';
import { REFERENCE_MESSAGES } from '../common/i18n/reference-messages';

@Injectable()
export class SpeakersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly speakers: SpeakerStore,
    private readonly sessions: SessionStore,
    private readonly editions: EditionStore,
    private readonly organizations: OrganizationStore,
    private readonly conflicts: ScheduleConflicts,
    private readonly audit: AuditService,
  ) {}

  async search(query: SpeakerQuery): Promise<Paged<SpeakerDto>> {
    const [speakers, total] = await this.speakers.search(query.q, query.offset, query.limit);
    return { items: speakers.map((s) => SpeakerDto.from(s)), total };
  }

  async findOne(id: number): Promise<SpeakerDto> {
    return SpeakerDto.from(await this.speakers.require(id));
  }

  /**
   * Every session the speaker is on, in every edition of every brand, newest edition first; each
   * names the speaker's other scheduled sessions it overlaps (the same instant in any zone).
   */
  async appearancesOf(id: number): Promise<SpeakerAppearanceDto[]> {
    await this.speakers.require(id);
    const rows = await this.speakers.appearancesOf(id);
    const timed = rows.filter((a) => a.session.status === 'scheduled' && a.session.startsAt && a.session.endsAt);
    return rows.map(({ session: s, role }) => ({
      sessionId: s.id,
      title: s.titleZh,
      titleEn: s.titleEn,
      kind: s.kind,
      status: s.status,
      role,
      startsAt: s.startsAt ? toZonedIso(s.startsAt, s.edition.timeZone) : null,
      endsAt: s.endsAt ? toZonedIso(s.endsAt, s.edition.timeZone) : null,
      editionId: s.editionId,
      editionTitle: s.edition.titleZh,
      editionTitleEn: s.edition.titleEn,
      brandSlug: s.edition.brand.slug,
      brandName: s.edition.brand.nameZh,
      brandNameEn: s.edition.brand.nameEn,
      overlapsWith:
        s.status !== 'scheduled' || !s.startsAt || !s.endsAt ? []
        : timed.filter((o) => o.session.id !== s.id && o.session.startsAt! < s.endsAt! && o.session.endsAt! > s.startsAt!).map((o) => o.session.id),
    }));
  }

  async create(request: CreateSpeakerRequest, actor: AuthenticatedAccount): Promise<SpeakerDto> {
    return this.transactions.run(async (tx) => {
      const speaker = { organizationId: null } as Speaker;
      await this.apply(tx, speaker, request);
      await this.speakers.save(speaker, tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'speaker', entityId: speaker.id, after: SpeakerDto.from(speaker) });
      return SpeakerDto.from(speaker);
    });
  }

  async update(id: number, request: UpdateSpeakerRequest, actor: AuthenticatedAccount): Promise<SpeakerDto> {
    return this.transactions.run(async (tx) => {
      const speaker = await this.speakers.require(id, undefined, tx);
      const before = SpeakerDto.from(speaker);
      await this.apply(tx, speaker, request);
      await this.speakers.save(speaker, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'speaker', entityId: id, before, after: SpeakerDto.from(speaker) });
      return SpeakerDto.from(speaker);
    });
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const speaker = await this.speakers.require(id, undefined, tx);
      assertUnreferenced(REFERENCE_MESSAGES.speaker({ id }), [{ what: 'speakerAppearances', count: await this.speakers.countAppearances(id, tx) }]);
      await this.speakers.delete(id, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'speaker', entityId: id, before: SpeakerDto.from(speaker) });
    });
  }

  /** Puts a speaker on a session; a speaker due elsewhere at the same time is a warning, not a refusal. */
  async addToSession(sessionId: number, request: AddSessionSpeakerRequest, actor: AuthenticatedAccount): Promise<SessionWriteResult> {
    return this.transactions.run(async (tx) => {
      const session = await this.requireSession(tx, sessionId);
      const edition = await this.editions.lock(session.editionId, tx);
      await this.speakers.require(request.speakerId, 'speakerId', tx);
      if (await this.speakers.isOnSession(sessionId, request.speakerId, tx)) {
        throw new ConflictException({ message: SPEAKER_MESSAGES.alreadyOnSession({ speakerId: request.speakerId, sessionId }), errors: { speakerId: SPEAKER_MESSAGES.alreadyOnThisSession() } });
      }
      const displayOrder = request.displayOrder ?? (await this.speakers.countOnSession(sessionId, tx)) + 1;
      await this.speakers.addAppearance({ sessionId, speakerId: request.speakerId, role: request.role ?? 'speaker', displayOrder }, tx);
      const [view] = await this.sessions.views({ ids: [sessionId] }, edition.timeZone, tx);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: 'session_speaker',
        entityId: sessionId,
        editionId: edition.id,
        after: { sessionId, speakerId: request.speakerId, role: request.role ?? 'speaker', displayOrder },
      });
      return { session: view, warnings: await this.conflicts.warningsFor(tx, sessionId) };
    });
  }

  async updateOnSession(sessionId: number, speakerId: number, request: UpdateSessionSpeakerRequest, actor: AuthenticatedAccount): Promise<SessionWriteResult> {
    return this.transactions.run(async (tx) => {
      const appearance = await this.speakers.requireAppearance(sessionId, speakerId, tx);
      const session = await this.requireSession(tx, sessionId);
      const edition = await this.editions.lock(session.editionId, tx);
      const before = { ...appearance };
      if (request.role !== undefined) appearance.role = request.role;
      if (request.displayOrder !== undefined) appearance.displayOrder = request.displayOrder;
      await this.speakers.saveAppearance(appearance, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'session_speaker', entityId: sessionId, editionId: edition.id, before, after: appearance });
      const [view] = await this.sessions.views({ ids: [sessionId] }, edition.timeZone, tx);
      return { session: view, warnings: await this.conflicts.warningsFor(tx, sessionId) };
    });
  }

  async removeFromSession(sessionId: number, speakerId: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const appearance = await this.speakers.requireAppearance(sessionId, speakerId, tx);
      const session = await this.requireSession(tx, sessionId);
      await this.speakers.removeAppearance(appearance.id, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'session_speaker', entityId: sessionId, editionId: session.editionId, before: appearance });
    });
  }

  private async apply(tx: Tx, speaker: Speaker, request: UpdateSpeakerRequest): Promise<void> {
    if (request.name !== undefined) speaker.nameZh = request.name;
    if (request.nameEn !== undefined) speaker.nameEn = request.nameEn;
    if (request.title !== undefined) speaker.titleZh = request.title;
    if (request.titleEn !== undefined) speaker.titleEn = request.titleEn;
    if (request.affiliation !== undefined) speaker.affiliationZh = request.affiliation;
    if (request.affiliationEn !== undefined) speaker.affiliationEn = request.affiliationEn;
    if (request.bio !== undefined) speaker.bioZh = request.bio;
    if (request.bioEn !== undefined) speaker.bioEn = request.bioEn;
    if (request.organizationId !== undefined) {
      if (request.organizationId !== null && !(await this.organizations.exists(request.organizationId, tx))) {
        throw new BadRequestException({ message: fieldsRefused({ organizationId: SPEAKER_MESSAGES.noOrganization({ id: request.organizationId }) }), errors: { organizationId: SPEAKER_MESSAGES.noOrganization({ id: request.organizationId }) } });
      }
      speaker.organizationId = request.organizationId;
    }
  }

  private async requireSession(tx: Tx, id: number): Promise<Session> {
    const session = await this.sessions.find(id, tx);
    if (!session) throw new NotFoundException({ message: SPEAKER_MESSAGES.sessionNotFound({ id }) });
    return session;
  }
}
