import { Injectable } from '@nestjs/common';
import { JobLeaseStore } from './job-lease.store';
import { processIdentity } from './process-identity';

/**
 * The database did not answer the take (its node died mid-statement, say): the tick did not run
 * here. Not a failed run; on a cluster the take may even have committed, and then the lease
 * shows a run no process did, which is the safe side.
 */
export class LeaseUnanswered extends Error {
  constructor(
    readonly job: string,
    readonly reason: unknown,
  ) {
    super(`the lease of ${job} could not be taken`);
  }
}

/**
 * Lets each tick of a timed job run on exactly one of the servers that share the database.
 *
 * Every server's timer fires at (nearly) the same wall-clock instant; the first to move the
 * lease row forward runs, the others find it held and skip the tick. The lease lasts one period
 * of the job, so a server whose timer fires late (a busy event loop, a slow start) cannot run
 * the same tick again, while the next tick finds it expired.
 *
 * The take and the release are single conditional statements, deliberately outside any
 * transaction: one UPDATE is atomic on its own on both databases, and on SQLite it holds the
 * file's write lock only while it runs, so servers never wait on one another's open transaction.
 */
@Injectable()
export class JobLeases {
  readonly holder = processIdentity();
  private readonly known = new Set<string>();

  constructor(private readonly leases: JobLeaseStore) {}

  /**
   * Runs `work` if this process takes the lease of `name`; `leaseSeconds` is the job's period.
   * Resolves to whether it ran. An error of `work` is rethrown after the release.
   */
  async runExclusively(name: string, leaseSeconds: number, work: () => Promise<unknown>): Promise<boolean> {
    const takenAt = new Date();
    let taken: boolean;
    try {
      await this.ensureRow(name);
      taken = await this.leases.take(name, this.holder, takenAt, new Date(takenAt.getTime() + leaseSeconds * 1000));
    } catch (error) {
      throw new LeaseUnanswered(name, error);
    }
    if (!taken) return false;
    try {
      await work();
    } finally {
      await this.release(name, takenAt, leaseSeconds);
    }
    return true;
  }

  /**
   * Keeps the lease until shortly before the next tick. The take happened a little after the
   * tick (timer delay, database round trips); without the margin the next tick, firing with
   * less delay, would still find the lease held and every other tick would be skipped. A run
   * that overran its period frees the lease at once.
   */
  private async release(name: string, takenAt: Date, leaseSeconds: number): Promise<void> {
    const marginMs = Math.min(leaseSeconds * 100, 60_000);
    const until = Math.max(Date.now(), takenAt.getTime() + leaseSeconds * 1000 - marginMs);
    // Only our own lease: had ours lapsed and another server taken it, its lease is not ours to shorten.
    await this.leases.holdUntil(name, this.holder, new Date(until));
  }

  /** The row must exist before it can be taken with a conditional UPDATE; creating it twice is a no-op. */
  private async ensureRow(name: string): Promise<void> {
    if (this.known.has(name)) return;
    await this.leases.ensure(name);
    this.known.add(name);
  }
}
