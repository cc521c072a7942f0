import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EntityNotFoundError } from 'typeorm';
import { isDuplicateKey } from '../../database/duplicate-key';
import { ApiError } from '../dto/api-error.dto';
import { apiLanguage, inApiLanguage, type Worded } from '../http/worded-error';

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
 * Gives every error one shape, `{ statusCode, error, message, errors? }`, and turns what
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
    const body = this.toApiError(exception, request);
    if (body.statusCode >= 500) {
      this.logger.error(
        `${request.method} ${request.url.split('?')[0]} failed: ${(exception as Error)?.stack ?? String(exception)}`,
      );
    }
    const retryAfter = exception instanceof HttpException ? (exception.getResponse() as { retryAfter?: unknown }).retryAfter : undefined;
    if (typeof retryAfter === 'number') void reply.header('Retry-After', String(retryAfter));
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toApiError(exception: unknown, request: FastifyRequest): ApiError {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'string') return this.shape(status, response);
      const { message, errors, conflicts } = response as { message?: string | string[] | Worded; errors?: Record<string, string | Worded>; conflicts?: unknown[] };
      // A message written in both languages is answered in the client's.
      const lang = apiLanguage(request.headers['accept-language']);
      const worded = inApiLanguage(message, lang);
      const text = Array.isArray(worded) ? worded.join('; ') : (worded ?? exception.message);
      const fields = errors && Object.fromEntries(Object.entries(errors).map(([field, detail]) => [field, inApiLanguage(detail, lang)]));
      const body = this.shape(status, text, fields);
      if (Array.isArray(conflicts)) body.conflicts = conflicts;
      return body;
    }
    if (exception instanceof EntityNotFoundError) return this.shape(404, 'Not found');
    if (isDuplicateKey(exception)) {
      return this.shape(409, 'This conflicts with something that already exists');
    }
    if (isDatabaseUnavailable(exception)) {
      return this.shape(503, 'The database is unavailable; try again shortly');
    }
    // Fastify's own errors (malformed JSON, body too large, wrong content type) carry a 4xx.
    const status = (exception as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return this.shape(status, (exception as Error).message || REASONS[status] || 'Bad request');
    }
    void request;
    return this.shape(500, 'Something went wrong on our side; it has been logged');
  }

  private shape(statusCode: number, message: string, errors?: Record<string, string>): ApiError {
    const body: ApiError = { statusCode, error: REASONS[statusCode] ?? HttpStatus[statusCode] ?? 'Error', message };
    if (errors && Object.keys(errors).length > 0) body.errors = errors;
    return body;
  }
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
  'SQLITE_BUSY',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.code
    ?? (error as { driverError?: { code?: string } })?.driverError?.code;
  return code !== undefined && UNAVAILABLE.has(code);
}
