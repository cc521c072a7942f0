import { REGISTRATION_STATUSES } from './registration-status';

/**
 * A cell as text Excel opens safely: a value starting with = + - @ (or a tab/CR) would be run
 * as a formula, so it is prefixed with an apostrophe; quotes are doubled inside quotes.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, CRLF lines: what Excel needs to show Chinese correctly. */
export function csvDocument(header: string[], rows: (string | number | null)[][]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

export const STATUS_LABELS: Record<(typeof REGISTRATION_STATUSES)[number] | 'waitlisted', string> = {
  pending: '待审核',
  confirmed: '已确认',
  rejected: '未通过',
  cancelled: '已取消',
  waitlisted: '候补',
};
