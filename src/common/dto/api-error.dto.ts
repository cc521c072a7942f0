import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one shape of every error answer. */
export class ApiError {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: '「年份」不能小于 1990', description: 'In the language of Accept-Language: Chinese unless it asks for English (en…); Content-Language says which' })
  message: string;

  @ApiPropertyOptional({
    description: 'Each bad field, by its path (`email`, `hosts[0].organizationId`), and why, naming the field in words',
    example: { year: '「年份」不能小于 1990' },
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  errors?: Record<string, string>;

  @ApiPropertyOptional({ description: 'For a schedule conflict (409): each conflict, with the session it is about', type: 'array', items: { type: 'object' } })
  conflicts?: unknown[];
}
