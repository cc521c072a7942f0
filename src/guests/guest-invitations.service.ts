import { BadRequestException, ConflictException, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { LocalText } from '../common/i18n/local-text';
import { Transactions } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { OutboxStore } from '../notifications/outbox.store';
import { SessionStore } from '../sessions/session.store';
import { GuestDto } from './dto/guest.dto';
import { InviteResultDto, ReplyCountDto } from './dto/guest-reply.dto';
import { GuestAccess } from './guest-access';
import { GUEST_CATEGORY, GUEST_CATEGORIES, type GuestCategory } from './guest-kinds';
import { GUEST_MESSAGES, GUEST_REPLY_MESSAGES } from './guest-messages';
import { guestMessageKey } from './guest-notifications';
import { editionTitle, guestChannels, guestRecipient } from './guest-notices';
import { GuestStore } from './guest.store';
import { GuestsService } from './guests.service';

/** A guest who has not replied is reminded this long after the invitation, and again after as long. */
export const GUEST_REMINDER_AFTER_DAYS = 3;

/**
 * Invitations and what follows them on the organizer's side: sending each guest their personal
 * link and code by e-mail and SMS, reminding those who have not replied, deciding on deputies,
 * and the dashboard of replies. Every message goes through the outbox in the transaction that
 * records it, keyed so that asking twice sends once.
 */
@Injectable()
export class GuestInvitationsService {
  private readonly logger = new Logger(GuestInvitationsService.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly guests: GuestStore,
    private readonly guestsService: GuestsService,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly outbox: OutboxStore,
    private readonly access: GuestAccess,
    private readonly audit: AuditService,
  ) {}

  /** Invites the given guests (or all not invited yet): one e-mail and one SMS each, where they have the address. */
  async invite(editionId: number, guestIds: number[] | undefined, actor: AuthenticatedAccount): Promise<InviteResultDto> {
    return this.transactions.run(async (tx) => {
      const edition = await this.editions.lock(editionId, tx);
      const all = await this.guests.ofEdition(editionId, {}, tx);
      const chosen = guestIds ? all.filter((g) => guestIds.includes(g.id)) : all.filter((g) => !g.invitedAt);
      const missing = guestIds?.find((id) => !all.some((g) => g.id === id));
      if (missing !== undefined) throw new BadRequestException({ message: GUEST_MESSAGES.notFound({ id: missing }), errors: { guestIds: GUEST_MESSAGES.notFound({ id: missing }) } });
      const result: InviteResultDto = { invited: 0, emails: 0, texts: 0 };
      const now = new Date();
      for (const guest of chosen) {
        const channels = guestChannels(guest);
        if (channels.length === 0) continue;
        const params = { name: guest.name, editionTitle: editionTitle(edition), code: guest.code, replyUrl: await this.access.replyUrl(guest) };
        // A repeated invitation (guestIds given again) is a new message: its key carries the day.
        const key = guest.invitedAt ? `invite:${now.toISOString().slice(0, 10)}` : 'invite';
        for (const channel of channels) {
          await this.outbox.enqueue(tx, { kind: 'guest_invitation', dedupeKey: guestMessageKey(editionId, guest.id, `${key}:${channel}`), registrationId: null, recipient: guestRecipient(guest), template: 'guest_invitation', params, channel });
          result[channel === 'email' ? 'emails' : 'texts']++;
        }
        result.invited++;
      }
      await this.guests.markInvited(chosen.filter((g) => guestChannels(g).length).map((g) => g.id), now, tx);
      await this.audit.record(tx, actor, { action: 'invite', entityType: 'guest', entityId: null, editionId, after: result });
      return result;
    });
  }

  /**
   * Reminds guests who were invited GUEST_REMINDER_AFTER_DAYS ago or more, have not replied, and
   * were not reminded within as many days, of editions that have not begun. Run hourly by the
   * timed jobs; `editionId` limits it to one edition (the organizer's 「提醒未回复」 button).
   */
  async remindUnreplied(now: Date, editionId?: number): Promise<number> {
    const before = new Date(now.getTime() - GUEST_REMINDER_AFTER_DAYS * 86_400_000);
    return this.transactions.run(async (tx) => {
      const due = await this.guests.dueForReminder(before, editionId, tx);
      let reminded = 0;
      for (const { guest, edition } of due) {
        const today = DateTime.fromJSDate(now, { zone: edition.timeZone }).toISODate()!;
        // Dates not announced yet: the edition has not begun either.
        if (edition.startDate && edition.startDate <= today) continue;
        const params = { name: guest.name, editionTitle: editionTitle(edition), code: guest.code, replyUrl: await this.access.replyUrl(guest) };
        for (const channel of guestChannels(guest)) {
          await this.outbox.enqueue(tx, { kind: 'guest_reminder', dedupeKey: guestMessageKey(guest.editionId, guest.id, `reminder:${today}:${channel}`), registrationId: null, recipient: guestRecipient(guest), template: 'guest_reminder', params, channel });
        }
        await this.guests.markReminded([guest.id], now, tx);
        reminded++;
      }
      if (reminded) this.logger.log(`Reminded ${reminded} guests who have not replied`);
      return reminded;
    });
  }

  /** The organizer approves or refuses a deputy (换人); the guest is told either way. */
  async decideDeputy(guestId: number, approve: boolean, actor: AuthenticatedAccount): Promise<GuestDto> {
    return this.transactions.run(async (tx) => {
      const guest = await this.guests.require(guestId, tx);
      const edition = await this.editions.lock(guest.editionId, tx);
      if (guest.reply !== 'deputy' || guest.deputyState !== 'requested') throw new ConflictException({ message: GUEST_MESSAGES.deputyNotRequested() });
      const before = await this.guestsService.dto(guest, tx);
      const saved = await this.guests.save({ ...guest, deputyState: approve ? 'approved' : 'refused' }, tx);
      for (const channel of guestChannels(guest).filter((c) => c === 'email')) {
        await this.outbox.enqueue(tx, {
          kind: 'guest_deputy',
          dedupeKey: guestMessageKey(guest.editionId, guest.id, `deputy:${guest.repliedAt?.getTime() ?? 0}:${approve}`),
          registrationId: null,
          recipient: guestRecipient(guest),
          template: 'guest_deputy',
          params: { name: guest.name, editionTitle: editionTitle(edition), deputyName: guest.deputyName ?? '', approved: approve },
          channel,
        });
      }
      const after = await this.guestsService.dto(saved, tx);
      await this.audit.record(tx, actor, { action: approve ? 'approve_deputy' : 'refuse_deputy', entityType: 'guest', entityId: guestId, editionId: guest.editionId, before, after });
      return after;
    });
  }

  /** Replies counted per invited session (in programme order) and category; guests invited to no session come last. */
  async summary(editionId: number): Promise<ReplyCountDto[]> {
    await this.editions.require(editionId);
    const [counts, sessions] = await Promise.all([this.guests.replyCounts(editionId), this.sessions.ofEdition(editionId)]);
    const order = new Map(sessions.map((s, i) => [s.id, i]));
    const rows = new Map<string, ReplyCountDto>();
    for (const c of counts) {
      const key = `${c.sessionId}:${c.category}`;
      let row = rows.get(key);
      if (!row) {
        const session = sessions.find((s) => s.id === c.sessionId);
        const label = GUEST_CATEGORY.labels[c.category];
        row = {
          sessionId: c.sessionId,
          session: session ? session.titleZh : GUEST_REPLY_MESSAGES.noSession(),
          category: c.category,
          categoryLabel: new LocalText(label.zh, label.en),
          pending: 0,
          attending: 0,
          declined: 0,
          deputy: 0,
          total: 0,
        };
        rows.set(key, row);
      }
      row[c.reply] += c.count;
      row.total += c.count;
    }
    const rank = (id: number | null) => (id === null ? Number.MAX_SAFE_INTEGER : (order.get(id) ?? Number.MAX_SAFE_INTEGER - 1));
    return [...rows.values()].sort((a, b) => rank(a.sessionId) - rank(b.sessionId) || GUEST_CATEGORIES.indexOf(a.category as GuestCategory) - GUEST_CATEGORIES.indexOf(b.category as GuestCategory));
  }
}
