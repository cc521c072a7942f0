import { ProgramDocument, TicketDocument } from './program-document';
import { renderProgram } from './render-program';
import { renderTicket } from './render-ticket';

export interface RenderDocuments {
  program: ProgramDocument;
  ticket: TicketDocument;
}
export type RenderKind = keyof RenderDocuments;

/** Messages between PdfRenderPool and its worker threads. */
export interface RenderRequest<K extends RenderKind = RenderKind> {
  id: number;
  kind: K;
  doc: RenderDocuments[K];
}
export type RenderReply =
  | { id: number; pdf: ArrayBuffer }
  | { id: number; error: { message: string; stack?: string } };

/** Marks the workers PdfRenderPool starts, so the worker module does nothing anywhere else. */
export const RENDER_WORKER_MARK = 'huiwu:program-pdf-worker';

export function renderJob<K extends RenderKind>(kind: K, doc: RenderDocuments[K]): Promise<Buffer> {
  switch (kind) {
    case 'program':
      return renderProgram(doc as ProgramDocument);
    case 'ticket':
      return renderTicket(doc as TicketDocument);
    default:
      return Promise.reject(new Error(`Unknown PDF kind: ${String(kind)}`));
  }
}
