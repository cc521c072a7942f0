import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EntityNotFoundError } from 'typeorm';
import { isDuplicateKey } from '../../database/duplicate-key';
import { ApiError } from '../dto/api-error.dto';
import { HTTP_MESSAGES } from '../i18n/common-messages';
import { acceptedLanguage, Language, LANGUAGE_TAGS } from '../i18n/language';
import { localize, Words } from '../i18n/local-text';
import { errorCode } from '../transient-failure';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Gives every error one shape, `{ statusCode, error, message, errors? }`, in the language of the
 * request's `Accept-Language` (Chinese unless it asks for English), and turns what
 * would leak as a 500 from the layers below (Fastify's own 4xx, a duplicate key, a
 * lost database) into the answer a client can act on. Only the unexpected is a 500, and
 * its details go to the log, not to the client.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const reply = context.getResponse<FastifyReply>();
    const request = context.getRequest<FastifyRequest>();
    const lang = acceptedLanguage(request.headers['accept-language']);
    const body = errorBody(exception, lang);
    if (body.statusCode >= 500) {
      this.logger.error(
        `${request.method} ${request.url.split('?')[0]} failed: ${(exception as Error)?.stack ?? String(exception)}`,
      );
    }
    const retryAfter = exception instanceof HttpException ? (exception.getResponse() as { retryAfter?: unknown }).retryAfter : undefined;
    if (typeof retryAfter === 'number') void reply.header('Retry-After', String(retryAfter));
    void reply
      .status(body.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .header('Content-Language', LANGUAGE_TAGS[lang])
      .header('Vary', 'Accept-Language')
      .send(body);
  }
}

/** The words of an exception in one language: the API's error body, and what a page shows of a refusal. */
export function errorBody(exception: unknown, lang: Language): ApiError {
  return localize(toApiError(exception), lang) as ApiError;
}

function toApiError(exception: unknown): ApiError {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return shape(status, response);
    const { message, errors, conflicts } = response as { message?: Words | string[]; errors?: Record<string, Words>; conflicts?: unknown[] };
    const text = Array.isArray(message) ? message.join('; ') : (message ?? exception.message);
    const body = shape(status, text, errors);
    if (Array.isArray(conflicts)) body.conflicts = conflicts;
    return body;
  }
  if (exception instanceof EntityNotFoundError) return shape(404, HTTP_MESSAGES.notFound());
  if (isDuplicateKey(exception)) {
    return shape(409, HTTP_MESSAGES.duplicate());
  }
  if (isDatabaseUnavailable(exception)) {
    return shape(503, HTTP_MESSAGES.databaseUnavailable());
  }
  // Fastify's own errors (malformed JSON, body too large, wrong content type) carry a 4xx.
  const status = (exception as { statusCode?: number })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return shape(status, (exception as Error).message || REASONS[status] || HTTP_MESSAGES.badRequest());
  }
  return shape(500, HTTP_MESSAGES.serverError());
}

/** Before localize() the texts may still be in both languages; the answer has one. */
function shape(statusCode: number, message: Words, errors?: Record<string, Words>): ApiError {
  const body = { statusCode, error: REASONS[statusCode] ?? HttpStatus[statusCode] ?? 'Error', message } as unknown as ApiError;
  if (errors && Object.keys(errors).length > 0) body.errors = errors as Record<string, string>;
  return body;
}

/** Errors meaning "the database cannot be reached now": the client should retry, not report a bug. */
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  // Still rolled back after the retries (or where no transaction retries): busy, not broken.
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  // A cluster node outside the primary component: "WSREP has not yet prepared node for application use".
  'ER_UNKNOWN_COM_ERROR',
  'SQLITE_BUSY',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && UNAVAILABLE.has(code);
}
