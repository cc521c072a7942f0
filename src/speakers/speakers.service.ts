import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { containsPattern } from '../common/like-pattern';
import { Page } from '../common/pagination';
import { assertUnreferenced } from '../common/references';
import { ScheduleConflicts } from '../conflicts/schedule-conflicts';
import { lockEdition } from '../editions/edition-lock';
import { Organization } from '../organizations/entities/organization.entity';
import { SessionWriteResult } from '../sessions/dto/session-write-result.dto';
import { Session } from '../sessions/entities/session.entity';
import { loadSessionViews } from '../sessions/session-views';
import { AddSessionSpeakerRequest, CreateSpeakerRequest, SpeakerDto, SpeakerQuery, UpdateSessionSpeakerRequest, UpdateSpeakerRequest } from './dto/speaker.dto';
import { SessionSpeaker } from './entities/session-speaker.entity';
import { Speaker } from './entities/speaker.entity';

@Injectable()
export class SpeakersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conflicts: ScheduleConflicts,
    private readonly audit: AuditService,
  ) {}

  async search(query: SpeakerQuery): Promise<Page<SpeakerDto>> {
    const qb = this.dataSource.manager.createQueryBuilder(Speaker, 's').orderBy('s.id', 'ASC');
    if (query.q) {
      const pattern = containsPattern(query.q);
      qb.where(new Brackets((w) => w.where("s.name_zh LIKE :pattern ESCAPE '!'", { pattern }).orWhere("s.name_en LIKE :pattern ESCAPE '!'", { pattern })));
    }
    const [speakers, total] = await qb.skip(query.offset).take(query.limit).getManyAndCount();
    return { items: speakers.map((s) => SpeakerDto.from(s)), total };
  }

  async findOne(id: number): Promise<SpeakerDto> {
    return SpeakerDto.from(await this.load(this.dataSource.manager, id));
  }

  async create(request: CreateSpeakerRequest, actor: AuthenticatedAccount): Promise<SpeakerDto> {
    return this.dataSource.transaction(async (manager) => {
      const speaker = manager.create(Speaker, { organizationId: null });
      await this.apply(manager, speaker, request);
      await manager.save(speaker);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'speaker', entityId: speaker.id, after: SpeakerDto.from(speaker) });
      return SpeakerDto.from(speaker);
    });
  }

  async update(id: number, request: UpdateSpeakerRequest, actor: AuthenticatedAccount): Promise<SpeakerDto> {
    return this.dataSource.transaction(async (manager) => {
      const speaker = await this.load(manager, id);
      const before = SpeakerDto.from(speaker);
      await this.apply(manager, speaker, request);
      await manager.save(speaker);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'speaker', entityId: id, before, after: SpeakerDto.from(speaker) });
      return SpeakerDto.from(speaker);
    });
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const speaker = await this.load(manager, id);
      assertUnreferenced(`speaker ${id}`, [{ what: 'session appearances', count: await manager.countBy(SessionSpeaker, { speakerId: id }) }]);
      await manager.delete(Speaker, { id });
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'speaker', entityId: id, before: SpeakerDto.from(speaker) });
    });
  }

  /** Puts a speaker on a session; a speaker due elsewhere at the same time is a warning, not a refusal. */
  async addToSession(sessionId: number, request: AddSessionSpeakerRequest, actor: AuthenticatedAccount): Promise<SessionWriteResult> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.loadSession(manager, sessionId);
      const edition = await lockEdition(manager, session.editionId);
      await this.load(manager, request.speakerId, 'speakerId');
      if (await manager.existsBy(SessionSpeaker, { sessionId, speakerId: request.speakerId })) {
        throw new ConflictException({ message: `Speaker ${request.speakerId} is already on session ${sessionId}`, errors: { speakerId: 'already on this session' } });
      }
      const displayOrder = request.displayOrder ?? (await manager.countBy(SessionSpeaker, { sessionId })) + 1;
      await manager.insert(SessionSpeaker, { sessionId, speakerId: request.speakerId, role: request.role ?? 'speaker', displayOrder });
      const [view] = await loadSessionViews(manager, { ids: [sessionId] }, edition.timeZone);
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'session_speaker',
        entityId: sessionId,
        editionId: edition.id,
        after: { sessionId, speakerId: request.speakerId, role: request.role ?? 'speaker', displayOrder },
      });
      return { session: view, warnings: await this.conflicts.warningsFor(manager, sessionId) };
    });
  }

  async updateOnSession(sessionId: number, speakerId: number, request: UpdateSessionSpeakerRequest, actor: AuthenticatedAccount): Promise<SessionWriteResult> {
    return this.dataSource.transaction(async (manager) => {
      const appearance = await this.loadAppearance(manager, sessionId, speakerId);
      const session = await this.loadSession(manager, sessionId);
      const edition = await lockEdition(manager, session.editionId);
      const before = { ...appearance };
      if (request.role !== undefined) appearance.role = request.role;
      if (request.displayOrder !== undefined) appearance.displayOrder = request.displayOrder;
      await manager.save(appearance);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'session_speaker', entityId: sessionId, editionId: edition.id, before, after: appearance });
      const [view] = await loadSessionViews(manager, { ids: [sessionId] }, edition.timeZone);
      return { session: view, warnings: await this.conflicts.warningsFor(manager, sessionId) };
    });
  }

  async removeFromSession(sessionId: number, speakerId: number, actor: AuthenticatedAccount): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const appearance = await this.loadAppearance(manager, sessionId, speakerId);
      const session = await this.loadSession(manager, sessionId);
      await manager.delete(SessionSpeaker, { id: appearance.id });
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'session_speaker', entityId: sessionId, editionId: session.editionId, before: appearance });
    });
  }

  private async apply(manager: EntityManager, speaker: Speaker, request: UpdateSpeakerRequest): Promise<void> {
    if (request.name !== undefined) speaker.nameZh = request.name;
    if (request.nameEn !== undefined) speaker.nameEn = request.nameEn;
    if (request.title !== undefined) speaker.titleZh = request.title;
    if (request.titleEn !== undefined) speaker.titleEn = request.titleEn;
    if (request.affiliation !== undefined) speaker.affiliationZh = request.affiliation;
    if (request.affiliationEn !== undefined) speaker.affiliationEn = request.affiliationEn;
    if (request.bio !== undefined) speaker.bioZh = request.bio;
    if (request.bioEn !== undefined) speaker.bioEn = request.bioEn;
    if (request.organizationId !== undefined) {
      if (request.organizationId !== null && !(await manager.existsBy(Organization, { id: request.organizationId }))) {
        throw new BadRequestException({ message: 'Invalid organizationId', errors: { organizationId: `no organization with id ${request.organizationId}` } });
      }
      speaker.organizationId = request.organizationId;
    }
  }

  private async load(manager: EntityManager, id: number, field?: string): Promise<Speaker> {
    const speaker = await manager.findOne(Speaker, { where: { id } });
    if (!speaker) {
      throw new NotFoundException(field ? { message: `No speaker with id ${id}`, errors: { [field]: 'no such speaker' } } : `No speaker with id ${id}`);
    }
    return speaker;
  }

  private async loadSession(manager: EntityManager, id: number): Promise<Session> {
    const session = await manager.findOne(Session, { where: { id } });
    if (!session) throw new NotFoundException(`No session with id ${id}`);
    return session;
  }

  private async loadAppearance(manager: EntityManager, sessionId: number, speakerId: number): Promise<SessionSpeaker> {
    const appearance = await manager.findOne(SessionSpeaker, { where: { sessionId, speakerId } });
    if (!appearance) throw new NotFoundException(`Speaker ${speakerId} is not on session ${sessionId}`);
    return appearance;
  }
}
