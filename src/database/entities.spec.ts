import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES } from './entities';

const SRC = join(__dirname, '..');
const modules = readdirSync(SRC, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join(SRC, entry.name)).includes('entities'))
  .map((entry) => entry.name);

/** What a file exports that is a class (an entity file exports its entity classes). */
async function classesOf(file: string): Promise<unknown[]> {
  return Object.values((await import(file)) as Record<string, unknown>).filter((value) => typeof value === 'function');
}

/** The tables a module declares in its `<module>.tables.ts`. */
async function declaredBy(module: string): Promise<unknown[]> {
  return Object.values((await import(join(SRC, module, `${module}.tables`))) as Record<string, unknown[]>).flat();
}

/** Each module's tables: its entities/ folder, declared by the module's own `<module>.tables.ts`. */
describe('the tables each module owns', () => {
  it.each(modules)('%s declares every entity of its entities/ folder, and only those', async (module) => {
    const files = readdirSync(join(SRC, module, 'entities')).filter((file) => file.endsWith('.entity.ts'));
    const own = (await Promise.all(files.map((file) => classesOf(join(SRC, module, 'entities', file))))).flat();
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(await declaredBy(module))).toEqual(new Set(own));
  });

  it('composes into the data source’s list, each table once', async () => {
    const everyModule = (await Promise.all(modules.map(declaredBy))).flat();
    expect(new Set(ENTITIES).size).toBe(ENTITIES.length);
    expect(new Set(ENTITIES)).toEqual(new Set(everyModule));
  });
});

/**
 * A module reaches another module's rows through that module's store, never through its own
 * entities: a relation to another module's entity would let a `relations:` option or a join path
 * read a table the module does not own. Foreign keys to other modules' tables are `@ForeignKey`
 * on the id column (same constraint, no relation property).
 */
describe('entities stay inside their module', () => {
  it('no relation of an entity points at another module’s entity', async () => {
    const moduleOf = new Map<unknown, string>();
    for (const module of modules) for (const entity of await declaredBy(module)) moduleOf.set(entity, module);
    const byName = new Map(ENTITIES.map((entity) => [entity.name, entity]));
    const crossing = getMetadataArgsStorage()
      .relations.filter((relation) => moduleOf.has(relation.target))
      .map((relation) => {
        const type = relation.type as string | (() => unknown);
        const target = typeof type === 'string' ? byName.get(type) : type();
        return { from: `${moduleOf.get(relation.target)}.${(relation.target as { name: string }).name}.${relation.propertyName}`, to: moduleOf.get(target) };
      })
      .filter(({ from, to }) => from.split('.')[0] !== to);
    expect(crossing).toEqual([]);
  });

  it.each(modules)('%s’s entity files import no other module’s entity', (module) => {
    const files = readdirSync(join(SRC, module, 'entities')).filter((file) => file.endsWith('.entity.ts'));
    const foreign = files.flatMap((file) =>
      [...readFileSync(join(SRC, module, 'entities', file), 'utf8').matchAll(/from '\.\.\/\.\.\/([a-z-]+)\/entities\//g)].map((m) => `${file} → ${m[1]}`),
    );
    expect(foreign).toEqual([]);
  });
});
