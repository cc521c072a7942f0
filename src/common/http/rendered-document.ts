import { createHash } from 'node:crypto';
import { EncodedBodies, encodedBodies } from './content-codings';

/** Bytes rendered once and served many times, with what HTTP caching needs. */
export interface RenderedDocument {
  body: Buffer;
  etag: string;
  lastModified: Date;
  contentType: string;
  filename: string;
  /** Compressed copies, when the document was made for many readers (see `withEncodings`). */
  encoded?: EncodedBodies;
}

export function renderedDocument(body: Buffer, lastModified: Date, contentType: string, filename: string): RenderedDocument {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { body, etag, lastModified, contentType, filename };
}

/** The document with its brotli and gzip copies, made once for every later request. */
export async function withEncodings(document: RenderedDocument): Promise<RenderedDocument> {
  return { ...document, encoded: await encodedBodies(document.body, document.etag, document.contentType) };
}
