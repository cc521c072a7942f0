import PDFDocument from 'pdfkit';
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
 * A pdfkit document with the CJK fonts registered and pages buffered, so the contents, cross
 * references and running heads can be written once the page numbers are known.
 */
export function createPdf(settings: PdfSettings): PDFKit.PDFDocument {
  const pdf = new PDFDocument({
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
