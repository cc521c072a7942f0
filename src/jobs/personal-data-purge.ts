import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions, Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { GuestTripStore } from '../guest-travel/guest-trip.store';
import { GuestStore } from '../guests/guest.store';
import { guestMessagesOfEdition } from '../guests/guest-notifications';
import { HotelRoomStore } from '../hotel-rooms/hotel-room.store';
import { OutboxStore } from '../notifications/outbox.store';
import { PickupStore } from '../pickups/pickup.store';
import { RegistrationStore } from '../registrations/registration.store';

export const ANONYMIZED_NAME = '已匿名';

export interface PurgeReport {
  editions: string[];
  registrations: number;
}

/**
 * Personal data is kept no longer than needed (PIPL): PURGE_AFTER_DAYS after an edition ends,
 * its attendees' names, addresses, phones, organizations and titles are overwritten. The rows
 * stay, so the edition's figures (registrations, seats, statuses, check-ins) stay true.
 * Invited guests' personal data (and their deputies') goes at the same time, with their travel,
 * pickups (the drivers' names and phones too) and hotel rooms.
 * Messages still waiting to go to those people are dropped; those already sent or given up
 * keep their kind and dates but lose their address and text.
 */
@Injectable()
export class PersonalDataPurge {
  private readonly logger = new Logger(PersonalDataPurge.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly editions: EditionStore,
    private readonly registrations: RegistrationStore,
    private readonly outbox: OutboxStore,
    private readonly guests: GuestStore,
    private readonly rooms: HotelRoomStore,
    private readonly trips: GuestTripStore,
    private readonly pickups: PickupStore,
  ) {}

  /** `today` is a calendar day (YYYY-MM-DD); an edition is due once its end + PURGE_AFTER_DAYS is before it. */
  async run(today: string, now = new Date()): Promise<PurgeReport> {
    const cutoff = DateTime.fromISO(today, { zone: 'utc' }).minus({ days: this.config.jobs.purgeAfterDays }).toISODate()!;
    const due = await this.editions.dueForPersonalDataPurge(cutoff);
    const report: PurgeReport = { editions: [], registrations: 0 };
    for (const edition of due) {
      const anonymised = await this.transactions.run((tx) => this.purgeEdition(tx, edition.id, now));
      if (anonymised === null) continue;
      report.editions.push(edition.slug);
      report.registrations += anonymised;
      this.logger.log(`Personal data of ${edition.slug} anonymised (${anonymised} registrations)`);
    }
    return report;
  }

  /** Null when another server purged the edition first. */
  private async purgeEdition(tx: Tx, editionId: number, now: Date): Promise<number | null> {
    // Marked first: the row lock makes a second server running the purge wait here, then skip.
    if (!(await this.editions.markPersonalDataPurged(editionId, now, tx))) return null;
    await this.outbox.forgetRecipients(await this.registrations.idsOfEdition(editionId, tx), ANONYMIZED_NAME, tx);
    // Invited guests follow the attendees' rule: same day, same placeholder, their messages too.
    await this.outbox.forgetKeyed(guestMessagesOfEdition(editionId), ANONYMIZED_NAME, tx);
    // Who slept where (and with whom) goes too; the hotels and blocks stay with the figures.
    await this.rooms.forgetEdition(editionId, tx);
    // Their travel goes whole (flight and train numbers, times), with the pickups and the drivers' names and phones.
    await this.pickups.purgeEdition(editionId, ANONYMIZED_NAME, tx);
    await this.trips.deleteOfEdition(editionId, tx);
    const guests = await this.guests.anonymiseEdition(editionId, ANONYMIZED_NAME, now, tx);
    if (guests > 0) this.logger.log(`Personal data of ${guests} guests of edition ${editionId} anonymised`);
    return this.registrations.anonymiseEdition(editionId, ANONYMIZED_NAME, now, tx);
  }
}
