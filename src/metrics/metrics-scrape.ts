import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DatabaseHealth } from '../database/database-health';
import { OutboxStore } from '../notifications/outbox.store';
import { RegistrationStore } from '../registrations/registration.store';
import { SeatStore } from '../seats/seat.store';
import { METRICS } from './process-metrics';

// Once per process: the registry refuses a second metric of the same name (several apps in one test run share it).
const registrations = new Gauge({ name: 'huiwu_registrations', help: 'Registrations by status', labelNames: ['status'] as const, registers: [METRICS] });
const checkIns = new Gauge({ name: 'huiwu_check_ins', help: 'Registrations checked in', registers: [METRICS] });
const seats = new Gauge({ name: 'huiwu_session_seats', help: 'Seats in sessions by status (confirmed = taken, waitlisted = the waitlists together)', labelNames: ['status'] as const, registers: [METRICS] });
const outbox = new Gauge({ name: 'huiwu_outbox_messages', help: 'Outbox messages by status (pending = the depth of the queue, failed = given up)', labelNames: ['status'] as const, registers: [METRICS] });
const pool = new Gauge({ name: 'huiwu_database_pool_connections', help: "This process's database connections by state (MySQL/MariaDB)", labelNames: ['state'] as const, registers: [METRICS] });

/**
 * The figures read from the database when Prometheus scrapes: registrations by status, seats
 * taken and waiting, check-ins, the outbox's depth and failures, and this process's pool.
 * Three grouped counts per scrape; a scrape every 15 s costs nothing a registration notices.
 */
@Injectable()
export class MetricsScrape {
  constructor(
    private readonly database: DatabaseHealth,
    private readonly registrationStore: RegistrationStore,
    private readonly seatStore: SeatStore,
    private readonly outboxStore: OutboxStore,
  ) {
  }

  /** The text Prometheus reads, with the database's figures as they are now. */
  async render(): Promise<string> {
    const [counted, seated, queued] = await Promise.all([this.registrationStore.countsForMetrics(), this.seatStore.totalsByStatus(), this.outboxStore.countsByStatus()]);
    registrations.reset();
    for (const [status, n] of counted.byStatus) registrations.set({ status }, n);
    checkIns.set(counted.checkedIn);
    seats.reset();
    for (const [status, n] of seated) seats.set({ status }, n);
    outbox.reset();
    for (const [status, n] of queued) outbox.set({ status }, n);
    const connections = this.database.poolCounts();
    pool.reset();
    if (connections) for (const [state, n] of Object.entries(connections)) pool.set({ state }, n);
    return METRICS.metrics();
  }
}
