import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { RegistrationThrottle } from './entities/registration-throttle.entity';

/** One subject's window: its key, how many it allows and when it ends. */
export interface ThrottleWindow {
  readonly key: string;
  readonly cap: number;
  readonly endsAt: Date;
}

/**
 * The only code that reads and writes registration_throttle. Each method is one statement outside
 * any transaction (no lock is held while a registration waits for its seat): counting is a
 * conditional UPDATE, atomic on both engines, so two servers never both pass the last place.
 */
@Injectable()
export class RegistrationThrottleStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The windows' rows must exist before they can be counted; creating one twice is a no-op. */
  async ensure(windows: readonly ThrottleWindow[]): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(RegistrationThrottle)
      .values(windows.map((w) => ({ subjectKey: w.key, hits: 0, cap: w.cap, endsAt: w.endsAt })))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  /** Counts one request (`holder`) in every window not at its cap, in one statement; answers how many were counted. */
  async count(keys: readonly string[], holder: string): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(RegistrationThrottle)
      .set({ hits: () => 'hits + 1', countedBy: holder })
      .where('subject_key IN (:...keys) AND hits < cap', { keys })
      .execute();
    return result.affected ?? 0;
  }

  /** Gives back what a refused request counted, so it costs the windows that passed nothing. */
  async uncount(keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    await this.dataSource
      .createQueryBuilder()
      .update(RegistrationThrottle)
      .set({ hits: () => 'hits - 1' })
      .where('subject_key IN (:...keys) AND hits > 0', { keys })
      .execute();
  }

  async find(keys: readonly string[]): Promise<RegistrationThrottle[]> {
    return this.dataSource.getRepository(RegistrationThrottle).findBy({ subjectKey: In([...keys]) });
  }

  /** Forgets windows that ended before `before`. */
  async purge(before: Date): Promise<void> {
    await this.dataSource.createQueryBuilder().delete().from(RegistrationThrottle).where('ends_at < :before', { before }).execute();
  }
}
