/** The media types a guest list file is sent as. */
export const GUEST_LIST_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'] as const;

/** A guest list file may be this big. */
export const MAX_GUEST_LIST_BYTES = 10 * 1024 * 1024;
