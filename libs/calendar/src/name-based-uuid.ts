import { createHash } from 'node:crypto';

/**
 * Huiwu's own UUID namespace for schedule identifiers. Never change it: schedule apps match
 * sessions across releases by guid, so a new namespace would look like a whole new programme.
 */
export const HUIWU_SCHEDULE_NAMESPACE = '32c49b13-5114-449a-9555-3503e1bb2546';

/** RFC 4122 §4.3 name-based UUID, version 5 (SHA-1). */
export function uuidV5(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new RangeError(`Not a UUID namespace: ${namespace}`);
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A session's guid for schedule.xml/json. The host is part of the name so that two Huiwu
 * installations never hand apps the same guid for different sessions.
 */
export function sessionGuid(host: string, sessionId: number): string {
  return scheduleUuid(host, `session/${sessionId}`);
}

/** Guids for the other things a schedule names (rooms, persons), from the same namespace. */
export function scheduleUuid(host: string, path: string): string {
  return uuidV5(HUIWU_SCHEDULE_NAMESPACE, `${host.toLowerCase()}/${path}`);
}
