import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Storage = ReturnType<typeof getMetadataStorage>;
type RulesOf = Storage['getTargetValidationMetadatas'];
type Grouped = Record<string, ValidationMetadata[]>;

/** Set on the storage once the memo is in: installing twice would memoize the memo. */
const INSTALLED = Symbol.for('huiwu.validationRulesMemo');

/**
 * class-validator looks a DTO class's rules up afresh on every validation: it walks every class
 * that has rules (an `instanceof` for each of the app's few hundred DTOs) and filters what it
 * finds, then groups the result by property. Once the classes are loaded the answer cannot
 * change, yet it was 4 % of a door scan's CPU and a tenth of its garbage. Both answers are kept
 * here per class and options, and all of them are forgotten whenever a rule is added (a class
 * loaded late, a test's own DTO), so no caller ever sees a class's rules as they were before.
 *
 * The kept arrays are frozen: the validator only reads them, and a future version that wrote to
 * them would fail loudly rather than change another request's rules.
 */
export function memoizeValidationRules(storage: Storage = getMetadataStorage()): void {
  const marked = storage as Storage & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;

  const lookUp: RulesOf = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  let rules = new Map<unknown, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Grouped>();
  const forget = (): void => {
    rules = new Map();
    grouped = new WeakMap();
  };

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    let byOptions = rules.get(target);
    if (!byOptions) rules.set(target, (byOptions = new Map()));
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups ? groups.join('\u0001') : '-'}`;
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = Object.freeze(lookUp(target, schema, always, strictGroups, groups)) as ValidationMetadata[]));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    // Only the kept arrays are remembered (others are the caller's own and may change).
    if (!Object.isFrozen(metadata)) return group(metadata);
    let found = grouped.get(metadata);
    if (!found) {
      const fresh = group(metadata);
      for (const name of Object.keys(fresh)) Object.freeze(fresh[name]);
      grouped.set(metadata, (found = Object.freeze(fresh) as Grouped));
    }
    return found;
  };
  for (const add of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const original = storage[add].bind(storage) as (metadata: never) => void;
    (storage as unknown as Record<string, (metadata: never) => void>)[add] = (metadata) => {
      forget();
      original(metadata);
    };
  }
}
