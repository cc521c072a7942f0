import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { EditionsModule } from '../editions/editions.module';
import { PartnersModule } from '../partners/partners.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { OrganizationEditingController } from './organization-editing.controller';
import { OrganizationEditingService } from './organization-editing.service';
import { OrganizationMergePreviewController } from './organization-merge-preview.controller';
import { OrganizationMergePreviewService } from './organization-merge-preview.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsModule } from './organizations.module';
import { OrganizationsService } from './organizations.service';

/**
 * Finding and editing organizations: above editions, sessions, speakers, accounts and partners,
 * whose rows name an organization (a page lists its roles; a merge moves them).
 */
@Module({
  imports: [OrganizationsModule, EditionsModule, SessionsModule, SpeakersModule, AccountsModule, PartnersModule],
  controllers: [OrganizationsController, OrganizationEditingController, OrganizationMergePreviewController],
  providers: [OrganizationsService, OrganizationEditingService, OrganizationMergePreviewService],
  exports: [OrganizationsService, OrganizationEditingService, OrganizationMergePreviewService],
})
export class OrganizationDirectoryModule {}
