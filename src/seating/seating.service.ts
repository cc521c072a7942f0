import { BadRequestException, Injectable } from '@nestjs/common';
import { arrangeSeating, SeatingConvention, SeatingPlan as ArrangedPlan, swapPins } from '@huiwu/protocol-seating';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { AuditService } from '../audit/audit.service';
import { fieldsRefused } from '../common/i18n/field-labels';
import type { LocalText } from '../common/i18n/local-text';
import { Transactions, Tx } from '../database/transactions';
import { GuestStore } from '../guests/guest.store';
import { SessionStore } from '../sessions/session.store';
import type { SeatingPlanDto, SeatingPlanRequest, SeatRowDto } from './dto/seating.dto';
import { SeatedGuest, seatedGuest, seatedGuestDto, takesSeat } from './seated-guests';
import { SEATING_MESSAGES } from './seating-messages';
import { SeatingPlan, SeatingPlanStore, SeatingPlanValues } from './seating-plan.store';

/** What a session without a plan of its own starts from: one row of nine, the Chinese convention. */
const DEFAULT_PLAN: SeatingPlanValues = { convention: 'chinese', rows: [9], guestIds: null, pins: [] };
const MAX_SEATS = 600;

export interface WorkedPlan {
  sessionId: number;
  sessionTitle: string;
  stored: SeatingPlanValues;
  arranged: ArrangedPlan<SeatedGuest>;
}

/**
 * Protocol seating of a session: the stored settings (convention, rows, who, swaps) and the
 * guests' ranks make the plan each time it is asked for (libs/protocol-seating), so it follows
 * the guest list. Every change is audited.
 */
@Injectable()
export class SeatingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly plans: SeatingPlanStore,
    private readonly guests: GuestStore,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  async plan(sessionId: number): Promise<SeatingPlanDto> {
    return toDto(await this.work(sessionId));
  }

  /** The plan as the chart and name cards print it. */
  work(sessionId: number, tx?: Tx): Promise<WorkedPlan> {
    return this.workFor(sessionId, undefined, tx);
  }

  async configure(sessionId: number, request: SeatingPlanRequest, actor: AuthenticatedAccount): Promise<SeatingPlanDto> {
    const total = request.rows.reduce((a, b) => a + b, 0);
    if (total > MAX_SEATS) throw refused({ rows: SEATING_MESSAGES.tooManySeats({ max: MAX_SEATS }) });
    return this.transactions.run(async (tx) => {
      const session = await this.sessions.require(sessionId, tx);
      const guestIds = request.guestIds ?? null;
      if (guestIds) {
        const ofEdition = new Set((await this.guests.ofEdition(session.editionId, {}, tx)).map((g) => g.id));
        const stranger = guestIds.find((id) => !ofEdition.has(id));
        if (stranger !== undefined) throw refused({ guestIds: SEATING_MESSAGES.guestNotInEdition_field() }, SEATING_MESSAGES.guestNotInEdition({ id: stranger }));
      }
      const before = (await this.plans.ofSession(sessionId, tx)) ?? null;
      // Swaps stay while their seats still exist; a seat that went with a shorter row frees its guest.
      const pins = (before?.pins ?? []).filter((pin) => pin.at.row <= request.rows.length && pin.at.seat <= request.rows[pin.at.row - 1] && (!guestIds || guestIds.includes(pin.id)));
      const after = await this.plans.save(sessionId, { convention: request.convention, rows: request.rows, guestIds, pins }, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'seating_plan', entityId: sessionId, editionId: session.editionId, before: before && values(before), after: values(after) });
      return toDto(await this.workFor(sessionId, after, tx));
    });
  }

  /** Two seated guests trade seats; nobody else moves. */
  async swap(sessionId: number, a: number, b: number, actor: AuthenticatedAccount): Promise<SeatingPlanDto> {
    if (a === b) throw refused({ b: SEATING_MESSAGES.sameGuest_field() }, SEATING_MESSAGES.sameGuest());
    return this.transactions.run(async (tx) => {
      const worked = await this.work(sessionId, tx);
      const seated = new Set(worked.arranged.rows.flat().flatMap((seat) => (seat.person ? [seat.person.id] : [])));
      for (const [field, id] of [['a', a], ['b', b]] as const) {
        if (!seated.has(id)) throw refused({ [field]: SEATING_MESSAGES.notSeated_field() }, SEATING_MESSAGES.notSeated({ id }));
      }
      const pins = swapPins(worked.arranged, worked.stored.pins, a, b);
      return this.savePins(sessionId, worked, pins, actor, tx);
    });
  }

  /** Forgets every swap: the plan is by rank alone again. */
  async clearSwaps(sessionId: number, actor: AuthenticatedAccount): Promise<SeatingPlanDto> {
    return this.transactions.run(async (tx) => this.savePins(sessionId, await this.work(sessionId, tx), [], actor, tx));
  }

  private async savePins(sessionId: number, worked: WorkedPlan, pins: SeatingPlanValues['pins'], actor: AuthenticatedAccount, tx: Tx): Promise<SeatingPlanDto> {
    const after = await this.plans.save(sessionId, { ...worked.stored, pins }, tx);
    const session = await this.sessions.require(sessionId, tx);
    await this.audit.record(tx, actor, { action: 'update', entityType: 'seating_plan', entityId: sessionId, editionId: session.editionId, before: { pins: worked.stored.pins }, after: { pins } });
    return toDto(await this.workFor(sessionId, after, tx));
  }

  private async workFor(sessionId: number, stored: SeatingPlan | undefined, tx?: Tx): Promise<WorkedPlan> {
    const session = await this.sessions.require(sessionId, tx);
    const settings: SeatingPlanValues = stored ?? (await this.plans.ofSession(sessionId, tx)) ?? DEFAULT_PLAN;
    const candidates = settings.guestIds
      ? (await this.guests.ofEdition(session.editionId, {}, tx)).filter((g) => settings.guestIds!.includes(g.id))
      : (await this.guests.ofEdition(session.editionId, { sessionId }, tx)).filter(takesSeat);
    // The store lists guests by rank, then name: that order breaks ties in rank.
    const people = candidates.map(seatedGuest);
    const arranged = arrangeSeating({ people, rows: settings.rows, convention: settings.convention as SeatingConvention, pins: settings.pins });
    return {
      sessionId,
      sessionTitle: session.titleZh,
      stored: values(settings),
      arranged,
    };
  }
}

function values(plan: SeatingPlanValues): SeatingPlanValues {
  return { convention: plan.convention, rows: plan.rows, guestIds: plan.guestIds, pins: plan.pins };
}

function toDto(worked: WorkedPlan): SeatingPlanDto {
  const rows: SeatRowDto[] = worked.arranged.rows.map((row, r) => ({
    row: r + 1,
    seats: row.map((seat) => ({ row: seat.row, seat: seat.seat, precedence: seat.precedence, pinned: seat.pinned, guest: seat.person ? seatedGuestDto(seat.person) : null })),
  }));
  return {
    sessionId: worked.sessionId,
    sessionTitle: worked.sessionTitle,
    convention: worked.stored.convention,
    rowSizes: worked.stored.rows,
    guestIds: worked.stored.guestIds,
    rows,
    unseated: worked.arranged.unseated.map(seatedGuestDto),
  };
}

function refused(errors: Record<string, LocalText>, message?: LocalText): BadRequestException {
  return new BadRequestException({ message: message ?? fieldsRefused(errors), errors });
}
