import { randomBytes } from 'node:crypto';
import { DataSource, DeepPartial } from 'typeorm';
import { Brand } from '../../src/brands/entities/brand.entity';
import { Edition } from '../../src/editions/entities/edition.entity';
import { OutboxMessage } from '../../src/notifications/entities/outbox-message.entity';
import { Registration } from '../../src/registrations/entities/registration.entity';
import { SeatPool } from '../../src/seats/entities/seat-pool.entity';
import { SessionSeat } from '../../src/seats/entities/session-seat.entity';
import type { SeatStatus } from '../../src/registrations/registration-status';
import { Room } from '../../src/rooms/entities/room.entity';
import { Session } from '../../src/sessions/entities/session.entity';
import { asMail, OutboxMail } from './outbox-mail';

/**
 * Editions, sessions, registrations and outbox messages written straight into the database
 * (each in a transaction), for the suites of timed jobs, which need states no route makes yet.
 */
export class AttendeeFixtures {
  private brandId: number | null = null;
  private year = 2000;
  private serial = 0;

  constructor(private readonly dataSource: DataSource) {}

  private save<T extends object>(entity: new () => T, values: DeepPartial<NoInfer<T>>): Promise<T> {
    return this.dataSource.transaction((manager) => manager.save(manager.create(entity, values)));
  }

  async edition(values: DeepPartial<Edition> & { startDate: string; endDate: string }): Promise<Edition> {
    this.brandId ??= (await this.save(Brand, { slug: `brand-${randomBytes(3).toString('hex')}`, nameZh: '测试大会' })).id;
    const year = this.year++;
    return this.save(Edition, {
      brandId: this.brandId,
      year,
      slug: `test-${year}`,
      titleZh: `${year}年测试大会`,
      timeZone: 'Asia/Shanghai',
      status: 'published',
      ...values,
    });
  }

  room(editionId: number, nameZh: string): Promise<Room> {
    return this.save(Room, { editionId, nameZh });
  }

  /** A session with its seat pool, as SessionStore.create makes them. */
  async session(editionId: number, values: DeepPartial<Session> = {}): Promise<Session> {
    const session = await this.save(Session, { editionId, kind: 'sub_forum', titleZh: '分论坛', status: 'scheduled', ...values });
    await this.save(SeatPool, { sessionId: session.id, capacity: session.capacity ?? null, taken: 0, waitlistSeq: 0 });
    return session;
  }

  /** A registration with its seats; personal data is filled in so a purge has something to remove. */
  async registration(
    editionId: number,
    values: DeepPartial<Registration> = {},
    seats: { sessionId: number; status: SeatStatus }[] = [],
  ): Promise<Registration> {
    const n = ++this.serial;
    const registration = await this.save(Registration, {
      editionId,
      code: randomBytes(5).toString('hex').toUpperCase(),
      name: `参会者${n}`,
      email: `attendee${n}@example.com`,
      phone: `+86 138 0000 ${String(n).padStart(4, '0')}`,
      organization: '某单位',
      title: '处长',
      status: 'confirmed',
      ...values,
    });
    for (const seat of seats) {
      await this.save(SessionSeat, { registrationId: registration.id, sessionId: seat.sessionId, status: seat.status });
    }
    return registration;
  }

  /** An e-mail already written out (the `verbatim` template), with the address, subject and body given. */
  async message(values: DeepPartial<OutboxMessage> & { toAddress?: string; subject?: string; body?: string } = {}): Promise<OutboxMail> {
    const n = ++this.serial;
    const { toAddress = `person${n}@example.com`, subject = `报名成功 ${n}`, body = `正文 ${n}`, ...row } = values;
    const saved = await this.save(OutboxMessage, {
      kind: 'confirmation',
      dedupeKey: `test:${n}:${randomBytes(3).toString('hex')}`,
      registrationId: null,
      channel: 'email',
      address: toAddress,
      language: 'zh',
      template: 'verbatim',
      params: { subject, body },
      status: 'pending',
      attempts: 0,
      nextAttemptAt: new Date(Date.now() - 1000),
      ...row,
    });
    return asMail(saved);
  }
}
