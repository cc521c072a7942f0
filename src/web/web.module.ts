import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { ConflictsModule } from '../conflicts/conflicts.module';
import { EditionsModule } from '../editions/editions.module';
import { PartnersModule } from '../partners/partners.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { ReleasesModule } from '../releases/releases.module';
import { SeatsModule } from '../seats/seats.module';
import { SessionEditingModule } from '../sessions/session-editing.module';
import { SessionsModule } from '../sessions/sessions.module';
import { DelegationModule } from '../delegation/delegation.module';
import { OrganizationDirectoryModule } from '../organizations/organization-directory.module';
import { PartnerTeamModule } from '../partner-team/partner-team.module';
import { AdminEditionView } from './admin-edition';
import { AuditPagesController } from './console/audit-pages.controller';
import { ConsoleEditions } from './console/console-editions';
import { ConsoleEditionsController } from './console/console-editions.controller';
import { TeamPagesController } from './console/team-pages.controller';
import { TeamEditingModule } from '../teams/team-editing.module';
import { AdminPartnerPagesController } from './admin-partner-pages.controller';
import { AdminProposalPagesController } from './admin-proposal-pages.controller';
import { PartnerForumPagesController } from './partner-forum-pages.controller';
import { PartnerPortalView } from './partner-portal-view';
import { PartnerProfilePagesController } from './partner-profile-pages.controller';
import { PartnerTeamPagesController } from './partner-team-pages.controller';
import { AdminPagesController } from './admin-pages.controller';
import { BoardMovesController } from './schedule-board/board-moves.controller';
import { BoardPagesController } from './schedule-board/board-pages.controller';
import { BoardJsonFilter } from './schedule-board/board-json.filter';
import { ScheduleBoardView } from './schedule-board/board-view';
import { SessionPagesController } from './program-forms/session-pages.controller';
import { RoomPagesController } from './program-forms/room-pages.controller';
import { SpeakerPagesController } from './program-forms/speaker-pages.controller';
import { EditionNewPagesController } from './program-forms/edition-new-pages.controller';
import { ReleasePagesController } from './release-pages/release-pages.controller';
import { EditionEditingModule } from '../editions/edition-editing.module';
import { RoomEditingModule } from '../rooms/room-editing.module';
import { SpeakerDirectoryModule } from '../speakers/speaker-directory.module';
import { FormCsrfGuard } from './form-csrf.guard';
import { PageExceptionFilter } from './page-exception.filter';
import { PageRenderer } from './page-renderer';
import { PartnerPagesController } from './partner-pages.controller';
import { PrivacyAndLinkPagesController } from './privacy-and-link-pages.controller';
import { PublicPagesController } from './public-pages.controller';
import { RegistrationOffers } from './registration-form';
import { RegistrationPagesController } from './registration-pages.controller';
import { SignInCookie } from './sign-in-cookie';
import { SiteFilesController } from './site-files.controller';
import { TicketPagesController } from './ticket-pages.controller';
import { CheckInPagesController } from './check-in-pages.controller';
import { CheckInModule } from '../check-in/check-in.module';
import { OrganizationMergePagesController } from './organization-roles/organization-merge-pages.controller';
import { OrganizationRolesPagesController } from './organization-roles/organization-roles-pages.controller';
import { RoleHolderTargets } from './organization-roles/role-holders';
import { SeatingModule } from '../seating/seating.module';
import { RegistrationDeskPagesController } from './registration-desk/registration-desk-pages.controller';
import { SeatingPagesController } from './seating/seating-pages.controller';
import { GuestTravelPagesController } from './reception/guest-travel-pages.controller';
import { TravelPagesController } from './reception/travel-pages.controller';
import { GuestsModule } from '../guests/guests.module';
import { GuestTravelModule } from '../guest-travel/guest-travel.module';
import { PickupsModule } from '../pickups/pickups.module';
import { HotelRoomsModule } from '../hotel-rooms/hotel-rooms.module';
import { HotelRoomsPagesController } from './hotel-rooms/hotel-rooms-pages.controller';
import { GuestDirectoryModule } from '../guests/guest-directory.module';
import { GuestPagesController } from './guests/guest-pages.controller';
import { GuestReplyPagesController } from './guests/guest-reply-pages.controller';
import { GuestWorkPagesController } from './guests/guest-work-pages.controller';

/** The console's schedule board, its session, room and speaker forms and its release pages. */
const CONSOLE_BOARD_CONTROLLERS = [BoardPagesController, BoardMovesController, SessionPagesController, RoomPagesController, SpeakerPagesController, ReleasePagesController, EditionNewPagesController];
/** The console's organizations in roles (with the merge of duplicates) and its registrations desk. */
const CONSOLE_DESK_CONTROLLERS = [OrganizationRolesPagesController, OrganizationMergePagesController, RegistrationDeskPagesController];
/** Partners' pages and the organizers' partner console (issue 17, issue 16's Partners part). */
const PARTNER_PAGE_CONTROLLERS = [PartnerProfilePagesController, PartnerForumPagesController, PartnerTeamPagesController, AdminPartnerPagesController, AdminProposalPagesController];

/** The console's shell, editions, team and audit pages. */
const CONSOLE_CONTROLLERS = [ConsoleEditionsController, TeamPagesController, AuditPagesController];
/** Door check-in: gates, the scanner, the supervisor and the big screen. */
const CHECK_IN_CONTROLLERS = [CheckInPagesController];
/** The console's protocol seating, hotel rooms, guest travel and pickups; the guest's own travel page. */
const CONSOLE_RECEPTION_CONTROLLERS = [SeatingPagesController, HotelRoomsPagesController, TravelPagesController, GuestTravelPagesController];
/** Guests (issue 19): the console's guest list, import, deputies and replies, and the guest's own page (/g/{code}). */
const GUEST_PAGE_CONTROLLERS = [GuestPagesController, GuestWorkPagesController, GuestReplyPagesController];

export const PAGE_CONTROLLERS = [PublicPagesController, RegistrationPagesController, PrivacyAndLinkPagesController, TicketPagesController, PartnerPagesController, AdminPagesController, SiteFilesController, ...CONSOLE_BOARD_CONTROLLERS, ...CONSOLE_DESK_CONTROLLERS, ...CHECK_IN_CONTROLLERS, ...PARTNER_PAGE_CONTROLLERS, ...CONSOLE_RECEPTION_CONTROLLERS, ...GUEST_PAGE_CONTROLLERS, ...CONSOLE_CONTROLLERS];

/** The server-rendered site: public pages, registration, partner and organizer pages. Fastify setup is in web-setup.ts. */
@Module({
  imports: [BrandsModule, EditionsModule, ReleasesModule, SessionsModule, SessionEditingModule, ConflictsModule, RegistrationsModule, PartnersModule, SeatsModule, RoomEditingModule, SpeakerDirectoryModule, EditionEditingModule, OrganizationDirectoryModule, CheckInModule, DelegationModule, PartnerTeamModule, SeatingModule, HotelRoomsModule, TeamEditingModule, GuestDirectoryModule, GuestsModule, GuestTravelModule, PickupsModule],
  controllers: PAGE_CONTROLLERS,
  providers: [PageRenderer, SignInCookie, AdminEditionView, RegistrationOffers, PageExceptionFilter, FormCsrfGuard, ScheduleBoardView, BoardJsonFilter, RoleHolderTargets, PartnerPortalView, ConsoleEditions],
})
export class WebModule {}
