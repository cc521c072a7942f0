import { Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toZonedIso } from '../common/zoned-dates';
import { Tickets } from '../registrations/tickets';
import { PageController } from './page-controller.decorator';
import { PageRenderer } from './page-renderer';

/**
 * The ticket as a page, for a phone at the entrance: what the printed ticket's QR code opens.
 * Read-only: its token (the ticket's, or the owner's) shows the ticket and links nowhere that
 * could change the registration.
 */
@PageController()
export class TicketPagesController {
  constructor(
    private readonly tickets: Tickets,
    private readonly pages: PageRenderer,
  ) {}

  @Get('t/:code')
  async ticket(@Param('code') code: string, @Query('token') token: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const ticket = await this.tickets.view(code, typeof token === 'string' ? token : undefined);
    await page.render(
      'ticket.hbs',
      `${page.t('ticketTitle')} · ${page.pick(ticket.edition.titleZh, ticket.edition.titleEn)}`,
      {
        ticket,
        checkedInAt: ticket.checkedInAt ? toZonedIso(new Date(ticket.checkedInAt), ticket.edition.timeZone) : null,
        admitted: ticket.sessions.filter((s) => s.admits),
        others: ticket.sessions.filter((s) => !s.admits),
      },
      { personal: true },
    );
  }
}
