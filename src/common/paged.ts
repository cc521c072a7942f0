import type { FastifyReply } from 'fastify';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `limit`/`offset` for list routes; the total goes in the X-Total-Count header so bodies stay plain arrays. */
export class WindowQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer' })
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be an integer' })
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;
}

/** One window of a list ("page" is for HTML pages only): its items and the list's whole length. */
export interface Paged<T> {
  items: T[];
  total: number;
}

/** Answers a window as a plain array, with the total in X-Total-Count. */
export function sendPaged<T>(reply: FastifyReply, window: Paged<T>): T[] {
  void reply.header('X-Total-Count', String(window.total));
  return window.items;
}
