import { PlainStatements } from '../database/plain-statements';
import type { DataSource } from 'typeorm';
import { AttendeeFixtures } from '../../test/support/attendee-fixtures';
import { migratedSqlite, releaseOf } from '../../test/support/migrated-sqlite';
import { Transactions } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import type { Edition } from '../editions/edition.store';
import type { ProgramRelease } from '../releases/release.store';
import { ReleaseStore } from '../releases/release.store';
import { SeatEvents } from '../seats/seat-events';
import { SeatStore } from '../seats/seat.store';
import type { Session } from '../sessions/session.store';
import { SessionStore } from '../sessions/session.store';
import { SpeakerStore } from '../speakers/speaker.store';
import { GuestStore } from '../guests/guest.store';
import { RegistrationStore } from './registration.store';
import { RegistrationsService } from './registrations.service';
import { errorBody } from '../common/filters/api-exception.filter';

/** Which sessions one may register for, read from a real, migrated SQLite file. */
describe('session eligibility', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  let service: RegistrationsService;
  let edition: Edition;
  let release: ProgramRelease;
  let open: Session;
  let cancelled: Session;
  let unpublished: Session;
  let notYet: Session;
  let over: Session;
  let elsewhere: Session;
  const now = new Date('2026-11-20T00:00:00Z');

  beforeAll(async () => {
    db = await migratedSqlite();
    const ds = db.dataSource;
    const fixtures = new AttendeeFixtures(ds);
    const seats = new SeatStore(ds, new SeatEvents());
    const unused = null as never;
    service = new RegistrationsService(
      new Transactions(ds),
      new RegistrationStore(ds, new PlainStatements(ds)),
      seats,
      new SeatEvents(),
      new SessionStore(ds, seats, new SpeakerStore(ds)),
      new EditionStore(ds),
      new ReleaseStore(ds),
      unused,
      unused,
      unused,
      unused,
      unused,
      new GuestStore(ds),
    );
    edition = await fixtures.edition({ startDate: '2026-12-01', endDate: '2026-12-02' });
    const other = await fixtures.edition({ startDate: '2027-12-01', endDate: '2027-12-02' });
    open = await fixtures.session(edition.id, { titleZh: '开放' });
    cancelled = await fixtures.session(edition.id, { titleZh: '已取消', status: 'cancelled' });
    unpublished = await fixtures.session(edition.id, { titleZh: '未发布' });
    notYet = await fixtures.session(edition.id, { titleZh: '未开放', registrationOpensAt: new Date('2026-11-25T00:00:00Z') });
    over = await fixtures.session(edition.id, { titleZh: '已截止', registrationClosesAt: new Date('2026-11-20T00:00:00Z') });
    elsewhere = await fixtures.session(other.id, { titleZh: '他届' });
    release = await releaseOf(ds, edition.id, [open, cancelled, notYet, over]);
    await releaseOf(ds, other.id, [elsewhere]);
  });
  afterAll(() => db?.close());

  const refusal = async (sessionIds: number[], at = now, ofEdition = edition): Promise<Record<string, string>> => {
    try {
      await service.assertRegistrable(ofEdition, release, sessionIds, at);
    } catch (error) {
      // As an English reader gets them.
      return errorBody(error, 'en').errors ?? {};
    }
    throw new Error('registration was not refused');
  };

  it('accepts a published, scheduled session inside its window, answering it as the release froze it', async () => {
    const published = await service.assertRegistrable(edition, release, [open.id], now);
    expect([...published.keys()]).toEqual([open.id]);
    expect(published.get(open.id)!.titleZh).toBe('开放');
  });

  it('names each session one cannot register for, by its place in sessionIds', async () => {
    expect(await refusal([open.id, 999_999, elsewhere.id, unpublished.id, cancelled.id, notYet.id, over.id])).toEqual({
      'sessionIds[1]': 'no session 999999',
      'sessionIds[2]': `session ${elsewhere.id} belongs to another edition`,
      'sessionIds[3]': `session ${unpublished.id} is not in the published program`,
      'sessionIds[4]': `session ${cancelled.id} is cancelled`,
      'sessionIds[5]': `registration for session ${notYet.id} opens at Wed 25 Nov 2026, 08:00 Beijing time`,
      'sessionIds[6]': `registration for session ${over.id} closed at Fri 20 Nov 2026, 08:00 Beijing time`,
    });
  });

  it('refuses a session cancelled after the release froze it', async () => {
    await db.dataSource.query("UPDATE session SET status = 'cancelled' WHERE id = ?", [open.id]);
    try {
      expect(await refusal([open.id])).toEqual({ 'sessionIds[0]': `session ${open.id} is cancelled` });
    } finally {
      await db.dataSource.query("UPDATE session SET status = 'scheduled' WHERE id = ?", [open.id]);
    }
  });

  it('refuses everything outside the edition’s own registration window', async () => {
    const closed = { ...edition, registrationClosesAt: new Date('2026-11-01T00:00:00Z') } as Edition;
    // On the edition's clock, in words: never the server's ISO instant.
    expect(await refusal([open.id], now, closed)).toEqual({ registration: 'registration closed at Sun 1 Nov 2026, 08:00 Beijing time' });
    const berlin = { ...closed, timeZone: 'Europe/Berlin' } as Edition;
    expect(await refusal([open.id], now, berlin)).toEqual({ registration: 'registration closed at Sun 1 Nov 2026, 01:00 (Europe/Berlin)' });
    const early = { ...edition, registrationOpensAt: new Date('2026-11-21T00:00:00Z') } as Edition;
    expect(await refusal([], now, early)).toEqual({ registration: 'registration opens at Sat 21 Nov 2026, 08:00 Beijing time' });
  });

  it('admits to an invite-only session only a guest invited to it, by e-mail or phone, who has not declined', async () => {
    const guests = new GuestStore(db.dataSource);
    const tx = db.dataSource.manager;
    await guests.setInviteOnly(open.id, true, tx);
    const guest = await guests.insert({ editionId: edition.id, code: 'GUEST-00001', name: '受邀嘉宾', email: 'invited@example.com', phone: '+8613800001111' }, tx);
    try {
      const notInvited = { 'sessionIds[0]': `session ${open.id} is open to invited guests only` };
      expect(await refusalFor({ email: 'stranger@example.com' })).toEqual(notInvited);
      // On the guest list, but invited to other sessions only.
      expect(await refusalFor({ email: 'invited@example.com' })).toEqual(notInvited);
      await guests.setInvitations(guest.id, [open.id], tx);
      expect(await refusalFor({ email: 'invited@example.com' })).toBe('admitted');
      expect(await refusalFor({ email: 'other@example.com', phone: '+8613800001111' })).toBe('admitted');
      await guests.save({ ...guest, reply: 'declined' }, tx);
      expect(await refusalFor({ email: 'invited@example.com' })).toEqual(notInvited);
    } finally {
      await guests.setInviteOnly(open.id, false, tx);
      await guests.delete(guest.id, tx);
    }
  });

  const refusalFor = async (person: { email?: string; phone?: string }): Promise<Record<string, string> | 'admitted'> => {
    try {
      await service.assertRegistrable(edition, release, [open.id], now, person);
      return 'admitted';
    } catch (error) {
      return errorBody(error, 'en').errors ?? {};
    }
  };
});
