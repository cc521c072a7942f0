import type { EntityManager } from 'typeorm';
import { ProgramRelease } from './entities/program-release.entity';

/** The edition's newest release, or null before the first: what the public and attendees see. */
export function latestRelease(manager: EntityManager, editionId: number): Promise<ProgramRelease | null> {
  return manager.findOne(ProgramRelease, { where: { editionId }, order: { version: 'DESC' } });
}
