import { PdfRenderPool, type ProgramPageSize } from '@huiwu/program-pdf';
import { Inject, Injectable, Logger, NotFoundException, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Subscription } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Language } from '../common/dto/lang-query.dto';
import { RenderedCache } from '../common/http/rendered-cache';
import { renderedDocument, RenderedDocument } from '../common/http/rendered-document';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EditionRole } from '../editions/entities/edition-role.entity';
import type { Edition } from '../editions/entities/edition.entity';
import type { ProgramRelease } from '../releases/entities/program-release.entity';
import { PublishedProgram } from '../releases/published-program';
import { ReleaseEvents } from '../releases/release-events';
import { buildProgramDocument } from './program-document.builder';

const PDF = 'application/pdf';

/**
 * Printed programs of published releases. A PDF is rendered once per release, language and
 * page size, in a worker thread (never on the event loop that serves requests), kept in memory
 * and on disk, and served as stored bytes; a new release renders anew.
 */
@Injectable()
export class PrintedProgramsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PrintedProgramsService.name);
  /**
   * 32 MB holds dozens of programs (0.2–0.9 MB each); a miss reads the disk copy, it does not
   * render. The whole server should stay under 300 MB, which 128 MB of cache ignored.
   */
  private readonly cache = new RenderedCache(32 * 1024 * 1024);
  private subscription?: Subscription;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly published: PublishedProgram,
    private readonly events: ReleaseEvents,
    private readonly pool: PdfRenderPool,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.published.subscribe(({ editionId }) => {
      this.program({ id: editionId }, 'zh', 'A4').catch((error: Error) => this.logger.warn(`Could not pre-render the program of edition ${editionId}: ${error.message}`));
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  async program(key: IdOrSlug, lang: Language, size: ProgramPageSize): Promise<RenderedDocument> {
    const { edition, release, stamp } = await this.published.forEdition(key);
    if (!edition) throw new NotFoundException(`No edition ${'id' in key ? `with id ${key.id}` : `"${key.slug}"`}`);
    if (!release) throw new NotFoundException(`The program of ${edition.slug} is not published yet`);
    const name = `${edition.slug}-v${release.version}-${lang}-${size.toLowerCase()}.pdf`;
    return this.cache.get(`program:${release.id}:${stamp}:${lang}:${size}`, () => this.fromDiskOrRender(name, release, stamp, () => this.render(edition, release, lang, size)));
  }

  private async render(edition: Edition, release: ProgramRelease, lang: Language, size: ProgramPageSize): Promise<Buffer> {
    const [roles, sessions] = await Promise.all([
      this.dataSource.manager.find(EditionRole, { where: { editionId: edition.id }, relations: { organization: true } }),
      this.published.sessionsOf(release.id),
    ]);
    const started = Date.now();
    const body = await this.pool.render('program', buildProgramDocument(edition, roles, release, sessions, lang, size));
    this.logger.log(`Rendered ${edition.slug} v${release.version} ${lang} ${size}: ${sessions.length} sessions, ${body.length} bytes in ${Date.now() - started} ms`);
    return body;
  }

  /** The disk copy survives restarts; it is written aside and renamed, so a crash never leaves half a file. */
  private async fromDiskOrRender(name: string, release: ProgramRelease, stamp: string, render: () => Promise<Buffer>): Promise<RenderedDocument> {
    const dir = join(this.config.cacheDir, 'programs');
    const file = join(dir, `r${release.id}-${stamp}-${name}`);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      body = await render();
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(`${file}.${process.pid}.tmp`, body);
        await rename(`${file}.${process.pid}.tmp`, file);
      } catch (error) {
        this.logger.warn(`Could not keep ${file} on disk: ${(error as Error).message}`);
      }
    }
    return renderedDocument(body, release.publishedAt, PDF, name);
  }
}
