import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import type { SessionSeat } from './entities/session-seat.entity';

/** A waitlisted place just turned into a confirmed seat, inside the transaction `tx`. */
export type PromotionListener = (tx: Tx, seat: Readonly<SessionSeat>) => Promise<void>;

/**
 * What happens to seats, for the modules above this one: the seat store announces here each
 * waitlist ticket it turns into a seat, and the registrations module (which this module must
 * not import) tells the attendee, in the same transaction.
 */
@Injectable()
export class SeatEvents {
  private readonly promotionListeners: PromotionListener[] = [];

  onPromoted(listener: PromotionListener): void {
    this.promotionListeners.push(listener);
  }

  async promoted(tx: Tx, seat: Readonly<SessionSeat>): Promise<void> {
    for (const listener of this.promotionListeners) await listener(tx, seat);
  }
}
