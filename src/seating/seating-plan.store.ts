import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { SeatingPlan } from './entities/seating-plan.entity';

export type { SeatingPlan } from './entities/seating-plan.entity';
export type SeatingPlanValues = Pick<SeatingPlan, 'convention' | 'rows' | 'guestIds' | 'pins'>;

/** The only code that reads and writes seating_plan. */
@Injectable()
export class SeatingPlanStore {
  constructor(private readonly dataSource: DataSource) {}

  ofSession(sessionId: number, tx: Tx = this.dataSource.manager): Promise<SeatingPlan | null> {
    return tx.findOneBy(SeatingPlan, { sessionId });
  }

  /** Creates or replaces the session's plan. */
  async save(sessionId: number, values: SeatingPlanValues, tx: Tx): Promise<SeatingPlan> {
    const existing = await this.ofSession(sessionId, tx);
    if (existing) await tx.update(SeatingPlan, { id: existing.id }, values);
    else await tx.insert(SeatingPlan, { sessionId, ...values });
    return (await this.ofSession(sessionId, tx))!;
  }
}
