import { migratedSqlite } from '../../test/support/migrated-sqlite';
import { BrandStore } from '../brands/brand.store';
import type { Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import type { Edition } from '../editions/edition.store';
import { OrganizationStore } from '../organizations/organization.store';
import { RoomStore } from '../rooms/room.store';
import type { Session } from '../sessions/session.store';
import { SeatEvents } from '../seats/seat-events';
import { SeatStore } from '../seats/seat.store';
import { SessionStore } from '../sessions/session.store';
import { SpeakerStore } from '../speakers/speaker.store';
import { ScheduleConflicts, SessionDraft } from './schedule-conflicts';

/**
 * The rules that need the database — which other sessions share a room, a speaker or a host,
 * in this edition or another — on a real SQLite file made by the app's migrations.
 */
describe('ScheduleConflicts on the database', () => {
  let db: Awaited<ReturnType<typeof migratedSqlite>>;
  let tx: Tx;
  let conflicts: ScheduleConflicts;
  let sessions: SessionStore;
  let speakers: SpeakerStore;
  let edition: Edition;
  let otherEdition: Edition;
  let hallId: number;

  beforeAll(async () => {
    db = await migratedSqlite();
    tx = db.dataSource.manager;
    conflicts = ScheduleConflicts.standalone(db.dataSource);
    speakers = new SpeakerStore(db.dataSource);
    sessions = new SessionStore(db.dataSource, new SeatStore(db.dataSource, new SeatEvents()), speakers);
    const editions = new EditionStore(db.dataSource);
    const brand = await new BrandStore(db.dataSource).save({ slug: 'integrity', nameZh: '中国网络诚信大会' }, tx);
    const other = await new BrandStore(db.dataSource).save({ slug: 'civilization', nameZh: '中国网络文明大会' }, tx);
    const days = { startDate: '2026-12-01', endDate: '2026-12-02', timeZone: 'Asia/Shanghai', status: 'draft' as const };
    edition = await editions.save({ slug: 'integrity-2026', brandId: brand.id, year: 2026, titleZh: '2026中国网络诚信大会', ...days }, tx);
    otherEdition = await editions.save({ slug: 'civilization-2026', brandId: other.id, year: 2026, titleZh: '2026中国网络文明大会', ...days }, tx);
    hallId = (await new RoomStore(db.dataSource).save({ editionId: edition.id, nameZh: '主会场', capacity: 100, displayOrder: 1 }, tx)).id;
  });
  afterAll(() => db.close());

  const at = (from: string, to: string) => ({ startsAt: new Date(from), endsAt: new Date(to) });
  function addSession(editionId: number, values: Partial<Session>): Promise<number> {
    return sessions.create(tx, { editionId, kind: 'sub_forum', titleZh: '分论坛', status: 'scheduled', ...values }, values.capacity ?? null);
  }
  function draft(values: Partial<SessionDraft>): SessionDraft {
    return { id: null, titleZh: '新分论坛', kind: 'sub_forum', startsAt: null, endsAt: null, roomId: null, capacity: null, status: 'scheduled', ...values };
  }

  it('refuses a session overlapping another in the same room, and names it', async () => {
    const opening = await addSession(edition.id, { titleZh: '开幕式', roomId: hallId, ...at('2026-12-01T01:00:00Z', '2026-12-01T02:00:00Z') });
    const clash = await conflicts.errorsFor(tx, draft({ roomId: hallId, ...at('2026-12-01T01:30:00Z', '2026-12-01T02:30:00Z') }), edition);
    expect(clash).toEqual([expect.objectContaining({ code: 'room_overlap', otherSessionId: opening, roomId: hallId })]);
    expect(String(clash[0].message)).toContain('开幕式');
    // The session itself, a later slot and a cancelled draft clash with nothing.
    expect(await conflicts.errorsFor(tx, draft({ id: opening, roomId: hallId, ...at('2026-12-01T01:00:00Z', '2026-12-01T02:00:00Z') }), edition)).toEqual([]);
    expect(await conflicts.errorsFor(tx, draft({ roomId: hallId, ...at('2026-12-01T02:00:00Z', '2026-12-01T03:00:00Z') }), edition)).toEqual([]);
    expect(await conflicts.errorsFor(tx, draft({ roomId: hallId, status: 'cancelled', ...at('2026-12-01T01:30:00Z', '2026-12-01T02:30:00Z') }), edition)).toEqual([]);
  });

  it('refuses more seats than the room, days outside the edition (in its zone) and an end before the start', async () => {
    expect((await conflicts.errorsFor(tx, draft({ roomId: hallId, capacity: 150 }), edition)).map((e) => e.code)).toEqual(['capacity_above_room']);
    const lateNight = draft(at('2026-12-02T16:30:00Z', '2026-12-02T17:30:00Z'));
    expect((await conflicts.errorsFor(tx, lateNight, edition)).map((e) => e.code)).toEqual(['outside_edition_dates']);
    const backwards = draft(at('2026-12-01T05:00:00Z', '2026-12-01T04:00:00Z'));
    expect((await conflicts.errorsFor(tx, backwards, edition)).map((e) => e.code)).toEqual(['ends_before_start']);
  });

  it('warns of a speaker due in another edition’s session at the same time, and reports it for the edition', async () => {
    const speaker = await speakers.save({ nameZh: '赵晖', organizationId: null }, tx);
    const here = await addSession(edition.id, { titleZh: '诚信分论坛', ...at('2026-12-02T01:00:00Z', '2026-12-02T02:00:00Z') });
    const there = await addSession(otherEdition.id, { titleZh: '文明分论坛', ...at('2026-12-02T01:30:00Z', '2026-12-02T03:00:00Z') });
    const after = await addSession(otherEdition.id, { titleZh: '闭幕式', ...at('2026-12-02T03:00:00Z', '2026-12-02T04:00:00Z') });
    for (const sessionId of [here, there, after]) await speakers.addAppearance({ sessionId, speakerId: speaker.id, role: 'speaker', displayOrder: 1 }, tx);

    const warnings = await conflicts.warningsFor(tx, here);
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', code: 'speaker_overlap', sessionId: here, otherSessionId: there, otherEditionId: otherEdition.id, speakerId: speaker.id })]);
    const report = await conflicts.forEdition(tx, edition);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'speaker_overlap', sessionId: here, otherSessionId: there })]);
  });

  it('warns of a body hosting two sub-forums at once, not of one hosting a sub-forum and another kind of session', async () => {
    const body = await new OrganizationStore(db.dataSource).save({ nameZh: '中国网络社会组织联合会', kind: 'other' }, tx);
    const first = await addSession(edition.id, { titleZh: '数据分论坛', ...at('2026-12-02T06:00:00Z', '2026-12-02T07:00:00Z') });
    const second = await addSession(otherEdition.id, { titleZh: '治理分论坛', ...at('2026-12-02T06:30:00Z', '2026-12-02T07:30:00Z') });
    const plenary = await addSession(otherEdition.id, { kind: 'main_forum', titleZh: '主论坛', ...at('2026-12-02T06:00:00Z', '2026-12-02T07:00:00Z') });
    for (const sessionId of [first, second, plenary]) {
      await tx.query('INSERT INTO session_role (session_id, organization_id, role, display_order) VALUES (?, ?, ?, 1)', [sessionId, body.id, 'host']);
    }
    expect(await conflicts.warningsFor(tx, first)).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'host_overlap', sessionId: first, otherSessionId: second, organizationId: body.id }),
    ]);
    expect(await conflicts.warningsFor(tx, plenary)).toEqual([]);
  });
});
