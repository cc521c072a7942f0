import type { FastifyReply } from 'fastify';
import type { Page } from './pagination';

/** Answers a page as a plain array, with the total in X-Total-Count. */
export function sendPage<T>(reply: FastifyReply, page: Page<T>): T[] {
  void reply.header('X-Total-Count', String(page.total));
  return page.items;
}
