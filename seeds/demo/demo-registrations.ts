import { DataSource, In } from 'typeorm';
import { DEFAULT_PRIVACY_NOTICE_VERSION } from '../../src/editions/privacy-notice';
import { Registration } from '../../src/registrations/entities/registration.entity';
import { SeatPool } from '../../src/seats/entities/seat-pool.entity';
import { SessionSeat } from '../../src/seats/entities/session-seat.entity';
import { newRegistrationCode } from '../../src/registrations/registration-codes';
import { insertMany, type DemoSession } from './demo-edition';
import { JOB_TITLES, personName, pick } from './demo-text';

const CHUNK = 500;
const EMPLOYERS = ['某科技有限公司', '某大学', '某研究院', '某电子商务有限公司', '某律师事务所', '某传媒集团'];

interface SeatCounter {
  capacity: number;
  taken: number;
  waitlistSeq: number;
}

/**
 * Registrations with one to three sessions each. Seats follow SeatStore's rules in
 * registration order: confirmed while taken < capacity, then waitlisted with the next ticket
 * (++waitlist_seq). Popularity is skewed, so some sessions fill and grow waitlists as real ones
 * do. Each chunk is one transaction that also writes the session counters it changed, so an
 * interrupted run never leaves counters (seat_pool) that disagree with the seats.
 */
export async function insertDemoRegistrations(
  dataSource: DataSource,
  editionId: number,
  sessions: DemoSession[],
  count: number,
  random: () => number,
  progress: (done: number) => void,
): Promise<{ confirmed: number; waitlisted: number }> {
  const byPopularity = shuffle([...sessions], random);
  const counters = new Map<number, SeatCounter>(sessions.map((s) => [s.id, { capacity: s.capacity, taken: 0, waitlistSeq: 0 }]));
  const codes = new Set<string>();
  const totals = { confirmed: 0, waitlisted: 0 };
  // Whole seconds, as the column keeps them.
  const consentedAt = new Date(Math.floor(Date.now() / 1000) * 1000);

  for (let first = 0; first < count; first += CHUNK) {
    const size = Math.min(CHUNK, count - first);
    const people = Array.from({ length: size }, (_, k) => {
      const name = personName(random);
      let code = newRegistrationCode();
      while (codes.has(code)) code = newRegistrationCode();
      codes.add(code);
      const wanted = new Set<number>();
      const seats = 1 + Math.floor(random() * 3);
      // The product of two uniform draws favours the front of the popularity order.
      for (let tries = 0; wanted.size < Math.min(seats, sessions.length) && tries < 20; tries++) {
        wanted.add(byPopularity[Math.floor(random() * random() * byPopularity.length)].id);
      }
      return {
        row: {
          editionId,
          code,
          name: name.zh,
          email: `attendee${String(first + k + 1).padStart(7, '0')}@demo.huiwu.example`,
          phone: `+861${3 + Math.floor(random() * 7)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
          organization: pick(random, EMPLOYERS),
          title: pick(random, JOB_TITLES)[0],
          status: 'confirmed' as const,
          idempotencyKey: null,
          // As the registration form records it: consent to the notice the edition shows (the default one).
          privacyNoticeVersion: DEFAULT_PRIVACY_NOTICE_VERSION,
          privacyConsentedAt: consentedAt,
          checkedInAt: null,
          anonymizedAt: null,
        },
        sessionIds: [...wanted].sort((a, b) => a - b),
      };
    });

    await dataSource.transaction(async (manager) => {
      await insertMany(manager, Registration, people.map((p) => p.row));
      const stored = await manager.find(Registration, { where: { editionId, code: In(people.map((p) => p.row.code)) }, select: { id: true, code: true } });
      const idOf = new Map(stored.map((r) => [r.code, r.id]));
      const seats: Partial<SessionSeat>[] = [];
      const touched = new Set<number>();
      for (const person of people) {
        for (const sessionId of person.sessionIds) {
          const counter = counters.get(sessionId)!;
          const confirmed = counter.taken < counter.capacity;
          if (confirmed) counter.taken += 1;
          else counter.waitlistSeq += 1;
          totals[confirmed ? 'confirmed' : 'waitlisted'] += 1;
          touched.add(sessionId);
          seats.push({
            registrationId: idOf.get(person.row.code)!,
            sessionId,
            status: confirmed ? 'confirmed' : 'waitlisted',
            queueNumber: confirmed ? null : counter.waitlistSeq,
            promotedAt: null,
          });
        }
      }
      await insertMany(manager, SessionSeat, seats);
      // One UPDATE for all the sessions of the chunk; the values are integers computed here.
      const ids = [...touched];
      const caseOf = (field: keyof SeatCounter) => `CASE session_id ${ids.map((id) => `WHEN ${id} THEN ${counters.get(id)![field]}`).join(' ')} END`;
      await manager
        .createQueryBuilder()
        .update(SeatPool)
        .set({ taken: () => caseOf('taken'), waitlistSeq: () => caseOf('waitlistSeq') })
        .where({ sessionId: In(ids) })
        .execute();
    });
    progress(first + size);
  }
  return totals;
}

function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
