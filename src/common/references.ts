import { ConflictException } from '@nestjs/common';

export interface Reference {
  /** What refers, in words: "3 sessions", "the room 主会场"… */
  what: string;
  count: number;
}

/**
 * Refuses to delete something others still refer to, saying what refers to it: nothing is
 * deleted in cascade by surprise.
 */
export function assertUnreferenced(subject: string, references: Reference[]): void {
  const holding = references.filter((r) => r.count > 0);
  if (holding.length === 0) return;
  throw new ConflictException({
    message: `Cannot delete ${subject}: ${holding.map((r) => `${r.count} ${r.what}`).join(', ')} still refer to it`,
    errors: Object.fromEntries(holding.map((r) => [r.what, `${r.count} still refer to it`])),
  });
}
