import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Edition } from '../editions/entities/edition.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Session } from '../sessions/entities/session.entity';
import { Registration } from './entities/registration.entity';
import type { SessionSeat } from './entities/session-seat.entity';
import { promotionMessage } from './registration-messages';
import { SeatAllocator } from './seat-allocator';

/** A seat that comes free goes to the head of the waitlist at once, and that person is told. */
@Injectable()
export class WaitlistPromotion {
  constructor(
    private readonly seats: SeatAllocator,
    private readonly notifications: NotificationsService,
  ) {}

  /** A confirmed seat given back. */
  async releaseSeat(manager: EntityManager, sessionId: number, edition: Edition): Promise<void> {
    await this.announce(manager, await this.seats.release(manager, sessionId), edition);
  }

  /** Seats that appeared (a larger capacity, no limit any more). */
  async fillFreeSeats(manager: EntityManager, sessionId: number, edition: Edition): Promise<void> {
    await this.announce(manager, await this.seats.promote(manager, sessionId), edition);
  }

  private async announce(manager: EntityManager, promoted: SessionSeat[], edition: Edition): Promise<void> {
    for (const seat of promoted) {
      const registration = await manager.findOneByOrFail(Registration, { id: seat.registrationId });
      const { titleZh } = await manager.findOneOrFail(Session, { where: { id: seat.sessionId }, select: { id: true, titleZh: true } });
      await this.notifications.enqueue(manager, promotionMessage(registration, edition, titleZh, seat.id, seat.promotedAt ?? new Date()));
    }
  }
}
