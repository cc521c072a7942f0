import { createConnection } from 'mysql2';
import { errorBody } from './filters/api-exception.filter';
import { errorCode, retryTransient } from './transient-failure';

/** What mysql2 itself answers to a query on a connection that could not be made, then to the next one. */
async function deadConnectionErrors(): Promise<[Error, Error]> {
  // Port 1: nothing listens, the connection dies at once, as a killed node's do.
  const connection = createConnection({ host: '127.0.0.1', port: 1, user: 'root' });
  connection.on('error', () => undefined);
  const ask = () => new Promise<Error>((resolve) => connection.query('SELECT 1', (error) => resolve(error as Error)));
  const first = await ask();
  const next = await ask();
  connection.destroy();
  return [first, next];
}

describe('a lost database connection', () => {
  it('is named so even when mysql2 refuses the next command on the dead connection without a code', async () => {
    const [first, next] = await deadConnectionErrors();
    expect(errorCode(first)).toBe('ECONNREFUSED');
    expect((next as { code?: string }).code).toBeUndefined();
    expect(next.message).toContain('closed state');
    expect(errorCode(next)).toBe('PROTOCOL_CONNECTION_LOST');
    // Wrapped as TypeORM wraps a driver's error.
    expect(errorCode({ driverError: next })).toBe('PROTOCOL_CONNECTION_LOST');
  });

  it('answers 503 (retry), not 500, and idempotent work runs again after it', async () => {
    const [, next] = await deadConnectionErrors();
    expect(errorBody(next, 'zh')).toMatchObject({ statusCode: 503, message: '数据库暂时不可用，请稍后重试' });
    let runs = 0;
    const answer = await retryTransient(
      async () => {
        if (++runs === 1) throw next;
        return 'kept';
      },
      { afterConnectionLoss: true },
    );
    expect([answer, runs]).toEqual(['kept', 2]);
    // Work that is not idempotent is not run again: the error goes up as it came.
    await expect(retryTransient(() => Promise.reject(next))).rejects.toBe(next);
  });
});
