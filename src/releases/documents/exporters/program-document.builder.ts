import { PROGRAM_LABELS, type ProgramDay, type ProgramDocument, type ProgramPageSize, type ProgramSession } from '@huiwu/program-pdf';
import type { Language } from '../../../common/dto/lang-query.dto';
import type { EditionRoleWithOrganization } from '../../../editions/edition.store';
import type { EditionWithBrand } from '../../../editions/edition.store';
import { ORGANIZATION_ROLE_LABELS, ORGANIZATION_ROLES } from '../../../organizations/organization-role';
import type { ProgramRelease } from '../../entities/program-release.entity';
import type { ReleasedSession } from '../../entities/released-session.entity';
import { SESSION_KIND_LABELS } from '../../../sessions/session-kind';
import { formatDateRange, formatDayLabel, formatPublishedAt, formatTimeRange, SPEAKER_ROLE_LABELS, TIME_TO_BE_ANNOUNCED } from '../program-wording';

/** The day key of sessions without a day; sorted after every YYYY-MM-DD. */
const UNDATED = 'undated';

/** A release of an edition as the plain document the PDF library lays out. */
export function buildProgramDocument(
  edition: EditionWithBrand,
  roles: EditionRoleWithOrganization[],
  release: ProgramRelease,
  sessions: ReleasedSession[],
  lang: Language,
  size: ProgramPageSize,
): ProgramDocument {
  const en = lang === 'en';
  const pick = (zh: string | null, english: string | null) => (en ? (english ?? zh) : zh);

  const organizationsByRole = ORGANIZATION_ROLES.map((role) => ({
    label: ORGANIZATION_ROLE_LABELS[role][lang],
    organizations: roles
      .filter((r) => r.role === role)
      .sort((a, b) => a.displayOrder - b.displayOrder || a.id - b.id)
      .map((r) => ({ name: en ? (r.organization.nameEn ?? r.printedName ?? r.organization.nameZh) : (r.printedName ?? r.organization.nameZh), tier: r.sponsorTier })),
  })).filter((group) => group.organizations.length > 0);

  const toSession = (s: ReleasedSession): ProgramSession => ({
    time: formatTimeRange(s.startsAt, s.endsAt, edition.timeZone, lang),
    kindLabel: SESSION_KIND_LABELS[s.kind][lang],
    title: pick(s.titleZh, s.titleEn)!,
    theme: pick(s.themeZh, s.themeEn),
    room: pick(s.roomNameZh, s.roomNameEn),
    hosts: s.hosts.map((h) => (en ? (h.nameEn ?? h.name) : h.name)),
    speakers: s.speakers.map((p) => ({
      name: en ? (p.nameEn ?? p.name) : p.name,
      title: [pick(p.affiliation, p.affiliationEn), pick(p.title, p.titleEn)].filter(Boolean).join(en ? ', ' : '') || null,
      role: SPEAKER_ROLE_LABELS[p.role][lang],
    })),
    cancelled: s.status === 'cancelled',
    description: pick(s.descriptionZh, s.descriptionEn),
  });

  // By local day; within a day timed sessions by start, then those without a time yet. Sessions
  // with no day at all (the edition's dates still to be announced) come last, under 时间待定.
  const byDay = new Map<string, ReleasedSession[]>();
  for (const s of sessions) {
    const day = s.day ?? edition.startDate ?? UNDATED;
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const days: ProgramDay[] = [...byDay.entries()]
    .sort(([a], [b]) => (a === UNDATED ? 1 : b === UNDATED ? -1 : a.localeCompare(b)))
    .map(([day, list]) => ({
      label: day === UNDATED ? TIME_TO_BE_ANNOUNCED[lang] : formatDayLabel(day, lang),
      sessions: list
        .sort((a, b) => (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity) || (a.roomId ?? 0) - (b.roomId ?? 0) || a.sessionId - b.sessionId)
        .map(toSession),
    }));

  return {
    lang,
    size,
    brandName: pick(edition.brand.nameZh, edition.brand.nameEn)!,
    title: pick(edition.titleZh, edition.titleEn)!,
    theme: pick(edition.themeZh, edition.themeEn),
    dates: formatDateRange(edition.startDate, edition.endDate, lang),
    city: pick(edition.cityZh, edition.cityEn),
    venue: pick(edition.venueZh, edition.venueEn),
    organizationsByRole,
    days,
    release: { version: release.version, publishedAt: formatPublishedAt(release.publishedAt, edition.timeZone, lang) },
    labels: PROGRAM_LABELS[lang],
    issuedAt: release.publishedAt,
  };
}
