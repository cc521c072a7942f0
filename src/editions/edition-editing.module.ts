import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReleasesModule } from '../releases/releases.module';
import { RoomsModule } from '../rooms/rooms.module';
import { SessionsModule } from '../sessions/sessions.module';
import { EditionCloningService } from './edition-cloning.service';
import { EditionEditingController } from './edition-editing.controller';
import { EditionEditingService } from './edition-editing.service';
import { EditionRoleListController } from './edition-role-list.controller';
import { EditionRolesService } from './edition-roles.service';
import { EditionsModule } from './editions.module';

/** Organizers' edits of editions and their roles, and cloning: above rooms, sessions and releases, which an edit checks or copies. */
@Module({
  imports: [EditionsModule, BrandsModule, OrganizationsModule, RoomsModule, SessionsModule, ReleasesModule],
  controllers: [EditionEditingController, EditionRoleListController],
  providers: [EditionEditingService, EditionRolesService, EditionCloningService],
  exports: [EditionEditingService, EditionRolesService],
})
export class EditionEditingModule {}
