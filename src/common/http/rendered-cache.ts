import type { RenderedDocument } from './rendered-document';

/**
 * Least-recently-used store of rendered documents, bounded in bytes. Keys name what a document
 * was rendered from (a hash of its content), so a new release or an edit simply misses and
 * nothing needs invalidating, and several server processes stay correct without talking to
 * each other.
 */
export class RenderedCache {
  private readonly entries = new Map<string, RenderedDocument>();
  private bytes = 0;
  private readonly pending = new Map<string, Promise<RenderedDocument>>();

  constructor(private readonly maxBytes: number) {}

  /**
   * The cached document, or the one `render` makes (once, however many ask at the same time).
   * `keep` may refuse to store it (it answers this request all the same): when what the document
   * was made from turned out not to be what the key names.
   */
  async get(key: string, render: () => Promise<RenderedDocument>, keep: (document: RenderedDocument) => boolean = () => true): Promise<RenderedDocument> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    let pending = this.pending.get(key);
    if (!pending) {
      pending = render().then(
        (document) => {
          if (keep(document)) this.store(key, document);
          this.pending.delete(key);
          return document;
        },
        (error: unknown) => {
          this.pending.delete(key);
          throw error;
        },
      );
      this.pending.set(key, pending);
    }
    return pending;
  }

  private store(key: string, document: RenderedDocument): void {
    const size = sizeOf(document);
    if (size > this.maxBytes) return;
    this.entries.set(key, document);
    this.bytes += size;
    while (this.bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, RenderedDocument];
      this.entries.delete(oldestKey);
      this.bytes -= sizeOf(oldest);
    }
  }
}

/** Bytes a document holds: its own and its compressed copies, all kept in memory alike. */
function sizeOf(document: RenderedDocument): number {
  return document.body.length + (document.encoded?.br?.body.length ?? 0) + (document.encoded?.gzip?.body.length ?? 0);
}
