import { PdfRenderPool, type ProgramDocument } from '@huiwu/program-pdf';
import { Injectable } from '@nestjs/common';
import type { EditionWithBrand } from '../../../editions/edition.store';
import type { ProgramRelease } from '../../entities/program-release.entity';
import { DocumentVariant, PublishedExporter } from '../exporter';
import type { ReleaseContent } from '../release-content';
import { buildProgramDocument } from './program-document.builder';

/**
 * The printed program (会议指南): laid out in a worker thread (never on the event loop that
 * serves requests), kept on disk as well since a large one takes seconds.
 */
@Injectable()
export class ProgramPdfExporter extends PublishedExporter<ProgramDocument> {
  readonly id = 'program-pdf';
  readonly mediaType = 'application/pdf';
  readonly rendererVersion = 1;
  override readonly preRendered: DocumentVariant[] = [{ lang: 'zh', size: 'A4' }];
  override readonly diskFolder = 'programs';

  constructor(private readonly pool: PdfRenderPool) {
    super();
  }

  /** The worker loads pdfkit and the fonts while the document is read (PdfRenderPool.warm). */
  override warmUp(): void {
    this.pool.warm();
  }

  fileName(edition: EditionWithBrand, release: ProgramRelease | null, { lang, size }: DocumentVariant): string {
    return `${edition.slug}-v${release?.version ?? 0}-${lang}-${size.toLowerCase()}.pdf`;
  }

  async model(content: ReleaseContent, { lang, size }: DocumentVariant): Promise<ProgramDocument> {
    const [roles, sessions] = await Promise.all([content.roles(), content.sessions()]);
    return buildProgramDocument(content.edition, roles, content.release, sessions, lang, size);
  }

  render(document: ProgramDocument): Promise<Buffer> {
    return this.pool.render('program', document);
  }
}
