import { ClassConstructor, plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import { cleanSubmittedText } from '../common/validation/stored-text';
import { describeValidationErrors } from '../common/validation/validation-pipe';

/**
 * A form's fields as the API's own request class, checked by its own rules, so a page refuses
 * exactly what the API refuses: field → the API's English detail, empty when valid.
 */
export async function asApiRequest<T extends object>(type: ClassConstructor<T>, plain: Record<string, unknown>): Promise<{ request: T; errors: Record<string, string> }> {
  const request = plainToInstance(type, cleanSubmittedText({ ...plain }));
  const errors = describeValidationErrors(await validate(request, { whitelist: true, forbidNonWhitelisted: true }));
  return { request, errors };
}

/** The longest text the API's request class takes in that field, for the form's `maxlength` and its message. */
export function maxLengthOf(type: ClassConstructor<object>, property: string): number | null {
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(type, '', true, false)
    .find((m) => m.propertyName === property && m.name === 'maxLength');
  return rule ? Number(rule.constraints[0]) : null;
}
