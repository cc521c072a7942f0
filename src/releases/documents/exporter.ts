import type { ProgramPageSize } from '@huiwu/program-pdf';
import type { Language } from '../../common/dto/lang-query.dto';
import type { EditionWithBrand } from '../../editions/edition.store';
import type { ProgramRelease } from '../entities/program-release.entity';
import type { ReleaseContent } from './release-content';

/** Which rendering of a document: exporters that have one language or one page size ignore the rest. */
export interface DocumentVariant {
  lang: Language;
  size: ProgramPageSize;
}

export const DEFAULT_VARIANT: DocumentVariant = { lang: 'zh', size: 'A4' };

/**
 * One file format: turns the plain model of a document into its bytes. Anything that writes a
 * format (the public documents, and the personal ones built from the same model) goes through
 * its exporter, so the media type, the renderer and its version live in one place.
 */
export abstract class Exporter<Model> {
  /** Names the format in cache keys and logs, e.g. `edition-ical`. */
  abstract readonly id: string;
  abstract readonly mediaType: string;
  /**
   * Bump when the same model would render to other bytes (a layout or wording change): the
   * version is part of the content key, so stored renderings of the old renderer are not served.
   */
  abstract readonly rendererVersion: number;

  abstract render(model: Model): Buffer | Promise<Buffer>;

  /** A rendering will follow once its model is read: what can start early (a PDF worker) starts now. */
  warmUp(): void {}
}

/**
 * A format of an edition's published program. The pipeline (PublishedDocuments) finds the
 * edition and its latest release, asks the exporter for the model, and keeps the rendering
 * under a hash of that model; the exporter only says what the document is made of and how it
 * is written.
 */
export abstract class PublishedExporter<Model> extends Exporter<Model> {
  /** Renderings made as soon as a release is published, so no visitor waits for a large one. */
  readonly preRendered: DocumentVariant[] = [];
  /** Expensive renderings are also kept on disk (CACHE_DIR/<diskFolder>), surviving restarts. */
  readonly diskFolder: string | null = null;

  abstract fileName(edition: EditionWithBrand, release: ProgramRelease | null, variant: DocumentVariant): string;

  /** The document model of a release: everything the bytes are made from, and nothing else. */
  abstract model(content: ReleaseContent, variant: DocumentVariant): Promise<Model>;

  /**
   * The model of an edition with no release yet, for formats that answer one (the program JSON
   * says "not published"); null means 404 "not published yet".
   */
  modelBeforeRelease(_edition: EditionWithBrand, _variant: DocumentVariant): Model | null {
    return null;
  }
}
