/**
 * The dedupe keys of messages to an edition's guests: `guest:<edition>:<guest>:<what>`. The
 * edition leads, so the purge finds them all by one prefix (they belong to no registration).
 */
export function guestMessageKey(editionId: number, guestId: number, what: string): string {
  return `guest:${editionId}:${guestId}:${what}`;
}

export function guestMessagesOfEdition(editionId: number): string {
  return `guest:${editionId}:`;
}
