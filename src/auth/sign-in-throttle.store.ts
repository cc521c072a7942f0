import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SignInThrottle } from './entities/sign-in-throttle.entity';

/**
 * The only code that reads and writes sign_in_throttle. Each method is one statement outside any
 * transaction: a reservation is a conditional UPDATE, atomic on both engines (and certified as one
 * write on a Galera cluster), so two servers never both hold it.
 */
@Injectable()
export class SignInThrottleStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The rows must exist before they can be reserved with a conditional UPDATE; creating one twice is a no-op. */
  async ensure(subjectKeys: string[]): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SignInThrottle)
      .values(subjectKeys.map((subjectKey) => ({ subjectKey, failures: 0, knownAddress: false })))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  async find(subjectKeys: string[]): Promise<Map<string, SignInThrottle>> {
    const rows = await this.dataSource.getRepository(SignInThrottle).createQueryBuilder('t').where('t.subject_key IN (:...subjectKeys)', { subjectKeys }).getMany();
    return new Map(rows.map((row) => [row.subjectKey, row]));
  }

  /**
   * Reserves the subject for one verification if nobody holds it and it is not blocked (or the
   * block does not apply: `ignoreBlock`); false when it is held or blocked.
   */
  async reserve(subjectKey: string, holder: string, now: Date, until: Date, ignoreBlock = false): Promise<boolean> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(SignInThrottle)
      .set({ reservedBy: holder, reservedUntil: until })
      .where('subject_key = :subjectKey', { subjectKey })
      .andWhere('(reserved_by IS NULL OR reserved_until < :now)', { now });
    if (!ignoreBlock) query.andWhere('(blocked_until IS NULL OR blocked_until <= :now)', { now });
    return (await query.execute()).affected === 1;
  }

  /** Ends `holder`'s reservation; one that expired and was taken by another attempt is left alone. */
  async release(subjectKey: string, holder: string): Promise<void> {
    await this.dataSource.createQueryBuilder().update(SignInThrottle).set({ reservedBy: null, reservedUntil: null }).where('subject_key = :subjectKey AND reserved_by = :holder', { subjectKey, holder }).execute();
  }

  /** Adds a failure and returns the new streak (the row's count after this statement and any racing one). */
  async addFailure(subjectKey: string, now: Date, streakForgottenBefore: Date): Promise<number> {
    await this.dataSource
      .createQueryBuilder()
      .update(SignInThrottle)
      // A streak whose last failure is long past starts again at one.
      .set({ failures: () => 'CASE WHEN last_failure_at IS NULL OR last_failure_at < :forgotten THEN 1 ELSE failures + 1 END', lastFailureAt: now })
      .where('subject_key = :subjectKey', { subjectKey })
      .setParameter('forgotten', streakForgottenBefore)
      .execute();
    const row = await this.dataSource.getRepository(SignInThrottle).findOneBy({ subjectKey });
    return row?.failures ?? 1;
  }

  /** Moves the block forward only: two racing failures never shorten each other's delay. */
  async blockUntil(subjectKey: string, until: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(SignInThrottle)
      .set({ blockedUntil: until })
      .where('subject_key = :subjectKey AND (blocked_until IS NULL OR blocked_until < :until)', { subjectKey, until })
      .execute();
  }

  /** A success clears the streak; for a pair, it also marks the address as one the account uses. */
  async clear(subjectKey: string, knownAddress: boolean): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(SignInThrottle)
      .set({ failures: 0, blockedUntil: null, lastFailureAt: null, ...(knownAddress ? { knownAddress: true } : {}) })
      .where('subject_key = :subjectKey', { subjectKey })
      .execute();
  }

  /** Forgets subjects untouched since `before`, except the addresses accounts are known to use. */
  async purge(before: Date): Promise<void> {
    await this.dataSource.createQueryBuilder().delete().from(SignInThrottle).where('updated_at < :before AND known_address = :no', { before, no: false }).execute();
  }
}
