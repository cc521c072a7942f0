import type { Provider } from '@nestjs/common';
import { CalendarExporter } from './exporters/calendar.exporter';
import { ProgramJsonExporter } from './exporters/program-json.exporter';
import { ProgramPdfExporter } from './exporters/program-pdf.exporter';
import { ScheduleJsonExporter, ScheduleXmlExporter } from './exporters/schedule.exporter';

/** Injects every format of the published program, for what is done to all (pre-rendering on publish). */
export const PUBLISHED_EXPORTERS = Symbol('published exporters');

/** The formats of a published program. A new format is one PublishedExporter class, added here. */
const FORMATS = [ProgramJsonExporter, CalendarExporter, ScheduleXmlExporter, ScheduleJsonExporter, ProgramPdfExporter];

export const publishedExporterProviders: Provider[] = [
  ...FORMATS,
  { provide: PUBLISHED_EXPORTERS, useFactory: (...exporters: unknown[]) => exporters, inject: FORMATS },
];

/** What the releases module exports: each format, and the list. */
export const publishedExporterTokens = [...FORMATS, PUBLISHED_EXPORTERS];

export { CalendarExporter, ProgramJsonExporter, ProgramPdfExporter, ScheduleJsonExporter, ScheduleXmlExporter };
