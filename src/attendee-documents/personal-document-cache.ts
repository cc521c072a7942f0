import { createHash } from 'node:crypto';
import { RenderedCache } from '../common/http/rendered-cache';
import type { RenderedDocument } from '../common/http/rendered-document';
import type { DocumentStateRow } from '../registrations/registration.store';

/**
 * At most this much of attendees' rendered calendars and tickets (with their compressed copies)
 * stays in memory: the server runs in a 192 MB heap, and one ticket is a few dozen kilobytes.
 */
export const PERSONAL_DOCUMENT_CACHE_BYTES = 8 * 1024 * 1024;

/**
 * Attendees' rendered calendars and tickets, keyed by what each was made from: the document's
 * kind, renderer and language, and every value of the registration's `documentState` (its
 * status and name, each seat's status and time, the edition's printed fields, the latest
 * release's id, the credential's generation). Nothing is ever invalidated: any change, made
 * by this server process or another, changes the state and so the key, and the old entry ages
 * out of the LRU. The key is a hash, so no name or code is kept as a key.
 */
export class PersonalDocumentCache {
  private readonly cache = new RenderedCache(PERSONAL_DOCUMENT_CACHE_BYTES);

  static keyOf(document: string, lang: string, state: DocumentStateRow[]): string {
    return createHash('sha256').update(JSON.stringify([document, lang, state])).digest('base64url');
  }

  /**
   * The document for this state, rendered by `render` on a miss. `stillCurrent` is asked after
   * rendering: when the state changed while the document was being made (the renderer reads it
   * again, in several statements), the document answers this request but is not kept under a
   * key that names another state.
   */
  async get(key: string, render: () => Promise<RenderedDocument>, stillCurrent: () => Promise<boolean>): Promise<RenderedDocument> {
    let current = false;
    return this.cache.get(
      key,
      async () => {
        const document = await render();
        current = await stillCurrent();
        return document;
      },
      () => current,
    );
  }
}
