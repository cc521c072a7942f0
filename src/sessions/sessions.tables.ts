import { Session } from './entities/session.entity';
import { SessionRole } from './entities/session-role.entity';

/** The tables the sessions module owns: only its stores read and write them. */
export const SESSIONS_TABLES = [Session, SessionRole];
