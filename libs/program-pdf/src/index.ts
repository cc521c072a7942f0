/**
 * @huiwu/program-pdf: a plain program object in, a printable PDF out (pdfkit with the bundled
 * Noto Sans Hans). It knows nothing of entities, databases or requests; the caller formats every
 * date and word, the library lays out.
 */
export * from './program-document';
export { PROGRAM_LABELS, TICKET_LABELS, fillLabel } from './labels';
export { renderProgram } from './render-program';
export { renderTicket } from './render-ticket';
export { MAX_AGENDA_DESCRIPTION, MAX_AGENDA_SPEAKERS, hasOwnPage } from './program-agenda';
export { findMissingGlyphs } from './cjk-fonts';
export { PdfRenderPool } from './pdf-render-pool';
export type { PdfRenderPoolOptions } from './pdf-render-pool';
export type { RenderDocuments, RenderKind } from './render-job';
export { ProgramPdfModule } from './program-pdf.module';
