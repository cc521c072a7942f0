import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, Max, Min } from 'class-validator';

/** Sessions one registration may hold at most. */
const MAX_SESSIONS = 30;

/**
 * A list of session ids, the one rule for every request that names sessions (registering,
 * changing them): at most 30 distinct positive ids, refused with the same words everywhere.
 */
export function SessionIds(documentation: Pick<ApiPropertyOptions, 'description' | 'example'>): PropertyDecorator {
  // Listed bottom-up, the order in which TypeScript would apply them stacked on the property,
  // so that several failures are reported in the order they always were.
  return applyDecorators(
    Max(2_147_483_647, { each: true }),
    Min(1, { each: true }),
    IsInt({ each: true, message: 'each of sessionIds must be an integer' }),
    ArrayUnique({ message: 'sessionIds must not repeat a session' }),
    ArrayMaxSize(MAX_SESSIONS),
    IsArray(),
    ApiProperty({ type: [Number], ...documentation } as ApiPropertyOptions),
  );
}
