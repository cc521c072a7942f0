import { Injectable } from '@nestjs/common';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { ConflictsService } from '../conflicts/conflicts.service';
import { EditionsService } from '../editions/editions.service';
import { RegistrationAdminService } from '../registrations/registration-admin.service';
import type { ChangelogDto } from '../releases/dto/release.dto';
import { ReleasesService } from '../releases/releases.service';
import type { SessionDto } from '../sessions/dto/session.dto';
import { SessionsService } from '../sessions/sessions.service';
import { programGrid } from './program-grid';

const CHANGE_GROUPS: (keyof ChangelogDto)[] = ['added', 'cancelled', 'restored', 'moved', 'retitled', 'speakersChanged', 'hostsChanged', 'detailsChanged'];

/** One edition as an organizer works on it: the draft schedule with its conflicts, the releases, the registrations. */
@Injectable()
export class AdminEditionView {
  constructor(
    private readonly editions: EditionsService,
    private readonly sessions: SessionsService,
    private readonly conflicts: ConflictsService,
    private readonly releases: ReleasesService,
    private readonly registrations: RegistrationAdminService,
  ) {}

  async model(editionId: number, viewer: AuthenticatedAccount) {
    const edition = await this.editions.findOne({ id: editionId }, viewer);
    const [sessions, conflicts, releases, attendance] = await Promise.all([
      this.sessions.listForEdition(editionId),
      this.conflicts.forEdition(editionId),
      this.releases.list(editionId),
      this.registrations.attendance(editionId),
    ]);
    const title = new Map(sessions.map((s) => [s.id, s.title]));
    const severity = new Map<number, 'error' | 'warning'>();
    for (const c of [...conflicts.warnings, ...conflicts.errors]) {
      for (const id of [c.sessionId, c.otherSessionId]) if (id !== undefined) severity.set(id, c.severity);
    }
    const marked = sessions.map((s) => ({ ...s, conflict: severity.get(s.id) ?? null, href: null }));
    const days = new Map<string, typeof marked>();
    for (const s of marked.filter((x) => x.startsAt)) days.set(s.day!, [...(days.get(s.day!) ?? []), s]);
    return {
      edition,
      days: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, sessions: list, grid: programGrid(list) })),
      unscheduled: marked.filter((s: SessionDto) => !s.startsAt),
      conflicts: [...conflicts.errors, ...conflicts.warnings].map((c) => ({ ...c, title: title.get(c.sessionId) ?? `#${c.sessionId}` })),
      releases: releases.map((r) => ({
        ...r,
        changes: CHANGE_GROUPS.filter((g) => r.changelog[g].length > 0).map((g) => ({ key: `change.${g}`, entries: r.changelog[g] })),
      })),
      attendance,
    };
  }
}
