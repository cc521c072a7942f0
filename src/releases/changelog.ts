import { toZonedIso } from '../common/zoned-dates';
import { ChangelogDto, ChangelogEntryDto, SessionPlacementDto } from './dto/release.dto';
import { ReleasedSession, SessionChange } from './entities/released-session.entity';

const GROUPS: Record<SessionChange, keyof ChangelogDto> = {
  added: 'added',
  cancelled: 'cancelled',
  restored: 'restored',
  moved: 'moved',
  retitled: 'retitled',
  speakers_changed: 'speakersChanged',
  hosts_changed: 'hostsChanged',
  details_changed: 'detailsChanged',
};

/** The changelog of a version, from its frozen sessions and those of the version before. */
export function buildChangelog(rows: ReleasedSession[], previousRows: ReleasedSession[], timeZone: string): ChangelogDto {
  const changelog: ChangelogDto = {
    added: [],
    cancelled: [],
    restored: [],
    moved: [],
    retitled: [],
    speakersChanged: [],
    hostsChanged: [],
    detailsChanged: [],
  };
  const before = new Map(previousRows.map((r) => [r.sessionId, r]));
  const placement = (r: ReleasedSession): SessionPlacementDto => ({
    startsAt: r.startsAt ? toZonedIso(r.startsAt, timeZone) : null,
    endsAt: r.endsAt ? toZonedIso(r.endsAt, timeZone) : null,
    room: r.roomNameZh,
  });
  for (const row of [...rows].sort((a, b) => a.sessionId - b.sessionId)) {
    if (row.changes.length === 0) continue;
    const prior = before.get(row.sessionId);
    const entry: ChangelogEntryDto = { sessionId: row.sessionId, title: row.titleZh, changes: row.changes };
    if (prior && row.changes.includes('retitled')) entry.previousTitle = prior.titleZh;
    if (prior && row.changes.includes('moved')) {
      entry.from = placement(prior);
      entry.to = placement(row);
    }
    if (prior && row.changes.includes('speakers_changed')) {
      const names = (r: ReleasedSession) => new Set(r.speakers.map((s) => s.name));
      const was = names(prior);
      const now = names(row);
      entry.speakersAdded = [...now].filter((n) => !was.has(n));
      entry.speakersRemoved = [...was].filter((n) => !now.has(n));
    }
    for (const change of row.changes) changelog[GROUPS[change]].push(entry);
  }
  return changelog;
}
