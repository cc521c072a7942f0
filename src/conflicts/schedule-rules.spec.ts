import { editionErrors, overlapWarnings, type ScheduledSession } from './schedule-rules';

/** The edition of these tests: two days in Beijing time (UTC+8). */
const edition = { startDate: '2026-12-01', endDate: '2026-12-02', timeZone: 'Asia/Shanghai' };
const hall = { id: 7, nameZh: '主会场', capacity: 100 };

let nextId = 1;
/** A scheduled session; times are written in UTC. */
function session(overrides: Partial<ScheduledSession> & { at?: [string, string] } = {}): ScheduledSession {
  const { at = ['2026-12-01T01:00:00Z', '2026-12-01T02:00:00Z'], ...rest } = overrides;
  return {
    id: nextId++,
    editionId: 1,
    titleZh: '分论坛',
    kind: 'sub_forum',
    startsAt: new Date(at[0]),
    endsAt: new Date(at[1]),
    roomId: null,
    room: null,
    capacity: null,
    status: 'scheduled',
    ...rest,
  };
}

describe('schedule rules: errors', () => {
  it('two sessions overlapping in one room are an error; back to back they are not', () => {
    const a = session({ roomId: hall.id, room: hall, at: ['2026-12-01T01:00:00Z', '2026-12-01T02:00:00Z'] });
    const b = session({ roomId: hall.id, room: hall, at: ['2026-12-01T01:30:00Z', '2026-12-01T03:00:00Z'] });
    const c = session({ roomId: hall.id, room: hall, at: ['2026-12-01T03:00:00Z', '2026-12-01T04:00:00Z'] });
    const errors = editionErrors([a, b, c], edition);
    expect(errors).toEqual([expect.objectContaining({ severity: 'error', code: 'room_overlap', sessionId: a.id, otherSessionId: b.id, roomId: hall.id })]);
  });

  it('overlapping sessions in different rooms or without a room are no error', () => {
    const a = session({ roomId: 7, room: hall });
    const b = session({ roomId: 8, room: { id: 8, nameZh: '分会场', capacity: null } });
    const c = session();
    const d = session();
    expect(editionErrors([a, b, c, d], edition)).toEqual([]);
  });

  it('a session outside the edition’s days in its own zone is an error, even when its UTC date is inside', () => {
    // 2026-12-02 16:30 UTC is 2026-12-03 00:30 in Beijing: the day after the edition.
    const late = session({ at: ['2026-12-02T16:30:00Z', '2026-12-02T17:00:00Z'] });
    // 2026-11-30 17:00 UTC is 2026-12-01 01:00 in Beijing: the first day, although UTC says November.
    const early = session({ at: ['2026-11-30T17:00:00Z', '2026-11-30T18:00:00Z'] });
    // Ending at local midnight ends on the last day.
    const untilMidnight = session({ at: ['2026-12-02T14:00:00Z', '2026-12-02T16:00:00Z'] });
    const errors = editionErrors([late, early, untilMidnight], edition);
    expect(errors).toEqual([expect.objectContaining({ code: 'outside_edition_dates', sessionId: late.id })]);
    expect(String(errors[0].message)).toContain('2026-12-03');
  });

  it('a session ending before (or when) it starts is an error', () => {
    const backwards = session({ at: ['2026-12-01T03:00:00Z', '2026-12-01T02:00:00Z'] });
    const empty = session({ at: ['2026-12-01T03:00:00Z', '2026-12-01T03:00:00Z'] });
    expect(editionErrors([backwards, empty], edition).map((e) => [e.code, e.sessionId])).toEqual([
      ['ends_before_start', backwards.id],
      ['ends_before_start', empty.id],
    ]);
  });

  it('more seats than the room has is an error; as many, or unknown on either side, is not', () => {
    const over = session({ roomId: hall.id, room: hall, capacity: 101, at: ['2026-12-01T01:00:00Z', '2026-12-01T02:00:00Z'] });
    const full = session({ roomId: hall.id, room: hall, capacity: 100, at: ['2026-12-01T03:00:00Z', '2026-12-01T04:00:00Z'] });
    const unknownRoom = session({ roomId: 9, room: { id: 9, nameZh: '多功能厅', capacity: null }, capacity: 500 });
    const errors = editionErrors([over, full, unknownRoom], edition);
    expect(errors).toEqual([expect.objectContaining({ code: 'capacity_above_room', sessionId: over.id, roomId: hall.id })]);
  });

  it('cancelled and unscheduled sessions take part in no time rule', () => {
    const a = session({ roomId: hall.id, room: hall });
    const cancelled = session({ roomId: hall.id, room: hall, status: 'cancelled' });
    const untimed = session({ roomId: hall.id, room: hall, startsAt: null, endsAt: null });
    const cancelledOutside = session({ status: 'cancelled', at: ['2027-01-01T01:00:00Z', '2027-01-01T02:00:00Z'] });
    expect(editionErrors([a, cancelled, untimed, cancelledOutside], edition)).toEqual([]);
  });
});

describe('schedule rules: warnings', () => {
  const timed = (s: ScheduledSession) => s as ScheduledSession & { startsAt: Date; endsAt: Date };

  it('a speaker in two sessions at once is a warning, also when the other session is in another edition', () => {
    const mine = timed(session({ editionId: 1 }));
    const elsewhere = timed(session({ editionId: 2, at: ['2026-12-01T01:30:00Z', '2026-12-01T02:30:00Z'] }));
    const later = timed(session({ editionId: 1, at: ['2026-12-01T02:00:00Z', '2026-12-01T03:00:00Z'] }));
    const warnings = overlapWarnings(new Set([mine.id, later.id]), [
      { speakerId: 5, speaker: { nameZh: '赵晖' }, session: mine },
      { speakerId: 5, speaker: { nameZh: '赵晖' }, session: elsewhere },
      { speakerId: 5, speaker: { nameZh: '赵晖' }, session: later },
    ], []);
    // Only this edition's sessions are reported on; `later` starts as `mine` ends but overlaps `elsewhere`.
    expect(warnings.map((w) => [w.code, w.severity, w.sessionId, w.otherSessionId, w.otherEditionId, w.speakerId])).toEqual([
      ['speaker_overlap', 'warning', mine.id, elsewhere.id, 2, 5],
      ['speaker_overlap', 'warning', later.id, elsewhere.id, 2, 5],
    ]);
  });

  it('two speakers in sessions at once, or one speaker one after the other, is no warning', () => {
    const a = timed(session());
    const b = timed(session());
    const after = timed(session({ at: ['2026-12-01T02:00:00Z', '2026-12-01T03:00:00Z'] }));
    expect(overlapWarnings(new Set([a.id, b.id, after.id]), [
      { speakerId: 5, speaker: { nameZh: '赵晖' }, session: a },
      { speakerId: 6, speaker: { nameZh: '赵晖' }, session: b },
      { speakerId: 5, speaker: { nameZh: '赵晖' }, session: after },
    ], [])).toEqual([]);
  });

  it('a body hosting two sub-forums at once is a warning for each', () => {
    const a = timed(session());
    const b = timed(session({ at: ['2026-12-01T01:45:00Z', '2026-12-01T02:15:00Z'] }));
    const warnings = overlapWarnings(new Set([a.id, b.id]), [], [
      { organizationId: 3, organization: { nameZh: '中网联' }, session: a },
      { organizationId: 3, organization: { nameZh: '中网联' }, session: b },
    ]);
    expect(warnings.map((w) => [w.code, w.severity, w.sessionId, w.otherSessionId, w.organizationId])).toEqual([
      ['host_overlap', 'warning', a.id, b.id, 3],
      ['host_overlap', 'warning', b.id, a.id, 3],
    ]);
  });
});
