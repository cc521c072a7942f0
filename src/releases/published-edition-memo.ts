import { Injectable } from '@nestjs/common';
import type { EntityMetadata, EntitySubscriberInterface, InsertEvent, RemoveEvent, TransactionCommitEvent, UpdateEvent } from 'typeorm';
import type { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import type { EditionWithBrand } from '../editions/edition.store';
import type { ProgramRelease } from './entities/program-release.entity';
import { ReleaseStore } from './release.store';

export interface PublicEditionEntry {
  edition: EditionWithBrand | null;
  release: ProgramRelease | null;
  /**
   * Names the edition and brand as they are now: documents rendered from a release also show
   * the edition (title, dates, venue), so their cache keys carry this to see later edits.
   */
  stamp: string;
}

/**
 * How long another server process may go on answering with what it read before a write it did
 * not see. Writes made through this process are seen at once (see `forget`).
 */
export const PUBLISHED_EDITION_MEMO_MS = 1_000;
const MAX_ENTRIES = 1_000;
const FORGOTTEN = Symbol('published edition memo forgotten');

/**
 * Remembers, for a moment, which edition and release a public URL names. Every cached public
 * document (program, calendars, exports, printed programs) starts with that lookup; without the
 * memo it cost three queries per request and was most of the price of a cache hit.
 *
 * Forgets everything whenever an edition, a brand or a release is written through this process,
 * and again when the writing transaction commits, so a read that slipped in between with the
 * old rows does not outlive the commit.
 */
@Injectable()
export class PublishedEditionMemo implements EntitySubscriberInterface {
  // No listenTo: it names one entity, and three matter here (see `touches`).
  private readonly entries = new Map<string, { at: number; entry: PublicEditionEntry }>();
  /** Reads under way: when an entry expires under load, one read refreshes it for every request. */
  private readonly reading = new Map<string, Promise<PublicEditionEntry>>();
  private generation = 0;

  constructor(store: ReleaseStore) {
    store.watchWrites(this);
  }

  /** The remembered entry, or the one `read` finds (kept only if nothing was written meanwhile). */
  async get(key: IdOrSlug, read: () => Promise<PublicEditionEntry>): Promise<PublicEditionEntry> {
    const name = 'id' in key ? `id:${key.id}` : `slug:${key.slug}`;
    const hit = this.entries.get(name);
    if (hit && performance.now() - hit.at < PUBLISHED_EDITION_MEMO_MS) return hit.entry;
    const generation = this.generation;
    const under = this.reading.get(name);
    if (under) return under;
    const started = performance.now();
    const reading = read().finally(() => {
      if (this.reading.get(name) === reading) this.reading.delete(name);
    });
    this.reading.set(name, reading);
    const entry = await reading;
    if (generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(name, { at: started, entry });
    }
    return entry;
  }

  forget(): void {
    this.generation++;
    this.entries.clear();
    // A read under way may have seen the rows before the write: later requests must not join it.
    this.reading.clear();
  }

  afterInsert(event: InsertEvent<unknown>): void {
    this.written(event.metadata, event.queryRunner.data, event.entity);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.written(event.metadata, event.queryRunner.data, event.entity);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.written(event.metadata, event.queryRunner.data, undefined);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<symbol, unknown>;
    if (data?.[FORGOTTEN]) {
      delete data[FORGOTTEN];
      this.forget();
    }
  }

  private written(metadata: EntityMetadata, data: unknown, values: unknown): void {
    if (!touches(metadata.tableName, values)) return;
    this.forget();
    if (data && typeof data === 'object') (data as Record<symbol, unknown>)[FORGOTTEN] = true;
  }
}

/** The tables the lookup reads; by name, as this module may not import the other modules' entities. */
const LOOKED_UP = new Set(['edition', 'brand', 'program_release']);

function touches(table: string, values: unknown): boolean {
  if (!LOOKED_UP.has(table)) return false;
  // A registration moving the edition's head count changes nothing the public lookup holds.
  if (table === 'edition' && values && typeof values === 'object') {
    const columns = Object.keys(values);
    if (columns.length > 0 && columns.every((column) => column === 'registeredCount')) return false;
  }
  return true;
}
