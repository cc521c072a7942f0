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
