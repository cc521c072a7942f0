import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Account } from '../src/accounts/entities/account.entity';
import { verifyPassword } from '../src/accounts/password-hasher';
import { loadConfig } from '../src/config/app-config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase, TestDatabase } from './support/test-database';

const MAIN = join(__dirname, '..', 'dist', 'src', 'main.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer ${url} within 30 s:\n${log()}`);
}

/** The built server, started as `npm start` starts it. */
describe('the production server (dist/src/main.js)', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error('dist/src/main.js is missing: `npm test` builds it first (pretest)');
  });

  it.each([
    [{ DATABASE_URL: 'nonsense' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://localhost/huiwu' }, 'DATABASE_URL'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PUBLIC_BASE_URL: 'not a url' }, 'PUBLIC_BASE_URL'],
    [{ DEFAULT_TIME_ZONE: 'Mars/Olympus' }, 'DEFAULT_TIME_ZONE'],
    [{ ADMIN_EMAIL: 'admin@example.org' }, 'ADMIN_PASSWORD'],
  ])('refuses to start with %p and names %s', (env, variable) => {
    const result = spawnSync(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(result.stderr).toContain(variable);
  });

  describe('on a fresh database', () => {
    let database: TestDatabase;
    let child: ChildProcess;
    let output = '';

    beforeAll(async () => {
      database = await createTestDatabase();
      const port = await freePort();
      child = spawn(process.execPath, [MAIN], {
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: database.url,
          PORT: String(port),
          HOST: '127.0.0.1',
          ADMIN_EMAIL: 'Admin@Huiwu.Test',
          ADMIN_PASSWORD: 'correct horse battery',
          // The server must not depend on the machine's zone.
          TZ: 'America/New_York',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d) => (output += d));
      child.stderr!.on('data', (d) => (output += d));
      process.env.__STARTUP_PORT = String(port);
      await waitForHttp(`http://127.0.0.1:${port}/api/health`, child, () => output);
    });
    afterAll(async () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await database?.drop();
    });

    it('migrates, loads the seed and serves it', async () => {
      const port = process.env.__STARTUP_PORT;
      const res = await fetch(`http://127.0.0.1:${port}/api/editions/integrity-2019`);
      expect(res.status).toBe(200);
      const edition = (await res.json()) as { roles: Record<string, { name: string }[]> };
      expect(edition).toMatchObject({ city: '西安', startDate: '2019-12-02', theme: '网聚诚信力量 共创信用中国' });
      expect(edition.roles.organizer.map((o: { name: string }) => o.name)).toEqual(['西安市人民政府']);
    });

    it('creates the first organizer from ADMIN_EMAIL and ADMIN_PASSWORD, password hashed', async () => {
      const dataSource = new DataSource(buildDataSourceOptions(loadConfig({ DATABASE_URL: database.url }).database));
      await dataSource.initialize();
      try {
        const accounts = await dataSource.getRepository(Account).find();
        expect(accounts).toHaveLength(1);
        expect(accounts[0]).toMatchObject({ email: 'admin@huiwu.test', kind: 'organizer' });
        expect(accounts[0].passwordHash).not.toContain('correct horse');
        expect(await verifyPassword('correct horse battery', accounts[0].passwordHash)).toBe(true);
        expect(await verifyPassword('wrong', accounts[0].passwordHash)).toBe(false);
      } finally {
        await dataSource.destroy();
      }
    });

    it('exits 0 on SIGTERM', async () => {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    });
  });
});
