import type { FastifyRequest } from 'fastify';
import { MAX_ID } from '../pipes/id-param.pipe';

/**
 * A route value as a permission resolver reads it, before any pipe: an id when it is one, else
 * null (the route's own pipe then answers the 400 it always has).
 */
export function idOf(value: unknown): number | null {
  return typeof value === 'string' && /^\d{1,10}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_ID ? Number(value) : null;
}

export function paramOf(request: FastifyRequest, name: string): string | undefined {
  const value = (request.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
