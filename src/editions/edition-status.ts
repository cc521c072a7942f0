export const EDITION_STATUSES = ['draft', 'published', 'cancelled'] as const;
/** A draft edition is invisible to the public; a cancelled one stays visible, marked. */
export type EditionStatus = (typeof EDITION_STATUSES)[number];

/** How a new registration takes hold: at once ('none'), or once the attendee confirms by the link mailed to them ('email'). */
export const REGISTRATION_CONFIRMATIONS = ['none', 'email'] as const;
export type RegistrationConfirmation = (typeof REGISTRATION_CONFIRMATIONS)[number];
