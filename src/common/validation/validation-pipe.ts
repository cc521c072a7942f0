import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { FIELD_MESSAGES } from '../i18n/common-messages';
import { fieldLabel } from '../i18n/field-labels';
import { joined, LocalText } from '../i18n/local-text';
import { cleanSubmittedText } from './stored-text';
import { memoizeValidationRules } from './validation-rules-memo';

/**
 * Flattens class-validator's tree into `{ "roles[0].organizationId": LocalText }`, so a client
 * learns every bad field and why in one answer, in words (「邮箱」不是有效的邮箱地址): the key is
 * the field's path, for programs. A field left out, null or an empty text says only that it is
 * required, not every rule an absent value breaks.
 */
export function describeValidationErrors(errors: ValidationError[], parent = ''): Record<string, LocalText> {
  const fields: Record<string, LocalText> = {};
  for (const error of errors) {
    const path = parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    if (error.constraints) fields[path] = describeField(error, path);
    if (error.children && error.children.length > 0) {
      Object.assign(fields, describeValidationErrors(error.children, path));
    }
  }
  return fields;
}

/** The words of one field's failures, joined; class-validator's English is not shown. */
function describeField(error: ValidationError, path: string): LocalText {
  const owner = error.target ?? undefined;
  const field = fieldLabel(path, owner);
  const keys = Object.keys(error.constraints ?? {});
  if (keys.includes('whitelistValidation')) return FIELD_MESSAGES.notAccepted({ field });
  const rules = owner ? rulesOf(owner.constructor, error.property) : [];
  const optional = rules.some((r) => r.type === 'conditionalValidation');
  const absent = error.value === undefined || error.value === null || (error.value === '' && !optional);
  if (absent) return capitalised(FIELD_MESSAGES.required({ field }));
  const texts = keys.map((key) => {
    const rule = rules.find((r) => r.name === key);
    const constraints = rule?.constraints ?? [];
    const subject = rule?.each ? FIELD_MESSAGES.eachOf({ field }) : field;
    const values: Record<string, unknown> = { field: subject };
    constraints.forEach((c, i) => (values[i] = Array.isArray(c) ? c.join(', ') : c));
    if (key === 'minLength' && constraints[0] === 1) return FIELD_MESSAGES.required({ field });
    const known = (FIELD_MESSAGES as Record<string, ((v: Record<string, unknown>) => LocalText) | undefined>)[key];
    return (known ?? FIELD_MESSAGES.invalid)(values);
  });
  return capitalised(joined(texts, { zh: '；', en: '; ' }));
}

function rulesOf(type: unknown, property: string): ValidationMetadata[] {
  if (typeof type !== 'function') return [];
  return getMetadataStorage()
    .getTargetValidationMetadatas(type, '', true, false)
    .filter((m) => m.propertyName === property);
}

/** English sentences start with a capital; Chinese has none. */
function capitalised(text: LocalText): LocalText {
  return new LocalText(text.zh, text.en.charAt(0).toUpperCase() + text.en.slice(1));
}

/**
 * The global pipe validates DTO classes only. Path parameters are left as the strings they
 * arrived as, for the route's own pipe (IdParamPipe…) to parse: the stock pipe would have
 * turned `abc` into NaN first, losing what the client sent and what to tell them.
 */
class DtoValidationPipe extends ValidationPipe {
  /**
   * Query strings validated before, per DTO class, keyed by the query itself: a published
   * document is fetched with the same few queries (`?lang=en`) thousands of times, and
   * class-transformer and class-validator cost a cached document about a tenth of its time.
   * Only successes are kept (a bad query is told again each time), and each request gets its
   * own copy of the instance.
   */
  private readonly validQueries = new WeakMap<object, Map<string, object>>();

  protected override transformPrimitive(value: unknown): unknown {
    return value;
  }

  /**
   * A request body meant for a DTO must be a JSON object of sane depth: class-transformer
   * recurses into whatever it is given, and JSON nested a few thousand levels deep would end in
   * a stack overflow (a 500) instead of a 400.
   */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype;
    if (metadata.type === 'body' && typeof metatype === 'function' && !PLAIN_TYPES.has(metatype)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new BadRequestException({ message: FIELD_MESSAGES.bodyNotObject(), errors: { body: FIELD_MESSAGES.bodyNotObject() } });
      }
      if (depthExceeds(value, MAX_BODY_DEPTH)) {
        const tooDeep = FIELD_MESSAGES.bodyTooDeep({ max: MAX_BODY_DEPTH });
        throw new BadRequestException({ message: tooDeep, errors: { body: tooDeep } });
      }
      value = cleanSubmittedText(value);
    }
    if (metadata.type === 'query' && typeof metatype === 'function' && !PLAIN_TYPES.has(metatype) && isFlatQuery(value)) {
      return this.validQuery(value, metadata, metatype);
    }
    return super.transform(value, metadata);
  }

  private async validQuery(value: Record<string, unknown>, metadata: ArgumentMetadata, metatype: object): Promise<unknown> {
    let known = this.validQueries.get(metatype);
    if (!known) this.validQueries.set(metatype, (known = new Map()));
    const key = JSON.stringify(value);
    let valid = known.get(key);
    if (!valid) {
      valid = (await super.transform(value, metadata)) as object;
      if (known.size >= MAX_QUERIES_KEPT) known.clear();
      known.set(key, valid);
    }
    return Object.assign(Object.create(Object.getPrototypeOf(valid) as object | null) as object, valid);
  }
}

const MAX_BODY_DEPTH = 16;
/** Distinct valid query strings kept per DTO class; a crawler trying every value only empties it. */
const MAX_QUERIES_KEPT = 256;

/** A query of short strings only (what a link carries), the kind worth remembering. */
function isFlatQuery(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  let length = 0;
  for (const field of Object.values(value)) {
    if (typeof field !== 'string') return false;
    length += field.length;
  }
  return length <= 512;
}
const PLAIN_TYPES = new Set<unknown>([String, Number, Boolean, Object, Array, Buffer]);

/** Measured without recursion, so measuring cannot overflow the stack either. */
function depthExceeds(root: object, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

export function createValidationPipe(): ValidationPipe {
  memoizeValidationRules();
  return new DtoValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // Kept for the exception factory, which reads each field's own label and rules from it; never sent.
    validationError: { target: true, value: true },
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = describeValidationErrors(errors);
      return new BadRequestException({ message: joined(Object.values(fields), { zh: '；', en: '; ' }), errors: fields });
    },
  });
}
