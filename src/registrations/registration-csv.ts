import { DateTime } from 'luxon';
import type { AttendeeCell, AttendeeSheet } from './attendee-export';

/**
 * The attendee list as CSV for Excel and WPS: UTF-8 with a byte-order mark (without it Excel
 * shows Chinese as mojibake), CRLF lines, RFC 4180 quoting, times as `2026-12-01 14:05:09` in
 * the edition's zone (the headers name it), which spreadsheets read as date-times.
 *
 * Formula injection, without apostrophes: a text that a spreadsheet would run (it starts with
 * = + - @, a tab or a CR) or turn into a number or date (a phone 13800138000 becomes
 * 1.38E+10, "+86 138…" a formula, 0371… loses its zero) is written as a text formula,
 * `="=HYPERLINK(""…"")"`, whose only content is a quoted string literal: Excel and WPS show
 * exactly the text as written, with no apostrophe and nothing executed, since the attendee's
 * quotes are doubled and cannot end the literal. The apostrophe that OWASP suggests instead
 * stays visible in every cell it protects once the file is opened from CSV. Programs that
 * read the CSV as data see the formula: they should use the JSON list or the xlsx, whose cells
 * are typed strings.
 */
export function attendeeCsv(sheet: AttendeeSheet): Buffer {
  const lines = [sheet.columns.map((c) => csvField(c.header)), ...sheet.rows.map((row) => row.map((cell) => csvField(cellText(cell, sheet.timeZone))))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n', 'utf8')]);
}

function cellText(cell: AttendeeCell, timeZone: string): string {
  if (cell === null) return '';
  if (cell instanceof Date) return DateTime.fromJSDate(cell, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm:ss');
  return misreadBySpreadsheets(cell) ? textFormula(cell) : cell;
}

/**
 * Runs as a formula, or reads as a number or a date: digits with number or date punctuation only.
 * A formula may also start after a `;` or `,`: where the list separator is `;` (Excel in German,
 * French, Russian… locales), a spreadsheet splits `a;=1+1` into `a` and a formula.
 */
export function misreadBySpreadsheets(text: string): boolean {
  return /(^|[;,])\s*[=+\-@\t\r]/.test(text) || /^[\d\s+\-().,/:]*\d[\d\s+\-().,/:]*$/.test(text);
}

/**
 * `="…"`: string literals of at most 250 UTF-16 units (Excel refuses longer ones) joined by &,
 * and control characters as CHAR(n), which a literal cannot hold.
 */
export function textFormula(text: string): string {
  const parts: string[] = [];
  let literal = '';
  const flush = () => {
    if (literal) parts.push(`"${literal}"`);
    literal = '';
  };
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20) {
      flush();
      parts.push(`CHAR(${code})`);
      continue;
    }
    const escaped = char === '"' ? '""' : char;
    if (literal.length + escaped.length > 250) flush();
    literal += escaped;
  }
  flush();
  return `=${parts.length ? parts.join('&') : '""'}`;
}

/** Quoted also when it holds a `;`, the separator of the locales that use `,` as the decimal mark. */
function csvField(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
