import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Transactions } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import type { Edition } from '../editions/edition.store';
import { OutboxStore } from '../notifications/outbox.store';
import type { Registration } from '../registrations/registration.store';
import { SeatStore } from '../seats/seat.store';
import type { SessionWithRoom } from '../sessions/session.store';
import { reminderMessage } from './reminder-message';

/** Reminders are sent from this hour (local, the day before) on: not at midnight when the day turns. */
const REMINDER_HOUR = 9;
/** Registrations enqueued per transaction, so a large edition does not hold the write lock for long. */
const CHUNK = 100;

export interface ReminderReport {
  editions: number;
  reminders: number;
}

/**
 * The day before a published edition opens (in its own time zone), puts a reminder in the outbox
 * for every registration still coming (confirmed or pending) that holds at least one confirmed
 * seat in a session that takes place. Run hourly, so each zone gets its reminders on its own
 * day; the dedupe key makes every run after the first a no-op.
 */
@Injectable()
export class ReminderScheduler {
  constructor(
    private readonly transactions: Transactions,
    private readonly editions: EditionStore,
    private readonly seatStore: SeatStore,
    private readonly outbox: OutboxStore,
  ) {}

  async run(now = new Date()): Promise<ReminderReport> {
    const utc = DateTime.fromJSDate(now, { zone: 'utc' });
    // Tomorrow in any zone from UTC−12 to UTC+14 is one of these three days.
    const candidates = await this.editions.publishedStartingBetween(utc.toISODate()!, utc.plus({ days: 2 }).toISODate()!);
    const report: ReminderReport = { editions: 0, reminders: 0 };
    for (const edition of candidates) {
      const tomorrow = DateTime.fromJSDate(now, { zone: edition.timeZone }).plus({ days: 1 }).toISODate();
      if (edition.startDate !== tomorrow) continue;
      report.editions++;
      report.reminders += await this.remindAttendees(edition, now);
    }
    return report;
  }

  private async remindAttendees(edition: Edition, now: Date): Promise<number> {
    const { startDate } = edition;
    if (startDate === null) return 0;
    const seats = await this.seatStore.confirmedSeatsOfAttendeesComing(edition.id);
    const attendees = new Map<number, { registration: Registration; sessions: SessionWithRoom[] }>();
    for (const seat of seats) {
      const entry = attendees.get(seat.registrationId) ?? { registration: seat.registration, sessions: [] };
      entry.sessions.push(seat.session);
      attendees.set(seat.registrationId, entry);
    }
    const morningBefore = DateTime.fromISO(startDate, { zone: edition.timeZone }).minus({ days: 1 }).set({ hour: REMINDER_HOUR }).toJSDate();
    const notBefore = morningBefore > now ? morningBefore : now;
    const entries = [...attendees.values()];
    for (let i = 0; i < entries.length; i += CHUNK) {
      await this.transactions.run(async (tx) => {
        for (const { registration, sessions } of entries.slice(i, i + CHUNK)) {
          await this.outbox.enqueue(tx, reminderMessage(registration, { ...edition, startDate }, sessions), notBefore);
        }
      });
    }
    return entries.length;
  }
}
