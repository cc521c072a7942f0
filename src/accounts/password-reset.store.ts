import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import type { Tx } from '../database/transactions';
import { PasswordReset } from './entities/password-reset.entity';

/** The only code that reads and writes password_reset ("forgot password" links, kept as hashes). */
@Injectable()
export class PasswordResetStore {
  constructor(private readonly dataSource: DataSource) {}

  async insert(fields: { accountId: number; tokenHash: string; expiresAt: Date }, tx: Tx): Promise<number> {
    const saved = await tx.save(tx.create(PasswordReset, { ...fields, usedAt: null }));
    return saved.id;
  }

  /** How many links were sent to the account since then: a cap that holds across every server. */
  countSince(accountId: number, since: Date, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(PasswordReset, { accountId, createdAt: MoreThan(since) });
  }

  /** The account whose unused, unexpired link has this hash; null for any other link. Uses nothing up. */
  async liveAccountId(tokenHash: string, now: Date, tx: Tx = this.dataSource.manager): Promise<number | null> {
    const reset = await tx.findOneBy(PasswordReset, { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(now) });
    return reset?.accountId ?? null;
  }

  /**
   * Uses the link up: one conditional UPDATE, so of two requests with the same link (on any
   * servers) exactly one succeeds. The account id, or null when the link is unknown, used or expired.
   */
  async redeem(tokenHash: string, now: Date, tx: Tx): Promise<number | null> {
    const accountId = await this.liveAccountId(tokenHash, now, tx);
    if (accountId === null) return null;
    const used = await tx
      .createQueryBuilder()
      .update(PasswordReset)
      .set({ usedAt: now })
      .where('token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now', { tokenHash, now })
      .execute();
    return used.affected === 1 ? accountId : null;
  }

  /** Every other link still open for the account stops working (the password was just set). */
  async voidOpen(accountId: number, now: Date, tx: Tx): Promise<void> {
    await tx.createQueryBuilder().update(PasswordReset).set({ usedAt: now }).where('account_id = :accountId AND used_at IS NULL', { accountId }).execute();
  }
}
