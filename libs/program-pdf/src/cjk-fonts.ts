import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Noto Sans Hans from @embedpdf/fonts-sc, used for every character (Latin too) so nothing falls
 * back to a PDF standard font without CJK glyphs. pdfkit embeds only the glyphs it used.
 */
export const REGULAR = 'NotoSansHans-Regular';
export const BOLD = 'NotoSansHans-Bold';
export type FontName = typeof REGULAR | typeof BOLD;

interface FontkitFont {
  layout: (text: string) => unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

interface Fontkit {
  create(data: Uint8Array): FontkitFont;
}

export type FontFiles = Record<FontName, SharedArrayBuffer>;

let parsed: Record<FontName, FontkitFont> | undefined;
let provided: FontFiles | undefined;

/** The package exports no package.json, so its fonts are found from its main entry (dist/index.cjs). */
export function fontDirectory(): string {
  return join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

/**
 * Both font files read once into shared memory, for PdfRenderPool to hand to every worker it
 * starts. A worker that read the 17 MB itself would free it when stopped, and glibc then raises
 * its mmap threshold to that size: later workers' buffers land in malloc arenas that never shrink
 * again, so a process that stops idle workers kept ~40 MB more than with the files held here.
 * Read straight into the SharedArrayBuffer, so no 8 MB temporary is freed either.
 */
export function readFontFiles(): FontFiles {
  const read = (name: FontName): SharedArrayBuffer => {
    const fd = openSync(join(fontDirectory(), `${name}.otf`), 'r');
    try {
      const bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size));
      let at = 0;
      while (at < bytes.length) {
        const count = readSync(fd, bytes, at, bytes.length - at, at);
        if (count === 0) throw new Error(`${name}.otf ended early`);
        at += count;
      }
      return bytes.buffer as SharedArrayBuffer;
    } finally {
      closeSync(fd);
    }
  };
  return { [REGULAR]: read(REGULAR), [BOLD]: read(BOLD) } as FontFiles;
}

/** In a pool's worker: parse the files the pool read (readFontFiles) instead of reading them again. */
export function useFontFiles(files: FontFiles): void {
  provided = files;
}

/**
 * Parsing the 8 MB font costs more than laying out a whole program, so the parsed fontkit fonts
 * are kept for the life of the thread and handed to pdfkit, which accepts a fontkit font as a
 * source. fontkit is loaded from pdfkit's own location so both agree on the object's shape.
 */
export function loadCjkFonts(): Record<FontName, FontkitFont> {
  if (!parsed) {
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as Fontkit;
    const bytes = (name: FontName) => (provided ? new Uint8Array(provided[name]) : readFileSync(join(fontDirectory(), `${name}.otf`)));
    const open = (name: FontName) => fontkit.create(bytes(name));
    parsed = { [REGULAR]: open(REGULAR), [BOLD]: open(BOLD) } as Record<FontName, FontkitFont>;
  }
  return parsed;
}

export function registerCjkFonts(pdf: PDFKit.PDFDocument): void {
  const loaded = loadCjkFonts();
  for (const name of [REGULAR, BOLD] as const) {
    pdf.registerFont(name, loaded[name] as unknown as PDFKit.Mixins.PDFFontSource);
  }
  pdf.font(REGULAR);
}

/**
 * Characters the font cannot draw (they would print as empty boxes), without duplicates.
 * Names outside the font's coverage (rare variants, CJK Extension B) are worth a warning
 * before a program goes to print.
 */
export function findMissingGlyphs(text: string): string[] {
  const font = loadCjkFonts()[REGULAR];
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/.test(char)) continue;
    if (!font.hasGlyphForCodePoint(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}
