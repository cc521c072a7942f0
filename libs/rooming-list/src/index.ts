/**
 * @huiwu/rooming-list: a hotel's rooming list (分房名单) as a PDF. Plain rooms and people in,
 * bytes out: it knows nothing of guests, blocks or the database.
 */
export * from './rooming-list-pdf';
