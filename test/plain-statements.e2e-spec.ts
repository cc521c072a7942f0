import { errorCode } from '../src/common/transient-failure';
import { isDuplicateKey } from '../src/database/duplicate-key';
import { PlainStatements } from '../src/database/plain-statements';
import { Transactions } from '../src/database/transactions';
import { recordQueries } from './support/query-counter';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The written-once statements of the hot paths (sign-in, the door) answer alike on both engines:
 * rows, a write's count and new id, the driver's duplicate-key error, the transaction they are
 * given, and every statement told to the data source's logger.
 */
describe('PlainStatements', () => {
  let t: TestApp;
  let plain: PlainStatements;
  let sqlite: boolean;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    plain = t.app.get(PlainStatements);
    sqlite = t.app.get(Transactions).isSqlite;
    await t.dataSource.query(
      sqlite
        ? 'CREATE TABLE plain_probe (id INTEGER PRIMARY KEY AUTOINCREMENT, name varchar(20) NOT NULL UNIQUE, seen integer NULL)'
        : 'CREATE TABLE plain_probe (id int AUTO_INCREMENT PRIMARY KEY, name varchar(20) NOT NULL UNIQUE, seen int NULL)',
    );
  });
  afterAll(async () => {
    await t?.dataSource.query('DROP TABLE plain_probe').catch(() => undefined);
    await t?.close();
  });

  it('answers a write’s new id and count, then the rows, each statement told to the logger', async () => {
    const { result, queries } = await recordQueries(t.dataSource, async () => {
      const first = await plain.write('INSERT INTO plain_probe (name) VALUES (?)', ['甲']);
      const second = await plain.write('INSERT INTO plain_probe (name) VALUES (?)', ['乙']);
      const marked = await plain.write('UPDATE plain_probe SET seen = ? WHERE seen IS NULL', [1]);
      const again = await plain.write('UPDATE plain_probe SET seen = ? WHERE seen IS NULL', [2]);
      const rows = await plain.rows<{ id: number; name: string; seen: number }>('SELECT id, name, seen FROM plain_probe ORDER BY id', []);
      return { first, second, marked, again, rows };
    });
    expect(result.first).toEqual({ affected: 1, insertId: expect.any(Number) });
    expect(result.second.insertId).toBe(result.first.insertId! + 1);
    // Two rows changed, then none: what the arrival mark's "first time only" relies on.
    expect(result.marked).toEqual({ affected: 2, insertId: null });
    expect(result.again).toEqual({ affected: 0, insertId: null });
    expect(result.rows.map((r) => [Number(r.id), r.name, Number(r.seen)])).toEqual([
      [result.first.insertId, '甲', 1],
      [result.second.insertId, '乙', 1],
    ]);
    expect(queries.filter((q) => q.includes('plain_probe'))).toHaveLength(5);
  });

  it('fails a refused INSERT with the driver’s duplicate-key error, which the callers recognise', async () => {
    const error = await plain.write('INSERT INTO plain_probe (name) VALUES (?)', ['甲']).catch((e: unknown) => e);
    expect(isDuplicateKey(error)).toBe(true);
    expect(errorCode(error)).toBe(sqlite ? 'SQLITE_CONSTRAINT_UNIQUE' : 'ER_DUP_ENTRY');
  });

  it('runs inside the transaction it is given: rolled back with it', async () => {
    await t.app
      .get(Transactions)
      .run(async (tx) => {
        await plain.write('INSERT INTO plain_probe (name) VALUES (?)', ['丙'], tx);
        expect(await plain.rows('SELECT name FROM plain_probe WHERE name = ?', ['丙'], tx)).toHaveLength(1);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await plain.rows('SELECT name FROM plain_probe WHERE name = ?', ['丙'])).toEqual([]);
  });
});
