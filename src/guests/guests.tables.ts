import { Guest } from './entities/guest.entity';
import { GuestImport } from './entities/guest-import.entity';
import { GuestImportRow } from './entities/guest-import-row.entity';
import { GuestInvitation } from './entities/guest-invitation.entity';
import { GuestRank } from './entities/guest-rank.entity';
import { InviteOnlySession } from './entities/invite-only-session.entity';

/** The tables the guests module owns: only its stores read and write them. */
export const GUESTS_TABLES = [Guest, GuestImport, GuestImportRow, GuestInvitation, GuestRank, InviteOnlySession];
