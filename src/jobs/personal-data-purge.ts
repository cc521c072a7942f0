import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Edition } from '../editions/entities/edition.entity';
import { OutboxMessage } from '../notifications/entities/outbox-message.entity';
import { Registration } from '../registrations/entities/registration.entity';

export const ANONYMIZED_NAME = '已匿名';

export interface PurgeReport {
  editions: string[];
  registrations: number;
}

/**
 * Personal data is kept no longer than needed (PIPL): PURGE_AFTER_DAYS after an edition ends,
 * its attendees' names, addresses, phones, organizations and titles are overwritten. The rows
 * stay, so the edition's figures (registrations, seats, statuses, check-ins) stay true.
 * Messages still waiting to go to those people are dropped; those already sent or given up
 * keep their kind and dates but lose their address and text.
 */
@Injectable()
export class PersonalDataPurge {
  private readonly logger = new Logger(PersonalDataPurge.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** `today` is a calendar day (YYYY-MM-DD); an edition is due once its end + PURGE_AFTER_DAYS is before it. */
  async run(today: string, now = new Date()): Promise<PurgeReport> {
    const cutoff = DateTime.fromISO(today, { zone: 'utc' }).minus({ days: this.config.jobs.purgeAfterDays }).toISODate();
    const due = await this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('edition')
      .where('edition.endDate < :cutoff', { cutoff })
      .andWhere('edition.personalDataPurgedAt IS NULL')
      .orderBy('edition.id', 'ASC')
      .getMany();
    const report: PurgeReport = { editions: [], registrations: 0 };
    for (const edition of due) {
      const anonymised = await this.dataSource.transaction((manager) => this.purgeEdition(manager, edition.id, now));
      if (anonymised === null) continue;
      report.editions.push(edition.slug);
      report.registrations += anonymised;
      this.logger.log(`Personal data of ${edition.slug} anonymised (${anonymised} registrations)`);
    }
    return report;
  }

  /** Null when another server purged the edition first. */
  private async purgeEdition(manager: EntityManager, editionId: number, now: Date): Promise<number | null> {
    // Marked first: the row lock makes a second server running the purge wait here, then skip.
    const marked = await manager
      .createQueryBuilder()
      .update(Edition)
      .set({ personalDataPurgedAt: now })
      .where('id = :editionId AND personal_data_purged_at IS NULL', { editionId })
      .execute();
    if (marked.affected !== 1) return null;

    const ofEdition = '(SELECT id FROM registration WHERE edition_id = :editionId)';
    await manager
      .createQueryBuilder()
      .delete()
      .from(OutboxMessage)
      .where(`registration_id IN ${ofEdition} AND status IN (:...waiting)`, { editionId, waiting: ['pending', 'sending'] })
      .execute();
    await manager
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ toAddress: () => this.anonymizedAddress('registration_id'), subject: ANONYMIZED_NAME, body: ANONYMIZED_NAME, lastError: null })
      .where(`registration_id IN ${ofEdition}`, { editionId })
      .execute();
    const anonymised = await manager
      .createQueryBuilder()
      .update(Registration)
      .set({
        name: ANONYMIZED_NAME,
        // Unique per registration: one address per edition is a unique key.
        email: () => this.anonymizedAddress('id'),
        phone: null,
        organization: null,
        title: null,
        anonymizedAt: now,
      })
      .where('edition_id = :editionId AND anonymized_at IS NULL', { editionId })
      .execute();
    return anonymised.affected ?? 0;
  }

  /** `anonymized+<registration id>@invalid.huiwu` (a domain that cannot exist), in the dialect's SQL. */
  private anonymizedAddress(idColumn: string): string {
    return this.dataSource.options.type === 'better-sqlite3'
      ? `'anonymized+' || ${idColumn} || '@invalid.huiwu'`
      : `CONCAT('anonymized+', ${idColumn}, '@invalid.huiwu')`;
  }
}
