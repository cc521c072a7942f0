import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { localize } from '../common/i18n/local-text';
import { EditionStore } from '../editions/edition.store';
import { GuestStore } from '../guests/guest.store';
import { RegistrationStore } from '../registrations/registration.store';
import { SessionStore } from '../sessions/session.store';
import { CheckInEvents } from './check-in-events';
import { CheckInService } from './check-in.service';
import { CHECK_IN_MESSAGES } from './check-in-messages';
import { CheckInStore } from './check-in.store';
import { DuplicateDto, LiveCountsDto } from './dto/check-in.dto';

const SLOT_MINUTES = 5;
/** Recount this often while someone watches, for scans other server processes took. */
const RECOUNT_MS = 5000;

/**
 * Check-ins as they happen, for the supervisor and the big screen: admissions per gate and per
 * session against the people expected, arrivals in five-minute slots, and the duplicates to look
 * into. Streamed as server-sent events.
 */
@Injectable()
export class CheckInLive {
  constructor(
    private readonly store: CheckInStore,
    private readonly checkIn: CheckInService,
    private readonly registrations: RegistrationStore,
    private readonly sessions: SessionStore,
    private readonly editions: EditionStore,
    private readonly events: CheckInEvents,
    private readonly guests: GuestStore,
  ) {}

  async counts(editionId: number, lang: 'zh' | 'en' = 'zh'): Promise<LiveCountsDto> {
    await this.editions.require(editionId);
    const [gates, counts, times, byStatus, seatCounts, duplicateRows, duplicateCount, arrived, guestsExpected, guestReplies] = await Promise.all([
      this.store.gatesOf(editionId),
      this.store.admissionCounts(editionId),
      this.store.admissionTimes(editionId),
      this.registrations.countsByStatus(editionId),
      this.registrations.seatCountsBySession(editionId),
      this.store.duplicates(editionId, 20),
      this.store.duplicateCount(editionId),
      this.store.arrivedCount(editionId),
      this.guests.expectedCount(editionId),
      this.guests.replyCounts(editionId),
    ]);
    const sessionIds = [...new Set(gates.flatMap((g) => g.sessionIds ?? []))];
    const titles = new Map((await this.sessions.findMany(sessionIds)).map((s) => [s.id, lang === 'en' ? (s.titleEn ?? s.titleZh) : s.titleZh]));
    // Invited guests are expected too, unless they declined: at the edition, and at each session they are invited to.
    const expected = (byStatus.find((s) => s.status === 'confirmed')?.count ?? 0) + guestsExpected;
    const invitedTo = (sessionId: number) => guestReplies.filter((r) => r.sessionId === sessionId && r.reply !== 'declined').reduce((sum, r) => sum + r.count, 0);
    const admittedIn = (sessionId: number | null) => counts.filter((c) => c.sessionId === sessionId).reduce((sum, c) => sum + c.count, 0);
    const sessions = sessionIds.map((id) => ({
      sessionId: id,
      title: titles.get(id) ?? String(id),
      expected: (seatCounts.find((c) => c.sessionId === id && c.status === 'confirmed')?.count ?? 0) + invitedTo(id),
      admitted: admittedIn(id),
    }));
    if (gates.some((g) => !g.sessionIds)) sessions.unshift({ sessionId: null as never, title: CHECK_IN_MESSAGES.wholeEdition().in(lang), expected, admitted: admittedIn(null) });
    const gateById = new Map(gates.map((g) => [g.id, g]));
    const duplicates: DuplicateDto[] = await Promise.all(
      duplicateRows.map(async (row) => {
        const registration = row.registrationId !== null ? await this.registrations.byId(row.registrationId) : null;
        const guest = row.guestId !== null ? await this.guests.findById(row.guestId) : null;
        const first = row.firstCheckInId ? await this.store.byId(row.firstCheckInId) : null;
        const gate = gateById.get(row.gateId);
        return {
          checkInId: row.id,
          name: registration?.name ?? guest?.name ?? '',
          code: registration?.code ?? '',
          holder: guest ? 'guest' : 'registration',
          gate: gate?.name ?? String(row.gateId),
          scannedAt: row.scannedAt.toISOString(),
          by: row.staffName ?? row.deviceId,
          offline: row.offline,
          first: first && gate ? await this.checkIn.firstScan(gate, first) : null,
        };
      }),
    );
    return {
      editionId,
      expected,
      arrived,
      gates: gates.map((g) => ({ gateId: g.id, name: g.name, admitted: counts.filter((c) => c.gateId === g.id).reduce((sum, c) => sum + c.count, 0) })),
      sessions,
      arrivals: slots(times),
      duplicateCount,
      duplicates,
      at: new Date().toISOString(),
    };
  }

  /** Server-sent events: the counts now, then again whenever they change (and every few seconds). */
  async stream(editionId: number, lang: 'zh' | 'en', request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await this.editions.require(editionId);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    let closed = false;
    let sending = false;
    const send = async () => {
      if (closed || sending) return;
      sending = true;
      try {
        const counts = await this.counts(editionId, lang);
        if (!closed) raw.write(`event: counts\ndata: ${JSON.stringify(localize(counts, lang))}\n\n`);
      } catch {
        if (!closed) raw.write(': recount failed\n\n');
      } finally {
        sending = false;
      }
    };
    const stop = this.events.listen(editionId, () => void send());
    const timer = setInterval(() => void send(), RECOUNT_MS);
    request.raw.on('close', () => {
      closed = true;
      stop();
      clearInterval(timer);
    });
    raw.write('retry: 2000\n\n');
    await send();
  }
}

function slots(times: Date[]): { at: string; count: number }[] {
  const size = SLOT_MINUTES * 60_000;
  const out = new Map<number, number>();
  for (const time of times) {
    const slot = Math.floor(time.getTime() / size) * size;
    out.set(slot, (out.get(slot) ?? 0) + 1);
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([at, count]) => ({ at: new Date(at).toISOString(), count }));
}
