import { randomUUID } from 'node:crypto';
import { Body, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission } from '../common/access/access.decorators';
import { SIGNED_TICKET_PARAM } from '../common/access/permission-target';
import { localize } from '../common/i18n/local-text';
import { allows } from '../teams/permissions';
import { toZonedIso } from '../common/zoned-dates';
import { CheckInService } from '../check-in/check-in.service';
import type { ScanAnswerDto } from '../check-in/dto/check-in.dto';
import { GatesService } from '../check-in/gates.service';
import { SignedTickets } from '../check-in/signed-tickets';
import { SIGNED_CODE_PATTERN } from '../credentials/ticket-codes';
import type { TicketView } from '../registrations/tickets';
import { Tickets } from '../registrations/tickets';
import { PageController } from './page-controller.decorator';
import { Page, PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';

/**
 * The ticket as a page, for a phone at the entrance: what the printed ticket's and badge's QR code
 * opens. Two kinds of address lead here: the signed ticket code (`/t/<signed code>`, printed since
 * door check-in) and the registration code with a ticket token (`/t/<code>?token=…`, in every
 * link mailed before and since). Both show the ticket read-only; signed-in check-in staff also
 * get the check-in action for a signed code.
 */
@PageController()
export class TicketPagesController {
  constructor(
    private readonly tickets: Tickets,
    private readonly signed: SignedTickets,
    private readonly checkIn: CheckInService,
    private readonly gates: GatesService,
    private readonly signInCookie: SignInCookie,
    private readonly pages: PageRenderer,
  ) {}

  @Get('t/:code')
  async ticket(@Param('code') code: string, @Query('token') token: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    if (SIGNED_CODE_PATTERN.test(code)) return this.signedTicket(page, code, null);
    const ticket = await this.tickets.view(code, typeof token === 'string' ? token : undefined);
    await this.render(page, ticket, {});
  }

  /** Staff press 签到 on the ticket page: the same scan as at a gate's scanner. */
  @EditionPermission('check_in', SIGNED_TICKET_PARAM)
  @Post('t/:code/check-in')
  async checkInHere(@Param('code') code: string, @Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const staff = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const gateId = Number(body?.gateId);
    const answer = await this.checkIn.scan(Number.isInteger(gateId) && gateId > 0 ? gateId : 0, { code, deviceId: `web-${staff.id}`, clientScanId: randomUUID() }, staff);
    await this.signedTicket(page, code, localize(answer, page.lang), gateId);
  }

  private async signedTicket(page: Page, code: string, answer: ScanAnswerDto | null, gateId?: number): Promise<void> {
    const found = (await this.signed.find(code)) ?? (await this.signed.findGuest(code));
    if (!found) throw new NotFoundException();
    const editionId = 'registration' in found ? found.registration.editionId : found.editionId;
    const signedIn = await this.signInCookie.signedIn(page.request, 'organizer');
    // Only check-in staff of this edition get the action; anyone else sees the ticket as the public does.
    const edition = signedIn ? await this.gates.edition(editionId) : null;
    const staff = signedIn && edition && allows(signedIn.grants, 'check_in', { editionId: edition.id, brandId: edition.brandId }, 'edition') ? signedIn : null;
    const gates = staff ? (await this.gates.gates(editionId)).map((g) => ({ id: g.id, name: g.name, chosen: g.id === gateId })) : [];
    await this.render(page, found.view, {
      replaced: !found.current,
      credential: found.holding.tier,
      staff: staff ? { code, gates } : null,
      answer,
      // A guest's badge (an invited guest's, not a registration's ticket).
      guest: !('registration' in found),
    });
  }

  private async render(page: Page, ticket: TicketView, extra: Record<string, unknown>): Promise<void> {
    await page.render(
      'ticket.hbs',
      `${page.t('ticketTitle')} · ${page.pick(ticket.edition.titleZh, ticket.edition.titleEn)}`,
      {
        ticket,
        checkedInAt: ticket.checkedInAt ? toZonedIso(new Date(ticket.checkedInAt), ticket.edition.timeZone) : null,
        admitted: ticket.sessions.filter((s) => s.admits),
        others: ticket.sessions.filter((s) => !s.admits),
        ...extra,
      },
      { personal: true, form: !!extra.staff },
    );
  }
}
