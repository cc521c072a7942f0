import { ProgramRelease } from './entities/program-release.entity';
import { ReleasedSession } from './entities/released-session.entity';

/** The tables the releases module owns: only its stores read and write them. */
export const RELEASES_TABLES = [ProgramRelease, ReleasedSession];
