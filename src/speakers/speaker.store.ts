import { Injectable, NotFoundException } from '@nestjs/common';
import { Brackets, DataSource, In } from 'typeorm';
import { containsPattern } from '../common/like-pattern';
import type { Tx } from '../database/transactions';
import type { EditionWithBrand } from '../editions/edition.store';
import type { Organization } from '../organizations/organization.store';
import type { SessionInEdition } from '../sessions/session.store';
import { SessionSpeaker } from './entities/session-speaker.entity';
import { Speaker } from './entities/speaker.entity';
import { SPEAKER_MESSAGES } from './speaker-messages';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { SessionSpeaker } from './entities/session-speaker.entity';


/** The only code that reads and writes speaker and session_speaker; other modules call this, never the entities. */
@Injectable()
export class SpeakerStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Speakers whose Chinese or English name contains `q` (all when absent), by id, and how many match. */
  search(q: string | undefined, offset: number, limit: number): Promise<[Speaker[], number]> {
    const qb = this.dataSource.manager.createQueryBuilder(Speaker, 's').orderBy('s.id', 'ASC');
    if (q) {
      const pattern = containsPattern(q);
      qb.where(new Brackets((w) => w.where("s.name_zh LIKE :pattern ESCAPE '!'", { pattern }).orWhere("s.name_en LIKE :pattern ESCAPE '!'", { pattern })));
    }
    return qb.skip(offset).take(limit).getManyAndCount();
  }

  /** The speaker, or 404; with `field`, the 404 names the request field that pointed at it. */
  async require(id: number, field?: string, tx: Tx = this.dataSource.manager): Promise<Speaker> {
    const speaker = await tx.findOne(Speaker, { where: { id } });
    if (!speaker) {
      throw new NotFoundException({ message: SPEAKER_MESSAGES.notFound({ id }), ...(field ? { errors: { [field]: SPEAKER_MESSAGES.noSuchSpeaker() } } : {}) });
    }
    return speaker;
  }

  save(speaker: Partial<Speaker>, tx: Tx): Promise<Speaker> {
    return tx.save(Speaker, speaker) as Promise<Speaker>;
  }

  async delete(id: number, tx: Tx): Promise<void> {
    await tx.delete(Speaker, { id });
  }

  countOfOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(Speaker, { organizationId });
  }

  /** A merge: the duplicate organization's speakers now belong to the kept one. */
  async moveToOrganization(fromOrganizationId: number, toOrganizationId: number, tx: Tx): Promise<void> {
    await tx.update(Speaker, { organizationId: fromOrganizationId }, { organizationId: toOrganizationId });
  }

  // Appearances (session_speaker)
  /** The speaker on the session, or 404 `Speaker … is not on session …`. */
  async requireAppearance(sessionId: number, speakerId: number, tx: Tx = this.dataSource.manager): Promise<SessionSpeaker> {
    const appearance = await tx.findOne(SessionSpeaker, { where: { sessionId, speakerId } });
    if (!appearance) throw new NotFoundException({ message: SPEAKER_MESSAGES.notOnSession({ speakerId, sessionId }) });
    return appearance;
  }

  isOnSession(sessionId: number, speakerId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(SessionSpeaker, { sessionId, speakerId });
  }

  countOnSession(sessionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(SessionSpeaker, { sessionId });
  }

  countAppearances(speakerId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(SessionSpeaker, { speakerId });
  }

  async addAppearance(appearance: Pick<SessionSpeaker, 'sessionId' | 'speakerId' | 'role' | 'displayOrder'>, tx: Tx): Promise<void> {
    await tx.insert(SessionSpeaker, appearance);
  }

  async saveAppearance(appearance: SessionSpeaker, tx: Tx): Promise<void> {
    await tx.save(SessionSpeaker, appearance);
  }

  async removeAppearance(id: number, tx: Tx): Promise<void> {
    await tx.delete(SessionSpeaker, { id });
  }

  /** The ids of the speakers on these sessions, each once. */
  async speakerIdsOn(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<number[]> {
    if (sessionIds.length === 0) return [];
    const rows = await tx.find(SessionSpeaker, { where: { sessionId: In(sessionIds) } });
    return [...new Set(rows.map((a) => a.speakerId))];
  }

  /** Scheduled sessions, in any edition, where one of these speakers appears within the window. */
  async appearancesDuring(speakerIds: number[], window: { startsAt: Date; endsAt: Date }, tx: Tx = this.dataSource.manager): Promise<{ speakerId: number; speaker: Speaker & { organization: Organization | null }; session: SessionInEdition }[]> {
    if (speakerIds.length === 0) return [];
    // With the speaker, their organization and the session's edition: warnings name them all.
    // Session, edition and organization are other modules' rows, mapped by their entity names.
    const rows = (await tx
      .createQueryBuilder(SessionSpeaker, 'a')
      .innerJoinAndMapOne('a.session', 'Session', 's', 's.id = a.session_id')
      .innerJoinAndMapOne('s.edition', 'Edition', 'e', 'e.id = s.edition_id')
      .innerJoinAndSelect('a.speaker', 'sp')
      .leftJoinAndMapOne('sp.organization', 'Organization', 'o', 'o.id = sp.organization_id')
      .where('a.speaker_id IN (:...speakerIds)', { speakerIds })
      .andWhere("s.status = 'scheduled'")
      .andWhere(new Brackets((w) => w.where('s.starts_at < :endsAt AND s.ends_at > :startsAt', window)))
      .getMany()) as Array<SessionSpeaker & { speaker: Speaker & { organization: Organization | null }; session: SessionInEdition }>;
    return rows.map((a) => ({ speakerId: a.speakerId, speaker: a.speaker, session: a.session }));
  }

  /** Every appearance of one speaker, in any edition of any brand, with the session, its edition and brand, by start. */
  appearancesOf(speakerId: number, tx: Tx = this.dataSource.manager): Promise<Array<SessionSpeaker & { session: SessionInEdition & { edition: EditionWithBrand } }>> {
    return tx
      .createQueryBuilder(SessionSpeaker, 'a')
      .innerJoinAndMapOne('a.session', 'Session', 's', 's.id = a.session_id')
      .innerJoinAndMapOne('s.edition', 'Edition', 'e', 'e.id = s.edition_id')
      .innerJoinAndMapOne('e.brand', 'Brand', 'b', 'b.id = e.brand_id')
      .where('a.speaker_id = :speakerId', { speakerId })
      .orderBy('e.start_date', 'DESC')
      .addOrderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany() as Promise<Array<SessionSpeaker & { session: SessionInEdition & { edition: EditionWithBrand } }>>;
  }

  /** The appearances in these sessions, with their speaker, in printed order. */
  appearancesIn(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<SessionSpeaker[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return tx.find(SessionSpeaker, { where: { sessionId: In(sessionIds) }, relations: { speaker: true }, order: { displayOrder: 'ASC', id: 'ASC' } });
  }

  countAppearancesIn(sessionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(SessionSpeaker, { sessionId });
  }
}
