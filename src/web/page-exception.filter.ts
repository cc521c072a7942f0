import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EntityNotFoundError } from 'typeorm';
import { errorBody } from '../common/filters/api-exception.filter';
import { FormExpired, SignInRequired } from './page-errors';
import { PageRenderer } from './page-renderer';

const SIGN_IN_PAGES = { organizer: '/admin/sign-in', partner: '/partner/sign-in' } as const;

/** Errors on pages answer as pages (in the reader's language), not as the API's JSON. */
@Catch()
@Injectable()
export class PageExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('PageExceptionFilter');

  constructor(private readonly pages: PageRenderer) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const page = this.pages.page(request, reply);
    if (exception instanceof SignInRequired) return page.redirect(SIGN_IN_PAGES[exception.kind]);

    let status = exception instanceof HttpException ? exception.getStatus() : exception instanceof EntityNotFoundError ? 404 : 500;
    if (status < 400) status = 500;
    if (status >= 500) this.logger.error(`${request.method} ${request.url.split('?')[0]} failed: ${(exception as Error)?.stack ?? String(exception)}`);
    const text =
      exception instanceof FormExpired ? page.t('csrfExpired')
      : status === 404 ? page.t('notFoundText')
      : status >= 500 ? page.t('serverErrorText')
      : errorBody(exception, page.lang).message;
    const titleKey = `httpError.${status}`;
    const title = page.t(titleKey) === titleKey ? page.t(status >= 500 ? 'httpError.500' : 'httpError.400') : page.t(titleKey);
    await page.render('error.hbs', title, { status, text }, { status, personal: true });
  }
}
