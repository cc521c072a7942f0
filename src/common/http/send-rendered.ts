import type { FastifyReply, FastifyRequest } from 'fastify';
import { chooseCoding } from './content-codings';
import type { RenderedDocument } from './rendered-document';

/**
 * Sends stored bytes with ETag and Last-Modified, answering 304 to a conditional request that
 * already has them. A document kept compressed too is sent in the coding the client prefers
 * (`Vary: Accept-Encoding`), with that representation's own ETag. Returns the Buffer itself
 * (not a string or stream): the cheapest thing Fastify can send. Returns undefined for a 304.
 */
export function sendRendered(
  request: FastifyRequest,
  reply: FastifyReply,
  document: RenderedDocument,
  disposition: 'inline' | 'attachment' = 'inline',
  personal = false,
): Buffer | undefined {
  let { body, etag } = document;
  if (document.encoded && (document.encoded.br || document.encoded.gzip)) {
    void reply.header('Vary', 'Accept-Encoding');
    const coding = chooseCoding(request.headers['accept-encoding'], document.encoded);
    if (coding) {
      ({ body, etag } = document.encoded[coding]!);
      void reply.header('Content-Encoding', coding);
    }
  }
  void reply.header('ETag', etag);
  void reply.header('Last-Modified', document.lastModified.toUTCString());
  // Personal documents (an attendee's calendar or ticket) are kept in no cache at all, not even the
  // browser's: the next person at a shared computer must not find them. Public ones are always
  // revalidated (a 304 costs nothing), so a new release shows at once.
  void reply.header('Cache-Control', personal ? 'no-store' : 'public, no-cache');
  if (isFresh(request, etag, document.lastModified)) {
    void reply.status(304);
    return undefined;
  }
  void reply.type(document.contentType);
  void reply.header('Content-Disposition', `${disposition}; filename="${document.filename}"`);
  return body;
}

function isFresh(request: FastifyRequest, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string') {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === etag || tag === '*');
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (typeof ifModifiedSince === 'string') {
    const since = Date.parse(ifModifiedSince);
    // HTTP dates have whole seconds.
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}
