import type { SessionDto, SessionHostDto, SessionSpeakerDto } from '../sessions/dto/session.dto';
import { buildChangelog } from './changelog';
import type { ReleasedSession } from './entities/released-session.entity';
import { changesBetween, freezeRelease } from './release-publisher';

/** What a release compares: plain objects, as the publisher reads and freezes them. */
const speaker = (speakerId: number, name: string): SessionSpeakerDto =>
  ({ speakerId, name, nameEn: null, title: null, titleEn: null, affiliation: null, affiliationEn: null, role: 'speaker' }) as SessionSpeakerDto;
const host = (organizationId: number, name: string): SessionHostDto => ({ organizationId, name, nameEn: null, role: 'host' }) as SessionHostDto;

function session(overrides: Partial<SessionDto> = {}): SessionDto {
  return {
    id: 1,
    editionId: 1,
    kind: 'sub_forum',
    title: '平台经济诚信建设分论坛',
    titleEn: 'Platform Economy Integrity Forum',
    theme: null,
    themeEn: null,
    description: null,
    descriptionEn: null,
    startsAt: '2026-12-01T14:00:00+08:00',
    endsAt: '2026-12-01T16:00:00+08:00',
    day: '2026-12-01',
    room: { id: 10, name: '第一会议室', nameEn: 'Room 1' },
    capacity: 120,
    status: 'scheduled',
    hosts: [host(5, '中网联')],
    speakers: [speaker(7, '赵晖')],
    ...overrides,
  } as SessionDto;
}

const V1 = { id: 1, publishedAt: new Date('2026-11-01T00:00:00Z') };
const V2 = { id: 2, publishedAt: new Date('2026-11-15T00:00:00Z') };

/** Freezes `before` as version 1 and `after` as version 2; answers version 2's row of session 1. */
function republished(before: SessionDto, after: SessionDto): ReleasedSession {
  const [v1] = freezeRelease([before], [], V1);
  return freezeRelease([after], [v1], V2)[0];
}

describe('a release compared with the one before', () => {
  it('marks a session new to the program as added, at sequence 0', () => {
    const [row] = freezeRelease([session()], [], V1);
    expect(row).toMatchObject({ releaseId: 1, sessionId: 1, changes: ['added'], sequence: 0, lastChangedAt: V1.publishedAt });
  });

  it('finds no change in an unchanged session: same sequence, and it keeps the date it last changed', () => {
    const row = republished(session(), session());
    expect(row).toMatchObject({ changes: [], sequence: 0, lastChangedAt: V1.publishedAt });
  });

  it('marks a cancellation, and a restoration, each counting one more sequence', () => {
    const cancelled = republished(session(), session({ status: 'cancelled' }));
    expect(cancelled).toMatchObject({ changes: ['cancelled'], sequence: 1, lastChangedAt: V2.publishedAt });
    expect(republished(session({ status: 'cancelled' }), session()).changes).toEqual(['restored']);
  });

  it('marks a session moved in time, or to another room', () => {
    expect(republished(session(), session({ startsAt: '2026-12-01T15:00:00+08:00', endsAt: '2026-12-01T17:00:00+08:00' })).changes).toEqual(['moved']);
    expect(republished(session(), session({ room: { id: 11, name: '第一会议室', nameEn: 'Room 1' } })).changes).toEqual(['moved']);
    expect(republished(session(), session({ startsAt: null, endsAt: null, day: null })).changes).toEqual(['moved']);
  });

  it('marks a new title, in Chinese or in English', () => {
    expect(republished(session(), session({ title: '平台经济诚信分论坛' })).changes).toEqual(['retitled']);
    expect(republished(session(), session({ titleEn: 'Platform Integrity Forum' })).changes).toEqual(['retitled']);
  });

  it('marks speakers added, removed or renamed, and hosts changed', () => {
    expect(republished(session(), session({ speakers: [speaker(7, '赵晖'), speaker(8, '郭全啟')] })).changes).toEqual(['speakers_changed']);
    expect(republished(session(), session({ speakers: [] })).changes).toEqual(['speakers_changed']);
    expect(republished(session(), session({ speakers: [speaker(7, '赵辉')] })).changes).toEqual(['speakers_changed']);
    expect(republished(session(), session({ hosts: [host(6, '网信办')] })).changes).toEqual(['hosts_changed']);
  });

  it('marks other shown details (theme, capacity, a renamed room) as details changed', () => {
    expect(republished(session(), session({ theme: '新主题' })).changes).toEqual(['details_changed']);
    expect(republished(session(), session({ capacity: 100 })).changes).toEqual(['details_changed']);
    expect(republished(session(), session({ room: { id: 10, name: '多功能厅', nameEn: 'Room 1' } })).changes).toEqual(['details_changed']);
  });

  it('lists several changes of one session together', () => {
    expect(changesBetween(republished(session(), session()), republished(session(), session({ title: '新标题', status: 'cancelled' })))).toEqual(['cancelled', 'retitled']);
  });
});

describe('the changelog of a release', () => {
  const ZONE = 'Asia/Shanghai';

  function versions(before: SessionDto[], after: SessionDto[]) {
    const v1 = freezeRelease(before, [], V1);
    return { v1, v2: freezeRelease(after, v1, V2) };
  }

  it('groups the sessions by change, in session order, and leaves unchanged ones out', () => {
    const { v1, v2 } = versions(
      [session({ id: 1 }), session({ id: 2 }), session({ id: 3 })],
      [session({ id: 3, status: 'cancelled' }), session({ id: 2 }), session({ id: 1, title: '新标题' }), session({ id: 4, title: '新增论坛' })],
    );
    const changelog = buildChangelog(v2, v1, ZONE);
    expect(changelog.added.map((e) => e.sessionId)).toEqual([4]);
    expect(changelog.cancelled.map((e) => e.sessionId)).toEqual([3]);
    expect(changelog.retitled).toEqual([{ sessionId: 1, title: '新标题', changes: ['retitled'], previousTitle: '平台经济诚信建设分论坛' }]);
    expect([changelog.moved, changelog.restored, changelog.speakersChanged, changelog.hostsChanged, changelog.detailsChanged]).toEqual([[], [], [], [], []]);
  });

  it('lists every session of a first release as added', () => {
    const { v1 } = versions([session({ id: 2 }), session({ id: 1 })], []);
    expect(buildChangelog(v1, [], ZONE).added.map((e) => e.sessionId)).toEqual([1, 2]);
  });

  it('says where a moved session was and is, in the edition’s time zone', () => {
    const { v1, v2 } = versions([session()], [session({ startsAt: '2026-12-01T15:00:00+08:00', endsAt: '2026-12-01T17:00:00+08:00', room: { id: 11, name: '多功能厅', nameEn: null } })]);
    const [entry] = buildChangelog(v2, v1, ZONE).moved;
    expect(entry.from).toEqual({ startsAt: '2026-12-01T14:00:00+08:00', endsAt: '2026-12-01T16:00:00+08:00', room: '第一会议室' });
    expect(entry.to).toEqual({ startsAt: '2026-12-01T15:00:00+08:00', endsAt: '2026-12-01T17:00:00+08:00', room: '多功能厅' });
  });

  it('names the speakers added and removed', () => {
    const { v1, v2 } = versions([session({ speakers: [speaker(7, '赵晖'), speaker(8, '郭全啟')] })], [session({ speakers: [speaker(8, '郭全啟'), speaker(9, '李明')] })]);
    const [entry] = buildChangelog(v2, v1, ZONE).speakersChanged;
    expect(entry).toMatchObject({ speakersAdded: ['李明'], speakersRemoved: ['赵晖'] });
  });

  it('is empty when nothing changed', () => {
    const { v1, v2 } = versions([session()], [session()]);
    expect(Object.values(buildChangelog(v2, v1, ZONE)).flat()).toEqual([]);
  });
});
