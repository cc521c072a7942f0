import { DateTime } from 'luxon';
import type { AttendeeSheet } from './attendee-export';

/**
 * The attendee list as an Excel workbook (.xlsx, written by exceljs): one sheet, a bold header
 * row that stays in view (frozen) with a filter, column widths to fit, texts as typed string
 * cells (so a name starting with = is shown, never run, and a phone keeps its spaces, + and
 * leading zero: no apostrophe needed) and times as real date-time cells in the edition's zone.
 */
export async function attendeeWorkbook(sheet: AttendeeSheet): Promise<Buffer> {
  // Loaded on the first export, not at start: exceljs takes a noticeable part of a second to load.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Huiwu 会务';
  const worksheet = workbook.addWorksheet(sheet.sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.kind === 'time' ? { numFmt: 'yyyy-mm-dd hh:mm:ss' } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    worksheet.addRow(row.map((cell) => (cell instanceof Date ? wallClock(cell, sheet.timeZone) : cell)));
  }
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Spreadsheet dates have no zone: exceljs writes a Date's UTC fields. The instant is moved so
 * that its UTC fields are the edition's wall clock, which is what the cell then shows.
 */
function wallClock(instant: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}
