import type { EditionWithBrand } from '../../editions/edition.store';
import type { EditionRoleWithOrganization } from '../../editions/edition.store';
import type { Room } from '../../rooms/room.store';
import type { ProgramRelease } from '../entities/program-release.entity';
import type { ReleasedSession } from '../entities/released-session.entity';

export interface ReleaseContentSources {
  sessionsOf(releaseId: number): Promise<ReleasedSession[]>;
  rolesOf(editionId: number): Promise<EditionRoleWithOrganization[]>;
  roomsOf(editionId: number): Promise<Room[]>;
}

/**
 * What a published document of a release may be made from. The parts are read only when an
 * exporter asks for them (the calendar needs no rooms, the schedule no roles), once each.
 */
export class ReleaseContent {
  private sessionRows?: Promise<ReleasedSession[]>;
  private roleRows?: Promise<EditionRoleWithOrganization[]>;
  private roomRows?: Promise<Room[]>;

  constructor(
    readonly edition: EditionWithBrand,
    readonly release: ProgramRelease,
    private readonly sources: ReleaseContentSources,
  ) {}

  /** The sessions as the release froze them, by session id. */
  sessions(): Promise<ReleasedSession[]> {
    return (this.sessionRows ??= this.sources.sessionsOf(this.release.id));
  }

  /** The edition's organizations by role, as they are now (with their organization). */
  roles(): Promise<EditionRoleWithOrganization[]> {
    return (this.roleRows ??= this.sources.rolesOf(this.edition.id));
  }

  /** The edition's rooms in display order, as they are now. */
  rooms(): Promise<Room[]> {
    return (this.roomRows ??= this.sources.roomsOf(this.edition.id));
  }
}
