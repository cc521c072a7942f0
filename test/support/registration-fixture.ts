import { DEFAULT_PRIVACY_NOTICE_VERSION } from '../../src/editions/privacy-notice';
import { ScheduleBuilder } from './schedule-builder';

export interface RegistrationFixture {
  edition: { id: number; slug: string };
  forum: number;
  other: number;
  unpublished: number;
  cancelled: number;
}

/** A published edition with a 50-seat sub-forum, a second session, an unpublished and a cancelled one. */
export async function publishedEditionWithForum(api: ScheduleBuilder, brand = 'integrity', year = 2036, extra: object = {}): Promise<RegistrationFixture> {
  const edition = await api.edition(brand, year, `${year}-12-01`, `${year}-12-02`, { title: `${year}年测试大会`, ...extra });
  const salon = await api.room(edition.id, '第一会议室', 200);
  const forum = (await api.session(edition.id, { title: '平台经济诚信建设分论坛', startsAt: `${year}-12-01T14:00`, endsAt: `${year}-12-01T17:00`, roomId: salon.id, capacity: 50 })).session.id;
  const other = (await api.session(edition.id, { title: '青少年网络保护分论坛', startsAt: `${year}-12-02T09:00`, endsAt: `${year}-12-02T11:00`, roomId: salon.id, capacity: 100 })).session.id;
  const cancelled = (await api.session(edition.id, { title: '取消的边会', kind: 'side_event', startsAt: `${year}-12-02T14:00`, endsAt: `${year}-12-02T15:00` })).session.id;
  await api.patch(`/api/sessions/${cancelled}`, { status: 'cancelled' });
  await api.patch(`/api/editions/${edition.id}`, { status: 'published' });
  await api.post(`/api/editions/${edition.id}/releases`, { note: 'v1' });
  const unpublished = (await api.session(edition.id, { title: '尚未发布的研讨会', kind: 'seminar', startsAt: `${year}-12-02T16:00`, endsAt: `${year}-12-02T17:00` })).session.id;
  return { edition, forum, other, unpublished, cancelled };
}

/** What a registration sends besides the person: consent to the notice every edition shows until its organizer sets one. */
export const CONSENT = { privacyNoticeVersion: DEFAULT_PRIVACY_NOTICE_VERSION } as const;

/** A person registering, with consent to the default privacy notice. */
export function attendee(i: number, extra: object = {}) {
  return { name: `参会者${i}`, email: `attendee${i}@example.com`, organization: '某单位', ...CONSENT, ...extra };
}
