import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { retryTransient } from '../common/transient-failure';

/** The handle of an open transaction: what a service passes to the stores it calls inside one. */
export type Tx = EntityManager;

export interface TransactionOptions {
  /**
   * READ COMMITTED on MySQL/MariaDB, so a transaction that waited for a row lock sees the rows
   * as they are now (a waitlist, a counter); SQLite is serialisable whatever is asked.
   */
  readCommitted?: boolean;
  /** Run the whole transaction again when the database gave it up (deadlock, lock wait, busy). */
  retry?: boolean;
}

/**
 * The one way a service opens a transaction. Stores take the `Tx` it hands out, so that
 * several stores' writes commit or roll back together; outside a transaction a store uses
 * its own connection (`Transactions.none`).
 */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  /** The manager of no transaction: each statement commits alone. */
  get none(): Tx {
    return this.dataSource.manager;
  }

  run<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const once = () =>
      options.readCommitted && this.dataSource.options.type !== 'better-sqlite3'
        ? this.dataSource.transaction('READ COMMITTED', work)
        : this.dataSource.transaction(work);
    return options.retry ? retryTransient(once) : once();
  }

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }
}
