import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Account } from '../src/accounts/entities/account.entity';
import { verifyPassword } from '../src/accounts/password-hasher';
import { loadConfig } from '../src/config/app-config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { seedBrands } from '../seeds/data/brands';
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

    it('logs a few lines at the default level: what it did and where it listens, no route tables', () => {
      const lines = output.split('\n').filter((line) => line.trim());
      expect(output).not.toMatch(/Mapped \{|RoutesResolver|InstanceLoader|NestFactory/);
      expect(lines.some((line) => line.includes(`Listening on http://127.0.0.1:${process.env.__STARTUP_PORT}`))).toBe(true);
      // Seeding shows its progress: one line per brand, its editions together.
      const brands = seedBrands.length;
      expect(lines.filter((line) => new RegExp(`seed: brand \\d+/${brands} `).test(line))).toHaveLength(brands);
      expect(lines.length).toBeLessThanOrEqual(brands + 8);
    });

    it('exits 0 on SIGTERM', async () => {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    });

    it('starts again on the same database with two lines of log', async () => {
      const port = await freePort();
      let again = '';
      const second = spawn(process.execPath, [MAIN], {
        env: { PATH: process.env.PATH, DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      second.stdout!.on('data', (d) => (again += d));
      second.stderr!.on('data', (d) => (again += d));
      try {
        await waitForHttp(`http://127.0.0.1:${port}/api/health`, second, () => again);
      } finally {
        const exited = new Promise((r) => second.once('exit', r));
        second.kill('SIGTERM');
        await exited;
      }
      const lines = again.split('\n').filter((line) => line.trim() && !line.includes('SIGTERM received'));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain(`Listening on http://127.0.0.1:${port}`);
      expect(lines[1]).toContain('API docs at');
    });
  });
});

/**
 * scripts/build.js, which `npm start`, the tests and the seed commands run first, on a copy of a
 * project tree whose Nest CLI is a stand-in that counts its builds: a real compilation is not
 * what is tested here, and would take a minute.
 */
describe('building only when sources changed (scripts/build.js)', () => {
  const SCRIPT = join(__dirname, '..', 'scripts', 'build.js');
  let root: string;
  const builds = () => (existsSync(join(root, 'builds.log')) ? readFileSync(join(root, 'builds.log'), 'utf8').split('\n').filter(Boolean).length : 0);
  const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', 'build.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 20_000 });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'huiwu-build-'));
    mkdirSync(join(root, 'scripts'));
    copyFileSync(SCRIPT, join(root, 'scripts', 'build.js'));
    for (const dir of ['src/registrations', 'libs/calendar/src', 'seeds/data']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'src', 'main.ts'), 'export {};\n');
    writeFileSync(join(root, 'src', 'registrations', 'registration-csv.ts'), 'export {};\n');
    writeFileSync(join(root, 'libs', 'calendar', 'src', 'index.ts'), 'export {};\n');
    writeFileSync(join(root, 'seeds', 'data', 'brands.ts'), 'export {};\n');
    writeFileSync(join(root, 'tsconfig.json'), '{}\n');
    writeFileSync(join(root, 'tsconfig.build.json'), '{}\n');
    // The stand-in `nest build`: empties dist/ as deleteOutDir does, writes the entry point, counts.
    mkdirSync(join(root, 'node_modules', '@nestjs', 'cli', 'bin'), { recursive: true });
    writeFileSync(
      join(root, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'),
      [
        "const fs = require('node:fs');",
        "fs.rmSync('dist', { recursive: true, force: true });",
        "fs.mkdirSync('dist/src', { recursive: true });",
        "fs.writeFileSync('dist/src/main.js', '');",
        "fs.appendFileSync('builds.log', process.argv.slice(2).join(' ') + '\\n');",
      ].join('\n'),
    );
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('builds the first time, then does nothing while nothing changed', () => {
    const first = run('--if-stale');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('building dist/ (dist/ has no build yet)');
    expect(builds()).toBe(1);
    const built = statSync(join(root, 'dist', 'src', 'main.js')).mtimeMs;
    for (let i = 0; i < 2; i++) {
      const again = run('--if-stale');
      expect(again.status).toBe(0);
      expect(again.stdout.trim()).toBe('huiwu: dist/ is up to date, not rebuilding');
    }
    expect(builds()).toBe(1);
    expect(statSync(join(root, 'dist', 'src', 'main.js')).mtimeMs).toBe(built);
    expect(run('--check').status).toBe(0);
  });

  it('builds again when a source is edited, added or removed, or a tsconfig changes', () => {
    const edits: [() => void, string][] = [
      [() => utimesSync(join(root, 'src', 'main.ts'), new Date(), new Date(Date.now() + 5000)), 'src/main.ts'],
      [() => writeFileSync(join(root, 'src', 'registrations', 'registration-workbook.ts'), 'export {};\n'), 'src/registrations'],
      [() => unlinkSync(join(root, 'src', 'registrations', 'registration-csv.ts')), 'src/registrations'],
      [() => writeFileSync(join(root, 'libs', 'calendar', 'src', 'index.ts'), 'export const a = 1;\n'), 'libs/calendar/src/index.ts'],
      [() => writeFileSync(join(root, 'seeds', 'data', 'brands.ts'), 'export const b = 1;\n'), 'seeds/data/brands.ts'],
      [() => writeFileSync(join(root, 'tsconfig.build.json'), '{ "x": 1 }\n'), 'tsconfig.build.json'],
    ];
    for (const [edit, named] of edits) {
      const before = builds();
      edit();
      const check = run('--check');
      expect(check.status).toBe(1);
      expect(check.stdout).toContain(named);
      expect(builds()).toBe(before);
      expect(run('--if-stale').status).toBe(0);
      expect(builds()).toBe(before + 1);
      expect(run('--if-stale').stdout).toContain('up to date');
    }
  });

  it('after install, builds when stale, and skips without sources (a Docker dependency layer)', () => {
    writeFileSync(join(root, 'src', 'main.ts'), 'export const changed = true;\n');
    const before = builds();
    expect(run('--after-install').status).toBe(0);
    expect(builds()).toBe(before + 1);
    const bare = mkdtempSync(join(tmpdir(), 'huiwu-bare-'));
    try {
      mkdirSync(join(bare, 'scripts'));
      copyFileSync(SCRIPT, join(bare, 'scripts', 'build.js'));
      const skipped = spawnSync(process.execPath, [join(bare, 'scripts', 'build.js'), '--after-install'], { cwd: bare, encoding: 'utf8' });
      expect(skipped.status).toBe(0);
      expect(skipped.stdout).toContain('nothing to build');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('is what npm start, the tests and the seed commands run, and what install runs once', () => {
    const scripts = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const name of ['prestart', 'pretest', 'pretest:e2e']) expect(scripts[name]).toBe('node scripts/build.js --if-stale');
    for (const name of ['seed', 'seed:demo', 'bench', 'migration:run']) expect(scripts[name]).toMatch(/^node scripts\/build\.js --if-stale && /);
    expect(scripts.postinstall).toBe('node scripts/build.js --after-install');
  });
});
