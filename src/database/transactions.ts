import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { retryTransient } from '../common/transient-failure';
import type { ClusterNodes } from './cluster-nodes';
import { CLUSTER_NODES } from './database-cluster';

/** The handle of an open transaction: what a service passes to the stores it calls inside one. */
export type Tx = EntityManager;

export interface TransactionOptions {
  /**
   * READ COMMITTED on MySQL/MariaDB, so a transaction that waited for a row lock sees the rows
   * as they are now (a waitlist, a counter); SQLite is serialisable whatever is asked.
   */
  readCommitted?: boolean;
  /**
   * The work is idempotent (it finds its own earlier rows by a unique key): also run it again
   * after a lost connection, when a COMMIT in flight may have been kept. A transaction the
   * database rolled back (deadlock, lock wait, a cluster's certification conflict) is run
   * again whatever this says: nothing of it was kept.
   */
  retry?: boolean;
}

/**
 * The one way a service opens a transaction. Stores take the `Tx` it hands out, so that
 * several stores' writes commit or roll back together; outside a transaction a store uses
 * its own connection (`Transactions.none`).
 */
@Injectable()
export class Transactions {
  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(CLUSTER_NODES) private readonly cluster: ClusterNodes | null = null,
  ) {}

  /** The manager of no transaction: each statement commits alone. */
  get none(): Tx {
    return this.dataSource.manager;
  }

  run<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const once = () =>
      options.readCommitted && this.dataSource.options.type !== 'better-sqlite3'
        ? this.dataSource.transaction('READ COMMITTED', work)
        : this.dataSource.transaction(work);
    return retryTransient(once, { afterConnectionLoss: options.retry === true, onNodeUnready: () => this.cluster?.nodeUnready() });
  }

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }
}
