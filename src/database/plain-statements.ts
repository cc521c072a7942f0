import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

interface MysqlPool {
  query(sql: string, parameters: unknown[], callback: (error: Error | null, result: unknown) => void): void;
}

/** What a write did, in either dialect. */
export interface Written {
  /** Rows the statement changed (inserted, updated, deleted). */
  affected: number;
  /** An INSERT's new row id; null for other statements. */
  insertId: number | null;
}

/**
 * Statements written out once and sent as they are, for the paths every request or every scan
 * takes (the sign-in read, the door's read and INSERT, the arrival mark). On MySQL/MariaDB, outside
 * a transaction, they go straight to the driver's pool: TypeORM's query path (a query runner per
 * statement, its broadcaster, a promise wrapper loaded per call, a second error object with its own
 * stack for every refused INSERT) cost a scan more CPU than the mysql2 call it wraps. The pool is
 * TypeORM's own, so its settings hold (time zone, the cluster's node, read-your-writes). On SQLite,
 * and inside a transaction, the same text goes through TypeORM's query runner.
 *
 * A failure is the driver's own error (with its `code`), logged as TypeORM logs its own.
 */
@Injectable()
export class PlainStatements {
  private pool?: MysqlPool | null;

  constructor(private readonly dataSource: DataSource) {}

  /** A SELECT's rows. */
  rows<T = Record<string, unknown>>(sql: string, parameters: readonly unknown[], tx?: EntityManager): Promise<T[]> {
    const pool = this.direct(tx);
    if (!pool) return this.viaTypeorm(tx, (runner) => runner.query(sql, [...parameters]) as Promise<T[]>);
    return this.send<T[]>(pool, sql, parameters);
  }

  /** An INSERT, UPDATE or DELETE: how many rows it changed, and an INSERT's new id. */
  async write(sql: string, parameters: readonly unknown[], tx?: EntityManager): Promise<Written> {
    const pool = this.direct(tx);
    if (!pool) {
      // Structured, for better-sqlite3's count of changes (its plain answer is the last row id alone).
      const result = await this.viaTypeorm(tx, (runner) => runner.query(sql, [...parameters], true));
      const raw = result.raw as { affectedRows?: number; insertId?: number } | number | bigint | undefined;
      if (typeof raw === 'object' && raw !== null) return { affected: raw.affectedRows ?? 0, insertId: raw.insertId || null };
      return { affected: result.affected ?? 0, insertId: /^\s*insert/i.test(sql) && raw !== undefined ? Number(raw) : null };
    }
    const header = await this.send<{ affectedRows: number; insertId: number }>(pool, sql, parameters);
    return { affected: header.affectedRows, insertId: header.insertId || null };
  }

  /** The pool to send to directly: MySQL/MariaDB outside a transaction. */
  private direct(tx: EntityManager | undefined): MysqlPool | null {
    if (tx !== undefined && tx !== this.dataSource.manager) return null;
    // Read once the data source is up: TypeORM creates the pool as it connects.
    if (this.pool === undefined) {
      const mysql = this.dataSource.options.type === 'mysql' || this.dataSource.options.type === 'mariadb';
      this.pool = mysql ? ((this.dataSource.driver as unknown as { pool?: MysqlPool }).pool ?? null) : null;
    }
    return this.pool;
  }

  private send<T>(pool: MysqlPool, sql: string, parameters: readonly unknown[]): Promise<T> {
    // Told to the data source's logger as TypeORM tells each statement (a no-op here; tests count statements by it).
    this.dataSource.logger.logQuery(sql, parameters as unknown[]);
    return new Promise<T>((resolve, reject) =>
      pool.query(sql, parameters as unknown[], (error, result) => {
        if (!error) return resolve(result as T);
        this.dataSource.logger.logQueryError(error as unknown as string, sql, parameters as unknown[]);
        reject(error);
      }),
    );
  }

  /** The transaction's own runner, or one of its own released afterwards. */
  private async viaTypeorm<T>(tx: EntityManager | undefined, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    if (tx?.queryRunner) return work(tx.queryRunner);
    const runner = this.dataSource.createQueryRunner();
    try {
      return await work(runner);
    } finally {
      await runner.release();
    }
  }
}
