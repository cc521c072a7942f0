/**
 * @huiwu/program-pdf: a plain program object in, a printable PDF out (pdfkit with a bundled CJK font).
 * It knows nothing of entities or requests; the programs feature module feeds it.
 * Filled by the printable-programs issue.
 */
export { ProgramPdfModule } from './program-pdf.module';
