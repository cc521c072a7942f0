import { ConfigError, loadConfig } from './app-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded database, port 3000 and Asia/Shanghai', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ type: 'sqlite', file: expect.stringMatching(/data\/huiwu\.sqlite$/) });
    expect(config.port).toBe(3000);
    expect(config.defaultTimeZone).toBe('Asia/Shanghai');
    expect(config.publicBaseUrl.href).toBe('http://localhost:3000/');
    expect(config.seedOnStart).toBe('auto');
    expect(config.admin).toBeNull();
  });

  it('reads a MySQL URL with an encoded password', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://huiwu:p%40ss@db.internal:3307/huiwu' });
    expect(config.database).toEqual({
      type: 'mysql', flavor: 'mysql', host: 'db.internal', port: 3307, nodes: [{ host: 'db.internal', port: 3307 }], username: 'huiwu', password: 'p@ss', database: 'huiwu',
    });
  });

  it('reads the nodes of a cluster, in order, each with its port or 3306', () => {
    const config = loadConfig({ DATABASE_URL: 'mariadb://huiwu@n1:4301,n2,10.0.0.3:4303/huiwu' });
    expect(config.database).toMatchObject({
      host: 'n1',
      port: 4301,
      nodes: [{ host: 'n1', port: 4301 }, { host: 'n2', port: 3306 }, { host: '10.0.0.3', port: 4303 }],
    });
  });

  it('tells MariaDB from MySQL by the scheme', () => {
    expect(loadConfig({ DATABASE_URL: 'mariadb://root@127.0.0.1/test' }).database).toMatchObject({ type: 'mysql', flavor: 'mariadb', port: 3306 });
  });

  it.each([
    [{ DATABASE_URL: 'nonsense' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://root@localhost' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://root@n1:4301,,n3/huiwu' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://root@n1:99999/huiwu' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://root@n1/huiwu' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'sqlite:' }, 'DATABASE_URL'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ PORT: '65536' }, 'PORT'],
    [{ HOST: 'bad host!' }, 'HOST'],
    [{ PUBLIC_BASE_URL: 'ftp://example.org' }, 'PUBLIC_BASE_URL'],
    [{ DEFAULT_TIME_ZONE: 'Asia/Beijing' }, 'DEFAULT_TIME_ZONE'],
    [{ SEED_ON_START: 'sometimes' }, 'SEED_ON_START'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ AUTH_SECRET: 'too-short' }, 'AUTH_SECRET'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
    [{ JOBS_ENABLED: 'maybe' }, 'JOBS_ENABLED'],
    [{ PURGE_AFTER_DAYS: '-3' }, 'PURGE_AFTER_DAYS'],
    [{ SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'not a url' }, 'SMTP_URL'],
    [{ AUTH_TOKEN_TTL_MINUTES: '0' }, 'AUTH_TOKEN_TTL_MINUTES'],
    [{ LOGIN_MAX_FAILURES: 'many' }, 'LOGIN_MAX_FAILURES'],
    [{ LOGIN_WINDOW_SECONDS: '1.5' }, 'LOGIN_WINDOW_SECONDS'],
    [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long enough pw' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'a@b.cn', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_PASSWORD: 'long enough pw' }, 'ADMIN_EMAIL'],
  ])('refuses %p, naming %s', (env, variable) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(`${variable}:`)).toBe(true);
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'abc', DATABASE_URL: 'nonsense' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'PORT']);
  });

  it('lower-cases the admin email so sign-in is case-insensitive', () => {
    expect(loadConfig({ ADMIN_EMAIL: 'Admin@Example.ORG', ADMIN_PASSWORD: 'long enough pw' }).admin).toEqual({
      email: 'admin@example.org',
      password: 'long enough pw',
    });
  });
});
