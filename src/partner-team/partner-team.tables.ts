import { PartnerAdmin } from './entities/partner-admin.entity';
import { PartnerInvitation } from './entities/partner-invitation.entity';

/** The tables the partner-team module owns: only its stores read and write them. */
export const PARTNER_TEAM_TABLES = [PartnerAdmin, PartnerInvitation];
