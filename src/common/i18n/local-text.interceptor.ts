import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { map, Observable } from 'rxjs';
import { acceptedLanguage } from './language';
import { localize } from './local-text';

/**
 * An API answer may carry LocalText (a schedule warning, say): it reaches the client in the
 * language of its `Accept-Language`, as errors do in ApiExceptionFilter.
 */
@Injectable()
export class LocalTextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const lang = acceptedLanguage(request.headers['accept-language']);
    return next.handle().pipe(map((body: unknown) => localize(body, lang)));
  }
}
