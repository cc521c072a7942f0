import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withPdfFile<T>(pdf: Buffer, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'huiwu-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${tool} is missing: apt-get install poppler-utils (${result.error.message})`);
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return result.stdout;
}

/** The text of a real PDF, as poppler's pdftotext extracts it (pages separated by form feeds). */
export function pdfText(pdf: Buffer): string {
  return withPdfFile(pdf, (file) => poppler('pdftotext', ['-enc', 'UTF-8', file, '-']));
}

/** pdffonts' table: one row per font with its type, whether embedded and whether subset. */
export function pdfFonts(pdf: Buffer): { name: string; type: string; embedded: boolean; subset: boolean }[] {
  const lines = withPdfFile(pdf, (file) => poppler('pdffonts', [file])).trim().split('\n').slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type [type words…] encoding emb sub uni object ID
    const [emb, sub] = columns.slice(-5, -3);
    return { name: columns[0], type: columns.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes' };
  });
}

/** A supertest request whose body arrives as the raw bytes (PDFs are not text). */
export function asBuffer(req: import('supertest').Test): import('supertest').Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** The URLs a PDF links to (its link annotations), as poppler's pdfinfo lists them. */
export function pdfLinkUrls(pdf: Buffer): string[] {
  const lines = withPdfFile(pdf, (file) => poppler('pdfinfo', ['-url', file])).trim().split('\n').slice(1);
  return lines.map((line) => line.trim().split(/\s+/).slice(2).join(' ')).filter(Boolean);
}

/**
 * What the QR codes printed on a PDF's first page say: the page rendered by pdftoppm, read by
 * zbarimg (Debian's zbar-tools), as a phone's camera would.
 */
export function pdfQrCodes(pdf: Buffer): string[] {
  return withPdfFile(pdf, (file) => {
    poppler('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-png', '-singlefile', file, file.replace(/\.pdf$/, '')]);
    const result = spawnSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', file.replace(/\.pdf$/, '.png')], { encoding: 'utf8' });
    if (result.error) throw new Error(`zbarimg is missing: apt-get install zbar-tools (${result.error.message})`);
    // 4: no code found; that is an answer, not a failure.
    if (result.status !== 0 && result.status !== 4) throw new Error(`zbarimg failed: ${result.stderr}`);
    return result.stdout.split('\n').filter(Boolean);
  });
}

/** The http(s) addresses written in a text (an e-mail body, a PDF's extracted text). */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"'）)]+/g)].map((m) => m[0].replace(/[.,;:。，；]+$/, ''));
}
