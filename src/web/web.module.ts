import { Module } from '@nestjs/common';
import { AccountSession } from './account-session';
import { AdminPagesController } from './admin-pages.controller';
import { DomainServices } from './domain-services';
import { FormCsrfGuard } from './form-csrf.guard';
import { PageExceptionFilter } from './page-exception.filter';
import { PageRenderer } from './page-renderer';
import { PartnerPagesController } from './partner-pages.controller';
import { PublicPagesController } from './public-pages.controller';
import { RegistrationPagesController } from './registration-pages.controller';

export const PAGE_CONTROLLERS = [PublicPagesController, RegistrationPagesController, PartnerPagesController, AdminPagesController];

/** The server-rendered site: public pages, registration, partner and organizer pages. Fastify setup is in web-setup.ts. */
@Module({
  controllers: PAGE_CONTROLLERS,
  providers: [DomainServices, PageRenderer, AccountSession, PageExceptionFilter, FormCsrfGuard],
})
export class WebModule {}
