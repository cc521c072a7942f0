import { Account } from '../accounts/entities/account.entity';
import { PasswordReset } from '../accounts/entities/password-reset.entity';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { SessionDelegation } from '../delegation/entities/session-delegation.entity';
import { SessionProposal } from '../delegation/entities/session-proposal.entity';
import { SignInThrottle } from '../auth/entities/sign-in-throttle.entity';
import { CheckIn } from '../check-in/entities/check-in.entity';
import { CheckInGate } from '../check-in/entities/check-in-gate.entity';
import { Credential } from '../credentials/entities/credential.entity';
import { CredentialTier } from '../credentials/entities/credential-tier.entity';
import { GuestCredential } from '../credentials/entities/guest-credential.entity';
import { Brand } from '../brands/entities/brand.entity';
import { EditionRole } from '../editions/entities/edition-role.entity';
import { Edition } from '../editions/entities/edition.entity';
import { GuestImportRow } from '../guests/entities/guest-import-row.entity';
import { GuestImport } from '../guests/entities/guest-import.entity';
import { GuestInvitation } from '../guests/entities/guest-invitation.entity';
import { GuestRank } from '../guests/entities/guest-rank.entity';
import { Guest } from '../guests/entities/guest.entity';
import { InviteOnlySession } from '../guests/entities/invite-only-session.entity';
import { GuestTrip } from '../guest-travel/entities/guest-trip.entity';
import { Hotel } from '../hotel-rooms/entities/hotel.entity';
import { RoomAssignment } from '../hotel-rooms/entities/room-assignment.entity';
import { RoomBlock } from '../hotel-rooms/entities/room-block.entity';
import { JobLease } from '../jobs/entities/job-lease.entity';
import { PickupAssignment } from '../pickups/entities/pickup-assignment.entity';
import { PickupVehicle } from '../pickups/entities/pickup-vehicle.entity';
import { OutboxMessage } from '../notifications/entities/outbox-message.entity';
import { SmsDelivery } from '../notifications/entities/sms-delivery.entity';
import { SmsNumberWindow } from '../notifications/entities/sms-number-window.entity';
import { OrganizationAlias } from '../organizations/entities/organization-alias.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { OrganizationRelation } from '../organizations/entities/organization-relation.entity';
import { AttendeeListGrant } from '../partners/entities/attendee-list-grant.entity';
import { PartnerAdmin } from '../partner-team/entities/partner-admin.entity';
import { PartnerInvitation } from '../partner-team/entities/partner-invitation.entity';
import { ProgramRelease } from '../releases/entities/program-release.entity';
import { ReleasedSession } from '../releases/entities/released-session.entity';
import { RegistrationThrottle } from '../registrations/entities/registration-throttle.entity';
import { Registration } from '../registrations/entities/registration.entity';
import { Room } from '../rooms/entities/room.entity';
import { SeatingPlan } from '../seating/entities/seating-plan.entity';
import { SeatPool } from '../seats/entities/seat-pool.entity';
import { SessionSeat } from '../seats/entities/session-seat.entity';
import { SessionRole } from '../sessions/entities/session-role.entity';
import { Session } from '../sessions/entities/session.entity';
import { SessionSpeaker } from '../speakers/entities/session-speaker.entity';
import { AppSetting } from '../settings/entities/app-setting.entity';
import { Speaker } from '../speakers/entities/speaker.entity';
import { TeamGrant } from '../teams/entities/team-grant.entity';

/**
 * Every table Huiwu has. Listed here rather than found by a glob so the app, the migration
 * CLI, the seed and the tests build the very same metadata.
 */
export const ENTITIES = [
  Account,
  AppSetting,
  AttendeeListGrant,
  AuditEntry,
  CheckIn,
  CheckInGate,
  Credential,
  CredentialTier,
  Brand,
  Edition,
  EditionRole,
  Guest,
  GuestCredential,
  GuestImport,
  GuestImportRow,
  GuestInvitation,
  GuestRank,
  GuestTrip,
  Hotel,
  InviteOnlySession,
  JobLease,
  Organization,
  OrganizationAlias,
  OrganizationRelation,
  OutboxMessage,
  PartnerAdmin,
  PartnerInvitation,
  PasswordReset,
  PickupAssignment,
  PickupVehicle,
  ProgramRelease,
  Registration,
  RegistrationThrottle,
  ReleasedSession,
  Room,
  RoomAssignment,
  RoomBlock,
  SeatPool,
  SeatingPlan,
  Session,
  SessionDelegation,
  SessionProposal,
  SessionRole,
  SessionSeat,
  Speaker,
  SessionSpeaker,
  SignInThrottle,
  SmsDelivery,
  SmsNumberWindow,
  TeamGrant,
];
