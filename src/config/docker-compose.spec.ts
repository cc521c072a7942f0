import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './app-config';

// js-yaml comes with @nestjs/swagger; it ships no types. Compose files are YAML 1.1 (merge keys).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string, options: { schema: unknown }): unknown; YAML11_SCHEMA: unknown };

interface Service {
  profiles?: string[];
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  healthcheck?: { test: string[] };
}

/** `${NAME:-default}` as Compose substitutes it when NAME is unset. */
const withDefaults = (env: Record<string, string>) => Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]));

describe('docker-compose.yml', () => {
  const compose = yaml.load(readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8'), { schema: yaml.YAML11_SCHEMA }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  const galera = Object.entries(compose.services).filter(([, service]) => service.profiles?.includes('galera'));
  const nodes = galera.filter(([, service]) => service.image?.startsWith('mariadb:'));
  const apps = galera.filter(([, service]) => service.build !== undefined);

  it('keeps the default stack outside any profile: `docker compose up` still runs MySQL and the app', () => {
    expect(compose.services.mysql.profiles).toBeUndefined();
    expect(compose.services.app.profiles).toBeUndefined();
    expect(loadConfig(withDefaults(compose.services.app.environment!)).database).toMatchObject({ type: 'mysql', host: 'mysql' });
  });

  it('has a galera profile of three MariaDB nodes, each with the wsrep settings Galera needs', () => {
    expect(nodes.map(([name]) => name)).toEqual(['n1', 'n2', 'n3']);
    const setting = (command: string[], name: string) => command.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
    for (const [name, node] of nodes) {
      const command = node.command!;
      expect(setting(command, 'wsrep_on')).toBe('ON');
      expect(setting(command, 'wsrep_provider')).toBe('/usr/lib/galera/libgalera_smm.so');
      expect(setting(command, 'wsrep_cluster_address')).toBe('gcomm://n1,n2,n3');
      expect(setting(command, 'wsrep_node_address')).toBe(name);
      expect(setting(command, 'wsrep_sync_wait')).toBe('1');
      expect(setting(command, 'binlog_format')).toBe('ROW');
      expect(setting(command, 'innodb_autoinc_lock_mode')).toBe('2');
      expect(node.healthcheck!.test).toContain('--galera_online');
      // Only the first node bootstraps a new cluster; the others join it once it is up.
      expect(command.includes('--wsrep-new-cluster')).toBe(name === 'n1');
      if (name !== 'n1') expect(node.depends_on).toEqual({ n1: { condition: 'service_healthy' } });
    }
    for (const volume of ['galera-n1', 'galera-n2', 'galera-n3']) expect(compose.volumes).toHaveProperty(volume);
  });

  it('has two app replicas whose DATABASE_URL names the three nodes and whose settings load', () => {
    expect(apps).toHaveLength(2);
    const ports = new Set<string>();
    for (const [, app] of apps) {
      const config = loadConfig(withDefaults(app.environment!));
      expect(config.database).toMatchObject({ type: 'mysql', flavor: 'mariadb', database: 'huiwu' });
      const names = config.database.type === 'mysql' ? config.database.nodes.map((node) => node.host).sort() : [];
      expect(names).toEqual(['n1', 'n2', 'n3']);
      expect(config.metricsToken).not.toBeNull();
      expect(Object.keys(app.depends_on!).sort()).toEqual(['n1', 'n2', 'n3']);
      for (const port of app.ports!) ports.add(port.split(':')[0]);
    }
    expect(ports.size).toBe(2);
    // Both replicas share the signing key, so a sign-in on one is valid on the other.
    expect(new Set(apps.map(([, app]) => app.environment!.AUTH_SECRET)).size).toBe(1);
  });
});
