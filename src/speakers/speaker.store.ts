import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import { SessionSpeaker } from './entities/session-speaker.entity';

/** The only code that reads and writes speaker and session_speaker; other modules call this, never the entities. */
@Injectable()
export class SpeakerStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for seats
  /** The appearances in these sessions, with their speaker, in printed order. */
  appearancesIn(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<SessionSpeaker[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return tx.find(SessionSpeaker, { where: { sessionId: In(sessionIds) }, relations: { speaker: true }, order: { displayOrder: 'ASC', id: 'ASC' } });
  }

  countAppearancesIn(sessionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(SessionSpeaker, { sessionId });
  }
}
