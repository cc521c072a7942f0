import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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
