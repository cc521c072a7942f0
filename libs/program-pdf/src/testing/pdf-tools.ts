import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) read the PDFs back in the tests. Missing
 * tools fail the test, never skip it: an unread PDF proves nothing.
 */
export function poppler(tool: string, args: string[], pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'program-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const run = spawnSync(tool, [...args.map((arg) => (arg === '%pdf' ? file : arg))], { encoding: 'utf8' });
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} not found: install poppler-utils (apt-get install -y poppler-utils) to run these tests`);
    }
    if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return poppler('pdftotext', ['-layout', ...range, '%pdf', '-'], pdf);
}

/** Text of each page, in order; pdftotext separates pages with a form feed. */
export function pageTexts(pdf: Buffer): string[] {
  return pdfText(pdf).split('\f').slice(0, -1);
}

/** Extracted text wraps long titles and pads columns: compare without any whitespace. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  const lines = poppler('pdfinfo', ['%pdf'], pdf).split('\n');
  return Object.fromEntries(lines.filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

export interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}

/** pdffonts' table; the type column may contain spaces (CID Type 0C), so read from the right. */
export function pdfFonts(pdf: Buffer): FontRow[] {
  return poppler('pdffonts', ['%pdf'], pdf)
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const parts = line.trim().split(/\s+/);
      const [emb, sub, uni] = parts.slice(-5, -2);
      return { name: parts[0], type: parts.slice(1, -6).join(' '), emb, sub, uni };
    });
}

/** Decompressed content of every FlateDecode stream, to look at what was drawn. */
export function inflatedStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  const pattern = /\/Filter \/FlateDecode[^]*?>>\s*stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not every stream is complete text (fonts inflate too); skip what does not inflate.
    }
  }
  return out;
}
