import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';
import { registerCjkFonts } from './cjk-fonts';
import { encodeContentAsText } from './pdf-content-text';
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

/** pdfkit, required on this thread's first document (or a worker's start), with its content written as text (see encodeContentAsText). */
export function loadPdfKit(): typeof PDFDocument {
  if (!PdfKitDocument) {
    PdfKitDocument = createRequire(__filename)('pdfkit') as typeof PDFDocument;
    encodeContentAsText(PdfKitDocument);
  }
  return PdfKitDocument;
}

/** How a pdfkit document is opened: its page, its metadata, whether pages are kept until the end. */
export interface PdfPages {
  size: PDFKit.PDFDocumentOptions['size'];
  layout?: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number };
  /** Kept until the end, to write on pages already laid out (contents, running heads). */
  bufferPages?: boolean;
  lang: ProgramLang;
  title: string;
  subject?: string | null;
  /** Also seeds the file ID, so a fixed instant gives byte-identical output. */
  issuedAt?: Date | null;
}

/** A pdfkit document with the CJK fonts registered: the one way every Huiwu PDF begins (programs, tickets, badges, name cards, seating charts, rooming lists). */
export function openPdf(pages: PdfPages): PDFKit.PDFDocument {
  const Pdf = loadPdfKit();
  const pdf = new Pdf({
    size: pages.size,
    layout: pages.layout ?? 'portrait',
    margins: pages.margins,
    bufferPages: pages.bufferPages ?? false,
    autoFirstPage: false,
    lang: pages.lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    info: {
      Title: pages.title,
      Author: 'Huiwu',
      Creator: 'Huiwu',
      ...(pages.subject ? { Subject: pages.subject } : {}),
      CreationDate: pages.issuedAt ?? new Date(),
    },
  });
  registerCjkFonts(pdf);
  return pdf;
}

/**
 * A program's or ticket's document: its page style, pages buffered so the contents, cross
 * references and running heads can be written once the page numbers are known.
 */
export function createPdf(settings: PdfSettings): PDFKit.PDFDocument {
  return openPdf({ size: settings.style.size, margins: settings.style.margins, bufferPages: true, lang: settings.lang, title: settings.title, subject: settings.subject, issuedAt: settings.issuedAt });
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
