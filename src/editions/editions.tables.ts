import { Edition } from './entities/edition.entity';
import { EditionRole } from './entities/edition-role.entity';

/** The tables the editions module owns: only its stores read and write them. */
export const EDITIONS_TABLES = [Edition, EditionRole];
