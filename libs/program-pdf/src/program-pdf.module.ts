import { Module } from '@nestjs/common';

/** Nest library module for PDF rendering; its providers arrive with the printable-programs issue. */
@Module({})
export class ProgramPdfModule {}
