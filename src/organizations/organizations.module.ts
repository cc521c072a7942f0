import { Module } from '@nestjs/common';
import { OrganizationStore } from './organization.store';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EditionRole } from '../editions/entities/edition-role.entity';
import { SessionRole } from '../sessions/entities/session-role.entity';
import { OrganizationAlias } from './entities/organization-alias.entity';
import { Organization } from './entities/organization.entity';
import { OrganizationEditingController } from './organization-editing.controller';
import { OrganizationEditingService } from './organization-editing.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, OrganizationAlias, EditionRole, SessionRole])],
  controllers: [OrganizationsController, OrganizationEditingController],
  providers: [OrganizationStore, OrganizationsService, OrganizationEditingService],
  exports: [OrganizationStore, OrganizationsService],
})
export class OrganizationsModule {}
