import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

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
