import { Inject, Injectable, Logger, NotFoundException, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Subscription } from 'rxjs';
import { RenderedCache } from '../../common/http/rendered-cache';
import { renderedDocument, RenderedDocument, withEncodings } from '../../common/http/rendered-document';
import { IdOrSlug } from '../../common/pipes/id-or-slug.pipe';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { EditionStore } from '../../editions/edition.store';
import type { EditionWithBrand } from '../../editions/edition.store';
import { RoomStore } from '../../rooms/room.store';
import type { ProgramRelease } from '../entities/program-release.entity';
import { PublishedProgram } from '../published-program';
import { ReleaseEvents } from '../release-events';
import { ReleaseStore } from '../release.store';
import { DEFAULT_VARIANT, DocumentVariant, Exporter, PublishedExporter } from './exporter';
import { PUBLISHED_EXPORTERS } from './published-exporters';
import { ReleaseContent } from './release-content';
import { editionNotFound } from '../../editions/edition-messages';
import { RELEASE_MESSAGES } from '../release-messages';

/** Content keys remembered per (format, release, edition stamp, variant); cleared when full. */
const MAX_CONTENT_KEYS = 10_000;

interface Prepared {
  contentKey: string;
  render: () => Buffer | Promise<Buffer>;
}

/**
 * The one way a published document is served: find the edition and its latest release (the
 * memo), answer 404 in the same words for every format, build the exporter's model, keep the
 * rendering under a hash of that model (in memory, and on disk for the expensive formats), and
 * render the large ones as soon as a release is published.
 *
 * Renderings are keyed by what they are made from, never by a row id: a database that was reset
 * reuses release ids, and must not be served another database's document. Hashing the model
 * costs reading it, so the hash is remembered per release and edition stamp: a repeated request
 * issues no SQL at all.
 */
@Injectable()
export class PublishedDocuments implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PublishedDocuments.name);
  private readonly cache = new RenderedCache(64 * 1024 * 1024);
  private readonly contentKeys = new Map<string, string>();
  private readonly preparing = new Map<string, Promise<Prepared>>();
  private subscription?: Subscription;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PUBLISHED_EXPORTERS) private readonly exporters: PublishedExporter<unknown>[],
    private readonly published: PublishedProgram,
    private readonly events: ReleaseEvents,
    private readonly releases: ReleaseStore,
    private readonly editions: EditionStore,
    private readonly rooms: RoomStore,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.published.subscribe(({ editionId }) => {
      // Off the publishing request's path: the organizer's answer does not wait for the renders.
      setImmediate(() => {
        for (const exporter of this.exporters) {
          for (const variant of exporter.preRendered) {
            this.document(exporter, { id: editionId }, variant).catch((error: Error) =>
              this.logger.warn(`Could not pre-render ${exporter.id} of edition ${editionId}: ${error.message}`),
            );
          }
        }
      });
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /** The edition's published document in this format, from the cache when it was rendered before. */
  async document<Model>(exporter: PublishedExporter<Model>, key: IdOrSlug, variant: DocumentVariant = DEFAULT_VARIANT): Promise<RenderedDocument> {
    const { edition, release, stamp } = await this.published.forEdition(key);
    if (!edition) throw new NotFoundException({ message: editionNotFound(key) });
    if (!release) {
      const model = exporter.modelBeforeRelease(edition, variant);
      if (model === null) throw new NotFoundException({ message: RELEASE_MESSAGES.notPublishedYet({ slug: edition.slug }) });
      return renderedDocument(await exporter.render(model), edition.updatedAt, exporter.mediaType, exporter.fileName(edition, null, variant));
    }
    const fileName = exporter.fileName(edition, release, variant);
    const memoKey = [exporter.id, release.id, release.publishedAt.getTime(), stamp, variant.lang, variant.size].join(':');
    const prepare = () => this.prepare(memoKey, exporter, edition, release, variant);
    const known = this.contentKeys.get(memoKey);
    // The model read to find the key renders too; a known key reads it only if nothing is stored.
    const prepared = known ? undefined : await prepare();
    const contentKey = known ?? prepared!.contentKey;
    return this.cache.get(`${contentKey}:${fileName}`, () =>
      this.stored(exporter, contentKey, fileName, release.publishedAt, async () => (prepared ?? (await prepare())).render()),
    );
  }

  /**
   * A document built by the caller (one session, an organization's sessions across editions):
   * cached under the hash of its model too, so an unchanged one is not rendered again.
   */
  async built<Model>(exporter: Exporter<Model>, model: Model, lastModified: Date, fileName: string): Promise<RenderedDocument> {
    const contentKey = contentHash(exporter, model);
    return this.cache.get(`${contentKey}:${fileName}:${lastModified.getTime()}`, async () =>
      withEncodings(renderedDocument(await exporter.render(model), lastModified, exporter.mediaType, fileName)),
    );
  }

  /** Reads the release's content once however many requests ask at the same time, and remembers its hash. */
  private prepare<Model>(memoKey: string, exporter: PublishedExporter<Model>, edition: EditionWithBrand, release: ProgramRelease, variant: DocumentVariant): Promise<Prepared> {
    let pending = this.preparing.get(memoKey);
    if (!pending) {
      exporter.warmUp();
      const content = new ReleaseContent(edition, release, {
        sessionsOf: (releaseId) => this.releases.sessionsOf(releaseId),
        rolesOf: (editionId) => this.editions.rolesOf(editionId),
        roomsOf: (editionId) => this.rooms.ofEdition(editionId),
      });
      pending = exporter.model(content, variant).then((model) => ({ contentKey: contentHash(exporter, model), render: () => exporter.render(model) }));
      const settled = () => this.preparing.delete(memoKey);
      pending.then(
        ({ contentKey }) => {
          settled();
          if (this.contentKeys.size >= MAX_CONTENT_KEYS) this.contentKeys.clear();
          this.contentKeys.set(memoKey, contentKey);
        },
        settled,
      );
      this.preparing.set(memoKey, pending);
    }
    return pending;
  }

  /** The disk copy survives restarts; it is written aside and renamed, so a crash never leaves half a file. */
  private async stored(exporter: PublishedExporter<unknown>, contentKey: string, fileName: string, lastModified: Date, render: () => Promise<Buffer>): Promise<RenderedDocument> {
    // The compressed copies are made here, once per rendering kept, for every later request.
    const asDocument = (body: Buffer) => withEncodings(renderedDocument(body, lastModified, exporter.mediaType, fileName));
    if (!exporter.diskFolder) return asDocument(await render());
    const dir = join(this.config.cacheDir, exporter.diskFolder);
    const file = join(dir, `${contentKey}-${fileName}`);
    try {
      return await asDocument(await readFile(file));
    } catch {
      const started = Date.now();
      const body = await render();
      this.logger.log(`Rendered ${fileName}: ${body.length} bytes in ${Date.now() - started} ms`);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(`${file}.${process.pid}.tmp`, body);
        await rename(`${file}.${process.pid}.tmp`, file);
      } catch (error) {
        this.logger.warn(`Could not keep ${file} on disk: ${(error as Error).message}`);
      }
      return asDocument(body);
    }
  }
}

/** Names a rendering by what it is made from: the format, its renderer's version and the model. */
function contentHash(exporter: Exporter<unknown>, model: unknown): string {
  return createHash('sha256').update(`${exporter.id}\n${exporter.rendererVersion}\n`).update(JSON.stringify(model)).digest('base64url').slice(0, 32);
}
