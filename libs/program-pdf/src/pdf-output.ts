import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';
import { registerCjkFonts } from './cjk-fonts';
import { PageStyle } from './page-style';
import { ProgramLang } from './program-document';

export interface PdfSettings {
  style: PageStyle;
  lang: ProgramLang;
  title: string;
  subject?: string | null;
  issuedAt?: Date | null;
}

/**
 * pdfkit (with fontkit) is required on first use, not on import: the server's main thread
 * imports this library for the pool and the labels but renders on workers, and would otherwise
 * carry about 9 MB of code it never runs.
 */
let PdfKitDocument: typeof PDFDocument | undefined;

/**
 * A pdfkit document with the CJK fonts registered and pages buffered, so the contents, cross
 * references and running heads can be written once the page numbers are known.
 */
export function createPdf(settings: PdfSettings): PDFKit.PDFDocument {
  PdfKitDocument ??= createRequire(__filename)('pdfkit') as typeof PDFDocument;
  const pdf = new PdfKitDocument({
    size: settings.style.size,
    margins: settings.style.margins,
    bufferPages: true,
    autoFirstPage: false,
    lang: settings.lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    info: {
      Title: settings.title,
      Author: 'Huiwu',
      Creator: 'Huiwu',
      ...(settings.subject ? { Subject: settings.subject } : {}),
      // Also seeds the file ID, so a fixed instant gives byte-identical output.
      CreationDate: settings.issuedAt ?? new Date(),
    },
  });
  registerCjkFonts(pdf);
  return pdf;
}

/** Ends the document and collects its bytes. */
export function finishPdf(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
