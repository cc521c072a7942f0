import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression, Timeout } from '@nestjs/schedule';
import { DateTime } from 'luxon';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { summarizeError } from '../notifications/error-summary';
import { OutboxSender } from '../notifications/outbox-sender';
import { jobLeaseFailures, jobRuns } from '../metrics/process-metrics';
import { JobLeases, LeaseUnanswered } from './job-leases';
import { PersonalDataPurge } from './personal-data-purge';
import { ReminderScheduler } from './reminder-scheduler';
import { RegistrationsService } from '../registrations/registrations.service';
import { GuestInvitationsService } from '../guests/guest-invitations.service';

/**
 * The timetable. Each method only adds the switch (JOBS_ENABLED) and the lease that makes one
 * server of many run each tick; the work itself is a plain service method. Crons fire on the
 * wall clock, so every server's tick falls on the same instant and the lease decides among them.
 */
@Injectable()
export class TimedJobs implements BeforeApplicationShutdown {
  private readonly logger = new Logger(TimedJobs.name);
  private readonly running = new Set<Promise<boolean>>();
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly leases: JobLeases,
    private readonly outbox: OutboxSender,
    private readonly reminders: ReminderScheduler,
    private readonly purge: PersonalDataPurge,
    private readonly registrations: RegistrationsService,
    private readonly guestInvitations: GuestInvitationsService,
  ) {}

  @Cron(CronExpression.EVERY_10_SECONDS, { name: 'outbox-delivery', waitForCompletion: true })
  deliverOutbox(): Promise<boolean> {
    // Within the 10 s tick, so the next tick finds the run over.
    return this.run('outbox-delivery', 10, () => this.outbox.deliverWithin(8_000));
  }

  /**
   * Registrations not confirmed by e-mail within their edition's window are cancelled and their
   * seats go to the waitlists, as a cancellation's do. Every minute: a window is minutes long.
   */
  @Cron(CronExpression.EVERY_MINUTE, { name: 'unconfirmed-expiry', waitForCompletion: true })
  expireUnconfirmed(): Promise<boolean> {
    return this.run('unconfirmed-expiry', 60, () => this.registrations.expireUnconfirmed(new Date()));
  }

  @Cron(CronExpression.EVERY_HOUR, { name: 'reminders', waitForCompletion: true })
  sendReminders(): Promise<boolean> {
    return this.run('reminders', 3600, () => this.reminders.run(new Date()));
  }

  /** Invited guests who have not replied are reminded (three days after the invitation, then every three days). */
  @Cron(CronExpression.EVERY_HOUR, { name: 'guest-reminders', waitForCompletion: true })
  remindGuests(): Promise<boolean> {
    return this.run('guest-reminders', 3600, () => this.guestInvitations.remindUnreplied(new Date()));
  }

  /** At night, server time: the purge rewrites many rows. */
  @Cron('0 0 3 * * *', { name: 'personal-data-purge', waitForCompletion: true })
  purgePersonalData(): Promise<boolean> {
    return this.run('personal-data-purge', 86_400, () => this.purge.run(this.today()));
  }

  /**
   * Once after start as well, so a server that is never up at 03:00 still purges. A lease of its
   * own: servers started together by a deployment purge once, and the nightly lease stays free.
   */
  @Timeout('personal-data-purge-after-start', 30_000)
  purgeAfterStart(): Promise<boolean> {
    return this.run('personal-data-purge-after-start', 600, () => this.purge.run(this.today()));
  }

  /** Lets a run that has begun finish before the database connection closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  /** Resolves to whether this server ran the tick's work, to the end. */
  private run(name: string, periodSeconds: number, work: () => Promise<unknown>): Promise<boolean> {
    if (!this.config.jobs.enabled || this.stopping) return Promise.resolve(false);
    const run = this.leases.runExclusively(name, periodSeconds, work).then(
      (ran) => {
        if (ran) jobRuns.inc({ job: name, outcome: 'done' });
        return ran;
      },
      (error: unknown) => {
        if (error instanceof LeaseUnanswered) {
          // The tick did not run here; the next one (here or elsewhere) will.
          jobLeaseFailures.inc({ job: name });
          this.logger.warn(`job ${name} skipped a tick: ${summarizeError(error.reason)}`);
          return false;
        }
        jobRuns.inc({ job: name, outcome: 'failed' });
        this.logger.error(`job ${name} failed: ${summarizeError(error)}`);
        return false;
      },
    );
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return run;
  }

  /** The purge counts days as the federation does, in the default zone, whatever TZ the server has. */
  private today(): string {
    return DateTime.now().setZone(this.config.defaultTimeZone).toISODate()!;
  }
}
