import { ConflictException } from '@nestjs/common';
import { joined, type LocalText } from './i18n/local-text';
import { REFERENCE_MESSAGES } from './i18n/reference-messages';

export interface Reference {
  /** What refers, as a kind of REFERENCE_MESSAGES ("3 sessions"); also the key of `errors`. */
  what: Exclude<keyof typeof REFERENCE_MESSAGES, 'refused' | 'held' | 'brand' | 'edition' | 'room' | 'session' | 'speaker' | 'organization'>;
  count: number;
}

/**
 * Refuses to delete something others still refer to, saying what refers to it: nothing is
 * deleted in cascade by surprise.
 */
export function assertUnreferenced(subject: LocalText, references: Reference[]): void {
  const holding = references.filter((r) => r.count > 0);
  if (holding.length === 0) return;
  throw new ConflictException({
    message: REFERENCE_MESSAGES.refused({ subject, references: joined(holding.map((r) => REFERENCE_MESSAGES[r.what]({ count: r.count })), { zh: '、', en: ', ' }) }),
    errors: Object.fromEntries(holding.map((r) => [r.what, REFERENCE_MESSAGES.held({ count: r.count })])),
  });
}
