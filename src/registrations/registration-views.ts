import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { toZonedIso } from '../common/zoned-dates';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { Edition } from '../editions/entities/edition.entity';
import { ReleasedSession } from '../releases/entities/released-session.entity';
import { RegistrationDto } from './dto/registration.dto';
import type { Registration } from './entities/registration.entity';
import { SessionSeat } from './entities/session-seat.entity';
import { SeatAllocator } from './seat-allocator';
import { latestRelease } from '../releases/latest-release';

/** Registrations as their owner and organizers see them: sessions as published, waitlist positions live. */
@Injectable()
export class RegistrationViews {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seats: SeatAllocator,
  ) {}

  async view(manager: EntityManager, registration: Registration, edition: Edition): Promise<RegistrationDto> {
    const [dto] = await this.viewMany(manager, [registration], edition);
    return dto;
  }

  /** Registrations of one edition in four queries whatever their number, so a page of a list costs no more than one. */
  async viewMany(manager: EntityManager, registrations: Registration[], edition: Edition): Promise<RegistrationDto[]> {
    if (!registrations.length) return [];
    const seats = await manager.find(SessionSeat, { where: { registrationId: In(registrations.map((r) => r.id)) }, order: { registrationId: 'ASC', sessionId: 'ASC' } });
    const release = await latestRelease(manager, edition.id);
    const sessionIds = [...new Set(seats.map((s) => s.sessionId))];
    const frozen = release && sessionIds.length ? await manager.find(ReleasedSession, { where: { releaseId: release.id, sessionId: In(sessionIds) } }) : [];
    const positions = await this.seats.positions(manager, seats.filter((s) => s.status === 'waitlisted' && s.queueNumber !== null).map((s) => s.id));
    const byId = new Map(frozen.map((f) => [f.sessionId, f]));
    const seatsOf = new Map<number, SessionSeat[]>();
    for (const seat of seats) {
      if (!seatsOf.has(seat.registrationId)) seatsOf.set(seat.registrationId, []);
      seatsOf.get(seat.registrationId)!.push(seat);
    }
    return registrations.map((registration) => this.compose(registration, edition, seatsOf.get(registration.id) ?? [], byId, (seat) => positions.get(seat.id) ?? null));
  }

  /**
   * One registration from rows already at hand, without a query: a new registration is answered
   * from what its transaction wrote, after the seats' locks are let go.
   */
  compose<S extends Pick<SessionSeat, 'sessionId' | 'status'>>(
    registration: Registration,
    edition: Edition,
    seats: S[],
    released: ReadonlyMap<number, ReleasedSession>,
    positionOf: (seat: S) => number | null,
  ): RegistrationDto {
    const at = (path: string) => new URL(path, this.config.publicBaseUrl).href;
    return {
      code: registration.code,
      editionId: edition.id,
      editionSlug: edition.slug,
      status: registration.status,
      name: registration.name,
      email: registration.email,
      phone: registration.phone,
      organization: registration.organization,
      title: registration.title,
      checkedInAt: registration.checkedInAt?.toISOString() ?? null,
      createdAt: registration.createdAt.toISOString(),
      sessions: seats.map((seat) => {
        const session = released.get(seat.sessionId);
        return {
          sessionId: seat.sessionId,
          title: session?.titleZh ?? '',
          startsAt: session?.startsAt ? toZonedIso(session.startsAt, edition.timeZone) : null,
          endsAt: session?.endsAt ? toZonedIso(session.endsAt, edition.timeZone) : null,
          room: session?.roomNameZh ?? null,
          status: seat.status,
          waitlistPosition: seat.status === 'waitlisted' ? positionOf(seat) : null,
        };
      }),
      links: {
        self: at(`/api/registrations/${registration.code}`),
        calendar: at(`/api/registrations/${registration.code}/calendar.ics`),
        ticket: at(`/api/registrations/${registration.code}/ticket.pdf`),
      },
    };
  }
}
