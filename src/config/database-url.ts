import { isAbsolute, resolve } from 'node:path';

/** One server of a MySQL/MariaDB deployment: the only one, or a node of a Galera cluster. */
export interface DatabaseNode {
  readonly host: string;
  readonly port: number;
}

export type DatabaseConfig =
  | { readonly type: 'sqlite'; readonly file: string }
  | {
      readonly type: 'mysql';
      /** MariaDB reports column defaults differently; TypeORM must know which server it reads. */
      readonly flavor: 'mysql' | 'mariadb';
      /** The first node: where the process connects first. */
      readonly host: string;
      readonly port: number;
      /**
       * Every node the URL names, in its order (one for a single server). A Galera cluster's
       * nodes all take writes; when the node in use stops answering, the pool moves to the next.
       */
      readonly nodes: readonly DatabaseNode[];
      readonly username: string;
      readonly password: string;
      readonly database: string;
    };

const SERVER_URL = /^(mysql|mariadb):\/\/(?:([^@/]*)@)?([^/?#]+)\/([^?#]*)$/;

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
  const match = SERVER_URL.exec(raw);
  if (!match) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !/^(mysql|mariadb):/.test(raw)) {
      throw new Error(`"${raw.split(':')[0]}:" is not supported: use sqlite:<file> or mysql://…`);
    }
    throw new Error(`"${raw}" is neither sqlite:<file> nor mysql://user:password@host:port/database (several hosts: host1:port,host2:port)`);
  }
  const [, protocol, userinfo = '', hostList, path] = match;
  const database = decodeURIComponent(path);
  if (!/^[A-Za-z0-9_$]{1,64}$/.test(database)) {
    throw new Error(`"${raw}" must name a database after the host, e.g. mysql://root@127.0.0.1:3306/huiwu`);
  }
  const nodes = hostList.split(',').map((entry): DatabaseNode => {
    const hostPort = /^([A-Za-z0-9._-]+)(?::(\d{1,5}))?$/.exec(entry.trim());
    if (!hostPort) throw new Error(`"${entry}" in "${raw}" is not host or host:port`);
    const port = hostPort[2] === undefined ? 3306 : Number(hostPort[2]);
    if (port < 1 || port > 65535) throw new Error(`"${entry}" in "${raw}" has no valid port`);
    return { host: hostPort[1], port };
  });
  const colon = userinfo.indexOf(':');
  const username = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const password = colon < 0 ? '' : userinfo.slice(colon + 1);
  return {
    type: 'mysql',
    flavor: protocol === 'mariadb' ? 'mariadb' : 'mysql',
    host: nodes[0].host,
    port: nodes[0].port,
    nodes,
    username: decodeURIComponent(username || 'root'),
    password: decodeURIComponent(password),
    database,
  };
}

/** The URL with its password masked, for logs. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.type === 'sqlite'
    ? `sqlite:${config.file}`
    : `${config.flavor}://${config.username}@${config.nodes.map((node) => `${node.host}:${node.port}`).join(',')}/${config.database}`;
}
