import type { CalendarEvent } from '@huiwu/calendar';
import type { Language } from '../../../common/dto/lang-query.dto';
import type { Edition } from '../../../editions/edition.store';
import type { ReleasedSession } from '../../entities/released-session.entity';
import { SESSION_KIND_LABELS } from '../../../sessions/session-kind';
import { sessionPageUrl } from '../../../common/public-links';

const WORDS = {
  zh: { theme: '主题', hosts: '主办', speakers: '嘉宾', separator: '、', colon: '：' },
  en: { theme: 'Theme', hosts: 'Hosted by', speakers: 'Speakers', separator: ', ', colon: ': ' },
};

/** A released, scheduled session as a calendar event. Unscheduled sessions have no event. */
export function sessionEvent(session: ReleasedSession, edition: Edition, lang: Language, base: URL, status?: CalendarEvent['status']): CalendarEvent | null {
  if (!session.startsAt || !session.endsAt) return null;
  const en = lang === 'en';
  const words = WORDS[lang];
  const pick = (zh: string | null, english: string | null) => (en ? (english ?? zh) : zh);
  const theme = pick(session.themeZh, session.themeEn);
  const hosts = session.hosts.map((h) => (en ? (h.nameEn ?? h.name) : h.name));
  const speakers = session.speakers.map((s) => {
    const name = en ? (s.nameEn ?? s.name) : s.name;
    const title = en ? (s.titleEn ?? s.title) : s.title;
    return title ? `${name} (${title})` : name;
  });
  const description = [
    theme ? `${words.theme}${words.colon}${theme}` : null,
    hosts.length ? `${words.hosts}${words.colon}${hosts.join(words.separator)}` : null,
    speakers.length ? `${words.speakers}${words.colon}${speakers.join(words.separator)}` : null,
    pick(session.descriptionZh, session.descriptionEn),
  ].filter((line): line is string => !!line);
  const place = pick(edition.venueZh, edition.venueEn) ?? pick(edition.cityZh, edition.cityEn);
  const room = pick(session.roomNameZh, session.roomNameEn);
  return {
    uid: `session-${session.sessionId}@${base.hostname}`,
    start: session.startsAt,
    end: session.endsAt,
    timeZone: edition.timeZone,
    summary: pick(session.titleZh, session.titleEn)!,
    description: description.join('\n'),
    location: [place, room].filter(Boolean).join(' '),
    url: sessionPageUrl(base, edition.slug, session.sessionId),
    categories: [SESSION_KIND_LABELS[session.kind][lang]],
    sequence: session.sequence,
    status: session.status === 'cancelled' ? 'cancelled' : (status ?? 'confirmed'),
    lastModified: session.lastChangedAt,
  };
}
