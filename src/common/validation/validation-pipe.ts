import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { cleanSubmittedText } from './stored-text';

/**
 * Flattens class-validator's tree into `{ "roles[0].organizationId": "must be an integer" }`,
 * so a client learns every bad field and why in one answer.
 */
export function describeValidationErrors(errors: ValidationError[], parent = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const path = parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    if (error.constraints) {
      fields[path] = Object.values(error.constraints).join('; ');
    }
    if (error.children && error.children.length > 0) {
      Object.assign(fields, describeValidationErrors(error.children, path));
    }
  }
  return fields;
}

/**
 * The global pipe validates DTO classes only. Path parameters are left as the strings they
 * arrived as, for the route's own pipe (IdParamPipe…) to parse: the stock pipe would have
 * turned `abc` into NaN first, losing what the client sent and what to tell them.
 */
class DtoValidationPipe extends ValidationPipe {
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
        throw new BadRequestException({ message: 'The body must be a JSON object', errors: { body: 'must be a JSON object' } });
      }
      if (depthExceeds(value, MAX_BODY_DEPTH)) {
        throw new BadRequestException({ message: 'The body is nested too deeply', errors: { body: `must not nest deeper than ${MAX_BODY_DEPTH} levels` } });
      }
      value = cleanSubmittedText(value);
    }
    return super.transform(value, metadata);
  }
}

const MAX_BODY_DEPTH = 16;
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
  return new DtoValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = describeValidationErrors(errors);
      const names = Object.keys(fields);
      return new BadRequestException({
        message: `Invalid ${names.join(', ')}`,
        errors: fields,
      });
    },
  });
}
