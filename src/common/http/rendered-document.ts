import { createHash } from 'node:crypto';

/** Bytes rendered once and served many times, with what HTTP caching needs. */
export interface RenderedDocument {
  body: Buffer;
  etag: string;
  lastModified: Date;
  contentType: string;
  filename: string;
}

export function renderedDocument(body: Buffer, lastModified: Date, contentType: string, filename: string): RenderedDocument {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { body, etag, lastModified, contentType, filename };
}
