import { isAbsolute, resolve } from 'node:path';

export type DatabaseConfig =
  | { readonly type: 'sqlite'; readonly file: string }
  | {
      readonly type: 'mysql';
      /** MariaDB reports column defaults differently; TypeORM must know which server it reads. */
      readonly flavor: 'mysql' | 'mariadb';
      readonly host: string;
      readonly port: number;
      readonly username: string;
      readonly password: string;
      readonly database: string;
    };

/**
 * `sqlite:path/to/file.sqlite` (relative to the working directory) or `sqlite::memory:`;
 * `mysql://user:pass@host:3306/db` for MySQL, `mariadb://…` for MariaDB (same migrations). Anything else is refused, so a
 * typo never silently falls back to the embedded file.
 */
export function parseDatabaseUrl(raw: string): DatabaseConfig {
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') throw new Error(`"${raw}" names no file (e.g. sqlite:data/huiwu.sqlite)`);
    if (path === ':memory:') return { type: 'sqlite', file: ':memory:' };
    return { type: 'sqlite', file: isAbsolute(path) ? path : resolve(process.cwd(), path) };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `"${raw}" is neither sqlite:<file> nor mysql://user:password@host:port/database`,
    );
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new Error(`"${url.protocol}" is not supported: use sqlite:<file> or mysql://…`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_$]{1,64}$/.test(database)) {
    throw new Error(`"${raw}" must name a database after the host, e.g. mysql://root@127.0.0.1:3306/huiwu`);
  }
  const port = url.port === '' ? 3306 : Number(url.port);
  return {
    type: 'mysql',
    flavor: url.protocol === 'mariadb:' ? 'mariadb' : 'mysql',
    host: url.hostname,
    port,
    username: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database,
  };
}

/** The URL with its password masked, for logs. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.type === 'sqlite'
    ? `sqlite:${config.file}`
    : `${config.flavor}://${config.username}@${config.host}:${config.port}/${config.database}`;
}
