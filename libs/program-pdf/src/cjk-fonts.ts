import { readFileSync } from 'node:fs';
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

let parsed: Record<FontName, FontkitFont> | undefined;

/** The package exports no package.json, so its fonts are found from its main entry (dist/index.cjs). */
export function fontDirectory(): string {
  return join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

/**
 * Parsing the 8 MB font costs more than laying out a whole program, so the parsed fontkit fonts
 * are kept for the life of the thread and handed to pdfkit, which accepts a fontkit font as a
 * source. fontkit is loaded from pdfkit's own location so both agree on the object's shape.
 */
function fonts(): Record<FontName, FontkitFont> {
  if (!parsed) {
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as Fontkit;
    const open = (name: FontName) => fontkit.create(readFileSync(join(fontDirectory(), `${name}.otf`)));
    parsed = { [REGULAR]: open(REGULAR), [BOLD]: open(BOLD) } as Record<FontName, FontkitFont>;
  }
  return parsed;
}

export function registerCjkFonts(pdf: PDFKit.PDFDocument): void {
  const loaded = fonts();
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
  const font = fonts()[REGULAR];
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/.test(char)) continue;
    if (!font.hasGlyphForCodePoint(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}
