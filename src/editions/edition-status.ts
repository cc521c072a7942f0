export const EDITION_STATUSES = ['draft', 'published', 'cancelled'] as const;
/** A draft edition is invisible to the public; a cancelled one stays visible, marked. */
export type EditionStatus = (typeof EDITION_STATUSES)[number];
