import { PdfRenderPool, type TicketDocument } from '@huiwu/program-pdf';
import { Injectable } from '@nestjs/common';
import { Exporter } from '../releases/documents/exporter';

/** An attendee's one-page ticket as PDF, laid out in the same worker threads as the printed programs. */
@Injectable()
export class TicketPdfExporter extends Exporter<TicketDocument> {
  readonly id = 'ticket-pdf';
  readonly mediaType = 'application/pdf';
  // 2: the QR code opens the ticket page instead of the check-in API. 3: it carries the signed ticket code.
  readonly rendererVersion = 3;

  constructor(private readonly pool: PdfRenderPool) {
    super();
  }

  render(ticket: TicketDocument): Promise<Buffer> {
    return this.pool.render('ticket', ticket);
  }
}
