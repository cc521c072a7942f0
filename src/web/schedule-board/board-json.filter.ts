import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../../common/filters/api-exception.filter';
import { FormExpired, SignInRequired } from '../page-errors';
import { PageRenderer } from '../page-renderer';

/**
 * The board's script asks in JSON and reads the answer beside the card: a refusal comes back as
 * the API's error body (message, errors by field, conflicts) in the page's language, not as a page.
 */
@Catch()
@Injectable()
export class BoardJsonFilter implements ExceptionFilter {
  private readonly logger = new Logger('BoardJsonFilter');

  constructor(private readonly pages: PageRenderer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const page = this.pages.page(request, reply);
    const body =
      exception instanceof SignInRequired ? { statusCode: 401, error: 'Unauthorized', message: page.t('board.signInAgain') }
      : exception instanceof FormExpired ? { statusCode: 403, error: 'Forbidden', message: page.t('csrfExpired') }
      : errorBody(exception, page.lang);
    if (body.statusCode >= 500) this.logger.error(`${request.method} ${request.url.split('?')[0]} failed: ${(exception as Error)?.stack ?? String(exception)}`);
    const status = exception instanceof HttpException || body.statusCode ? body.statusCode : 500;
    void reply.status(status).header('Cache-Control', 'no-store').type('application/json; charset=utf-8').send(body);
  }
}
