import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one shape of every error answer. */
export class ApiError {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'Invalid year' })
  message: string;

  @ApiPropertyOptional({
    description: 'Each bad field and why',
    example: { year: 'year must be an integer between 1990 and 2100' },
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  errors?: Record<string, string>;

  @ApiPropertyOptional({ description: 'For a schedule conflict (409): each conflict, with the session it is about', type: 'array', items: { type: 'object' } })
  conflicts?: unknown[];
}
