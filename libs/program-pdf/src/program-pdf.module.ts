import { Module } from '@nestjs/common';
import { PdfRenderPool } from './pdf-render-pool';

/**
 * Provides one shared PdfRenderPool (its workers stop with the application). renderProgram and
 * renderTicket are plain functions and need no injector.
 */
@Module({
  providers: [{ provide: PdfRenderPool, useFactory: () => new PdfRenderPool() }],
  exports: [PdfRenderPool],
})
export class ProgramPdfModule {}
