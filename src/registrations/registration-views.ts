import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { toZonedIso } from '../common/zoned-dates';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { Edition } from '../editions/entities/edition.entity';
import { ProgramRelease } from '../releases/entities/program-release.entity';
import { ReleasedSession } from '../releases/entities/released-session.entity';
import { RegistrationDto } from './dto/registration.dto';
import type { Registration } from './entities/registration.entity';
import { SessionSeat } from './entities/session-seat.entity';
import { SeatAllocator } from './seat-allocator';

/** Registrations as their owner and organizers see them: sessions as published, waitlist positions live. */
@Injectable()
export class RegistrationViews {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seats: SeatAllocator,
  ) {}

  async view(manager: EntityManager, registration: Registration, edition: Edition): Promise<RegistrationDto> {
    const seats = await manager.find(SessionSeat, { where: { registrationId: registration.id }, order: { sessionId: 'ASC' } });
    const release = await manager.findOne(ProgramRelease, { where: { editionId: edition.id }, order: { version: 'DESC' } });
    const frozen = release && seats.length
      ? await manager.find(ReleasedSession, { where: { releaseId: release.id, sessionId: In(seats.map((s) => s.sessionId)) } })
      : [];
    const byId = new Map(frozen.map((f) => [f.sessionId, f]));
    const base = this.config.publicBaseUrl;
    const at = (path: string) => new URL(path, base).href;
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
      sessions: await Promise.all(
        seats.map(async (seat) => {
          const session = byId.get(seat.sessionId);
          return {
            sessionId: seat.sessionId,
            title: session?.titleZh ?? '',
            startsAt: session?.startsAt ? toZonedIso(session.startsAt, edition.timeZone) : null,
            endsAt: session?.endsAt ? toZonedIso(session.endsAt, edition.timeZone) : null,
            room: session?.roomNameZh ?? null,
            status: seat.status,
            waitlistPosition: seat.status === 'waitlisted' && seat.queueNumber !== null ? await this.seats.position(manager, seat.sessionId, seat.queueNumber) : null,
          };
        }),
      ),
      links: {
        self: at(`/api/registrations/${registration.code}`),
        calendar: at(`/api/registrations/${registration.code}/calendar.ics`),
        ticket: at(`/api/registrations/${registration.code}/ticket.pdf`),
      },
    };
  }
}
