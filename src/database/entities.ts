import { ACCOUNTS_TABLES } from '../accounts/accounts.tables';
import { AUDIT_TABLES } from '../audit/audit.tables';
import { AUTH_TABLES } from '../auth/auth.tables';
import { BRANDS_TABLES } from '../brands/brands.tables';
import { CHECK_IN_TABLES } from '../check-in/check-in.tables';
import { CREDENTIALS_TABLES } from '../credentials/credentials.tables';
import { DELEGATION_TABLES } from '../delegation/delegation.tables';
import { EDITIONS_TABLES } from '../editions/editions.tables';
import { GUEST_TRAVEL_TABLES } from '../guest-travel/guest-travel.tables';
import { GUESTS_TABLES } from '../guests/guests.tables';
import { HOTEL_ROOMS_TABLES } from '../hotel-rooms/hotel-rooms.tables';
import { JOBS_TABLES } from '../jobs/jobs.tables';
import { NOTIFICATIONS_TABLES } from '../notifications/notifications.tables';
import { ORGANIZATIONS_TABLES } from '../organizations/organizations.tables';
import { PARTNER_TEAM_TABLES } from '../partner-team/partner-team.tables';
import { PARTNERS_TABLES } from '../partners/partners.tables';
import { PICKUPS_TABLES } from '../pickups/pickups.tables';
import { REGISTRATIONS_TABLES } from '../registrations/registrations.tables';
import { RELEASES_TABLES } from '../releases/releases.tables';
import { ROOMS_TABLES } from '../rooms/rooms.tables';
import { SEATING_TABLES } from '../seating/seating.tables';
import { SEATS_TABLES } from '../seats/seats.tables';
import { SESSIONS_TABLES } from '../sessions/sessions.tables';
import { SETTINGS_TABLES } from '../settings/settings.tables';
import { SPEAKERS_TABLES } from '../speakers/speakers.tables';
import { TEAMS_TABLES } from '../teams/teams.tables';

/**
 * Every table Huiwu has: each module's own list, composed. Listed rather than found by a glob so
 * the app, the migration CLI, the seed and the tests build the very same metadata; each module
 * says which tables it owns (its `<module>.tables.ts`), and nothing outside it names their classes.
 */
export const ENTITIES = [
  ...ACCOUNTS_TABLES,
  ...AUDIT_TABLES,
  ...AUTH_TABLES,
  ...BRANDS_TABLES,
  ...CHECK_IN_TABLES,
  ...CREDENTIALS_TABLES,
  ...DELEGATION_TABLES,
  ...EDITIONS_TABLES,
  ...GUEST_TRAVEL_TABLES,
  ...GUESTS_TABLES,
  ...HOTEL_ROOMS_TABLES,
  ...JOBS_TABLES,
  ...NOTIFICATIONS_TABLES,
  ...ORGANIZATIONS_TABLES,
  ...PARTNER_TEAM_TABLES,
  ...PARTNERS_TABLES,
  ...PICKUPS_TABLES,
  ...REGISTRATIONS_TABLES,
  ...RELEASES_TABLES,
  ...ROOMS_TABLES,
  ...SEATING_TABLES,
  ...SEATS_TABLES,
  ...SESSIONS_TABLES,
  ...SETTINGS_TABLES,
  ...SPEAKERS_TABLES,
  ...TEAMS_TABLES,
];
