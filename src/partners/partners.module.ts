import { Module, OnModuleInit } from '@nestjs/common';
import { AttendeeListGrantStore } from './attendee-list-grant.store';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { EditionsModule } from '../editions/editions.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { ReleasesModule } from '../releases/releases.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AttendeeListGrantsService } from './attendee-list-grants.service';
import { CoHostDirectory } from './co-host-directory';
import { PartnerDirectoryController } from './partner-directory.controller';
import { LOGO_TYPES, MAX_LOGO_BYTES } from './organization-logos';
import { PartnerCalendar } from './partner-calendar';
import { PartnersController } from './partners.controller';
import { PartnersService } from './partners.service';
import { PublicPartnersController } from './public-partners.controller';
import { PublicPartnersService } from './public-partners.service';

@Module({
  imports: [ReleasesModule, EditionsModule, SessionsModule, OrganizationsModule, RegistrationsModule],
  controllers: [PartnersController, PublicPartnersController, PartnerDirectoryController],
  providers: [AttendeeListGrantStore, PartnersService, PublicPartnersService, PartnerCalendar, AttendeeListGrantsService, CoHostDirectory],
  exports: [AttendeeListGrantStore, PartnersService, AttendeeListGrantsService, CoHostDirectory],
})
export class PartnersModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Logos arrive as raw image bytes, up to 2 MB: larger bodies are refused with 413 before they are read. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser('image/png')) return;
    fastify.addContentTypeParser([...LOGO_TYPES], { parseAs: 'buffer', bodyLimit: MAX_LOGO_BYTES }, (_request, body, done) => done(null, body));
  }
}
