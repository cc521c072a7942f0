import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { errorCode } from '../common/transient-failure';
import { JobLease } from './entities/job-lease.entity';

/**
 * The only code that reads and writes job_lease; other modules call this, never the entities.
 * Every method is one statement on its own, outside any transaction (see JobLeases).
 */
@Injectable()
export class JobLeaseStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The row must exist before it can be taken with a conditional UPDATE; creating it twice is a no-op. */
  async ensure(name: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(JobLease)
      .values({ name, holder: null, expiresAt: new Date(0), lastRunAt: null, runCount: 0 })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  /** Takes the lease for `holder` until `expiresAt` if it is free (expired or never held); false when another holds it. */
  async take(name: string, holder: string, takenAt: Date, expiresAt: Date): Promise<boolean> {
    try {
      const taken = await this.dataSource
        .createQueryBuilder()
        .update(JobLease)
        .set({ holder, expiresAt, runCount: () => 'run_count + 1', lastRunAt: takenAt })
        .where('name = :name AND (expires_at < :now OR holder IS NULL)', { name, now: takenAt })
        .execute();
      return taken.affected === 1;
    } catch (error) {
      // On a Galera cluster two nodes may both find the lease free; certification lets one
      // commit and rolls the other back with a deadlock (after its own automatic retry, which
      // finds the lease held). The loser did not take it: that is an answer, not a failure.
      if (errorCode(error) === 'ER_LOCK_DEADLOCK') return false;
      throw error;
    }
  }

  /** Moves the end of `holder`'s lease; a lease another holder took meanwhile is left alone. */
  async holdUntil(name: string, holder: string, expiresAt: Date): Promise<void> {
    await this.dataSource.createQueryBuilder().update(JobLease).set({ expiresAt }).where('name = :name AND holder = :holder', { name, holder }).execute();
  }
}
