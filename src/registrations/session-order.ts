import type { ReleasedSession } from '../releases/release.store';

type Ordered = Pick<ReleasedSession, 'sessionId' | 'startsAt' | 'roomNameZh' | 'titleZh'>;

/**
 * An attendee's sessions in the order they take place, as the release publishes them: by start
 * (sessions without a time last), then room, then title; the id keeps the order total. The
 * registration's answer, its page and its messages all list them so.
 */
export function inProgramOrder(a: Ordered | undefined, b: Ordered | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  const start = (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity);
  if (start) return start;
  return (
    (a.roomNameZh ?? '\uffff').localeCompare(b.roomNameZh ?? '\uffff', 'zh-CN') ||
    a.titleZh.localeCompare(b.titleZh, 'zh-CN') ||
    a.sessionId - b.sessionId
  );
}
