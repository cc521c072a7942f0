import { SessionSpeaker } from './entities/session-speaker.entity';
import { Speaker } from './entities/speaker.entity';

/** The tables the speakers module owns: only its stores read and write them. */
export const SPEAKERS_TABLES = [SessionSpeaker, Speaker];
