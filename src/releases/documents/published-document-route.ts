import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { Public } from '../../common/access/access.decorators';
import { ApiError } from '../../common/dto/api-error.dto';

/**
 * What every route serving an edition's published document declares: public, the edition by id
 * or slug, the document (or 404 / 400 for a malformed id or query).
 */
export function PublishedDocumentRoute(options: { summary: string; produces?: string; description: string; example?: string }) {
  return applyDecorators(
    Public(),
    ApiOperation({ summary: options.summary }),
    ApiParam({ name: 'idOrSlug', example: options.example ?? 'integrity-2019' }),
    ...(options.produces ? [ApiProduces(options.produces)] : []),
    ApiResponse({ status: 200, description: options.description }),
    ApiNotFoundResponse({ type: ApiError }),
    ApiBadRequestResponse({ type: ApiError }),
  );
}
