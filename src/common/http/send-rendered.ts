import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RenderedDocument } from './rendered-document';

/**
 * Sends stored bytes with ETag and Last-Modified, answering 304 to a conditional request that
 * already has them. Returns the Buffer itself (not a string or stream): the cheapest thing
 * Fastify can send. Returns undefined for a 304.
 */
export function sendRendered(
  request: FastifyRequest,
  reply: FastifyReply,
  document: RenderedDocument,
  disposition: 'inline' | 'attachment' = 'inline',
  personal = false,
): Buffer | undefined {
  void reply.header('ETag', document.etag);
  void reply.header('Last-Modified', document.lastModified.toUTCString());
  // Personal documents (an attendee's calendar or ticket) are kept in no cache at all, not even the
  // browser's: the next person at a shared computer must not find them. Public ones are always
  // revalidated (a 304 costs nothing), so a new release shows at once.
  void reply.header('Cache-Control', personal ? 'no-store' : 'public, no-cache');
  if (isFresh(request, document)) {
    void reply.status(304);
    return undefined;
  }
  void reply.type(document.contentType);
  void reply.header('Content-Disposition', `${disposition}; filename="${document.filename}"`);
  return document.body;
}

function isFresh(request: FastifyRequest, document: RenderedDocument): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string') {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === document.etag || tag === '*');
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (typeof ifModifiedSince === 'string') {
    const since = Date.parse(ifModifiedSince);
    // HTTP dates have whole seconds.
    return !Number.isNaN(since) && Math.floor(document.lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}
