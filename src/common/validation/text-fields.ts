import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** Lengths of the bilingual texts every kind of thing has (titles, themes, names, descriptions). */
export const TEXT_LIMITS = { title: 300, name: 200, description: 20_000 } as const;

/**
 * One rule for a text field that may be left out or cleared (null): a string of at most `max`
 * characters. Written once here, so an edition, a session, a brand and a partner's profile
 * refuse the same input with the same words.
 */
export function OptionalText(max: number, example?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ nullable: true, type: String, maxLength: max, ...(example ? { example } : {}) }),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );
}

/** A text that must be given: one to `max` characters. */
export function RequiredText(max: number, example?: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ type: String, minLength: 1, maxLength: max, ...(example ? { example } : {}) }), IsString(), MinLength(1), MaxLength(max));
}
