import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service';
import { fieldsRefused } from '../common/i18n/field-labels';
import type { LocalText } from '../common/i18n/local-text';
import { Transactions, type Tx } from '../database/transactions';
import { type Edition, EditionStore } from '../editions/edition.store';
import { normalisePhone } from '../registrations/registration-codes';
import { SessionStore } from '../sessions/session.store';
import { GuestReplyRequest, GuestReplyViewDto } from './dto/guest-reply.dto';
import { GuestAccess } from './guest-access';
import { GUEST_MESSAGES } from './guest-messages';
import { type Guest, GuestStore } from './guest.store';

/**
 * The guest's side of the invitation (参会回执), reached by the personal link: attend, decline,
 * or send a deputy (换人) whom the organizer then approves. Replies stay open until the edition
 * has ended; a new reply replaces the last, and a new deputy waits for approval again.
 */
@Injectable()
export class GuestRepliesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: GuestAccess,
    private readonly guests: GuestStore,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  async view(code: string, token: string | undefined): Promise<GuestReplyViewDto> {
    const guest = await this.access.invited(code, token);
    return this.describe(guest, await this.editions.require(guest.editionId));
  }

  async reply(code: string, token: string | undefined, request: GuestReplyRequest): Promise<GuestReplyViewDto> {
    return this.transactions.run(async (tx) => {
      const guest = await this.access.invited(code, token, tx);
      const edition = await this.editions.lock(guest.editionId, tx);
      if (!isOpen(edition)) throw new ConflictException({ message: GUEST_MESSAGES.replyClosed() });
      const deputy = request.reply === 'deputy' ? checkDeputy(request) : null;
      const before = { reply: guest.reply, deputyState: guest.deputyState, deputyName: guest.deputyName };
      const saved = await this.guests.save(
        {
          ...guest,
          reply: request.reply,
          repliedAt: new Date(),
          deputyState: deputy ? 'requested' : 'none',
          deputyName: deputy?.name ?? null,
          deputyTitle: deputy?.title ?? null,
          deputyPhone: deputy?.phone ?? null,
        },
        tx,
      );
      await this.audit.record(tx, null, { action: 'reply', entityType: 'guest', entityId: guest.id, editionId: guest.editionId, before, after: { reply: saved.reply, deputyState: saved.deputyState, deputyName: saved.deputyName } });
      return this.describe(saved, edition, tx);
    });
  }

  private async describe(guest: Guest, edition: Edition, tx?: Tx): Promise<GuestReplyViewDto> {
    const ids = (await this.guests.invitationsOf([guest.id], tx)).get(guest.id)!;
    const sessions = (await this.sessions.findMany(ids, tx)).sort((a, b) => (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0));
    return {
      code: guest.code,
      name: guest.name,
      editionTitle: edition.titleZh,
      editionTitleEn: edition.titleEn,
      startDate: edition.startDate,
      endDate: edition.endDate,
      timeZone: edition.timeZone,
      reply: guest.reply,
      repliedAt: guest.repliedAt,
      deputy: { state: guest.deputyState, name: guest.deputyName, title: guest.deputyTitle, phone: guest.deputyPhone },
      sessions: sessions.map((s) => ({ id: s.id, title: s.titleZh, titleEn: s.titleEn, startsAt: zoned(s.startsAt, edition.timeZone), endsAt: zoned(s.endsAt, edition.timeZone) })),
      open: isOpen(edition),
    };
  }
}

function zoned(at: Date | null, zone: string): string {
  return at ? DateTime.fromJSDate(at, { zone }).toISO()! : '';
}

/** Replies are taken until the edition's last day is over, in its own time zone. */
function isOpen(edition: Pick<Edition, 'endDate' | 'timeZone'>): boolean {
  return !edition.endDate || DateTime.now().setZone(edition.timeZone).toISODate()! <= edition.endDate;
}

function checkDeputy(request: GuestReplyRequest): { name: string; title: string | null; phone: string } {
  const errors: Record<string, LocalText> = {};
  const phone = request.deputyPhone ? normalisePhone(request.deputyPhone) : null;
  if (!request.deputyName) errors.deputyName = GUEST_MESSAGES.deputyFieldsRequired();
  if (!request.deputyPhone) errors.deputyPhone = GUEST_MESSAGES.deputyFieldsRequired();
  else if (!phone) errors.deputyPhone = GUEST_MESSAGES.phoneInvalid({ value: request.deputyPhone.slice(0, 40) });
  if (Object.keys(errors).length) throw new BadRequestException({ message: fieldsRefused(errors), errors });
  return { name: request.deputyName!, title: request.deputyTitle || null, phone: phone! };
}
