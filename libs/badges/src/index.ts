/**
 * @huiwu/badges: plain people in, printable PDFs out — badges (tier colour band, name, QR code) on
 * A4 sheets with cut marks, and folded table name cards (座签). Knows nothing of entities or requests.
 */
export * from './badge-document';
export { renderBadges } from './render-badges';
export { renderNameCards } from './render-name-cards';
