import type ExcelJS from 'exceljs';

/** One data row of a sheet: its number as the spreadsheet shows it, and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Sheet {
  /** The header row's number and texts (as written, trimmed). */
  headerRow: number;
  headers: string[];
  rows: SheetRow[];
}

/** What a file starts with when it is an .xlsx (a zip). */
export function isXlsx(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

/**
 * The rows of a guest list, from an .xlsx (its first sheet) or a CSV as WPS and Excel save it:
 * UTF-8 with or without a BOM, or GB18030 (「CSV（逗号分隔）」 on a Chinese Windows), comma- or
 * tab-separated. The header is the first row, among the first five, that `isHeader` accepts
 * (a title row above it is common); blank rows are left out, numbering stays the sheet's.
 */
export async function readSheet(bytes: Buffer, isHeader: (cells: string[]) => boolean): Promise<Sheet | null> {
  const grid = isXlsx(bytes) ? await xlsxGrid(bytes) : csvGrid(decodeText(bytes));
  const headerIndex = grid.slice(0, 5).findIndex((r) => isHeader(r.cells));
  if (headerIndex < 0) return null;
  const header = grid[headerIndex];
  const rows = grid.slice(headerIndex + 1).filter((r) => r.cells.some((c) => c !== ''));
  return { headerRow: header.row, headers: header.cells, rows };
}

async function xlsxGrid(bytes: Buffer): Promise<SheetRow[]> {
  // Loaded when a sheet is read, as the other workbooks are: exceljs and its archive libraries cost
  // every server process about 27 MB from its start otherwise.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: SheetRow[] = [];
  if (!sheet) return rows;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push({ row: number, cells });
  });
  return rows;
}

/** A cell as the reader sees it: numbers without exponent (a phone typed as a number), links by their text, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

function decodeText(bytes: Buffer): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180 with the separator of the first line (tab when it has tabs and no commas). */
function csvGrid(text: string): SheetRow[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  // As a spreadsheet numbers them: one row per record (a quoted line break stays in its cell), blank ones counted.
  let record = 1;
  const endRow = () => {
    cells.push(cell.trim());
    if (cells.some((c) => c !== '')) rows.push({ row: record, cells });
    record++;
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === separator) {
      cells.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}
