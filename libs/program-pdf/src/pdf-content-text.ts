import type PDFDocument from 'pdfkit';

/** What pdfkit 0.20's stream objects (its internal PDFReference) are to this file. */
interface StreamObject {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
  /** Operators written as text and not yet encoded, each followed by its newline. */
  [PENDING]?: string;
}

interface DocumentInternals {
  _root: StreamObject;
  _write(data: string | Uint8Array): void;
}

const PENDING = Symbol('huiwu:pending-content-text');
const INSTALLED = Symbol('huiwu:content-text');

/**
 * pdfkit 0.20 turns every content operator it writes (a move, a colour, a run of glyphs) into a
 * Uint8Array of its own, one character at a time in JavaScript, and keeps the page's thousands of
 * them until the page is written: on the 1,000-session program that was 5 % of the render in that
 * one loop and a good share of its garbage collection. Installed once per pdfkit (per thread), this
 * keeps a stream's operators as one string and encodes it natively (latin1, the low byte of each
 * character, as pdfkit's own loop does) when bytes follow or the stream is written, and encodes the
 * document's own lines the same way. The bytes written are the same, byte for byte (the test
 * compares both ways of writing the same document).
 */
export function encodeContentAsText(Document: typeof PDFDocument): void {
  const documentPrototype = Document.prototype as unknown as DocumentInternals & { [INSTALLED]?: true };
  if (documentPrototype[INSTALLED]) return;
  // The stream objects' class is not exported: one of a document's own objects leads to it.
  const probe = new Document({ autoFirstPage: false }) as unknown as DocumentInternals;
  const streamPrototype = Object.getPrototypeOf(probe._root) as StreamObject;
  const write = streamPrototype.write;
  const finalize = streamPrototype.finalize;
  const encodePending = (stream: StreamObject) => {
    const text = stream[PENDING];
    if (!text) return;
    stream[PENDING] = '';
    write.call(stream, Buffer.from(text, 'latin1'));
  };
  streamPrototype.write = function (this: StreamObject, chunk: string | Uint8Array) {
    if (typeof chunk === 'string') {
      this[PENDING] = (this[PENDING] ?? '') + chunk + '\n';
      return;
    }
    encodePending(this);
    write.call(this, chunk);
  };
  streamPrototype.finalize = function (this: StreamObject) {
    encodePending(this);
    finalize.call(this);
  };
  const writeLine = documentPrototype._write;
  documentPrototype._write = function (this: DocumentInternals, data: string | Uint8Array) {
    writeLine.call(this, typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data);
  };
  documentPrototype[INSTALLED] = true;
}
