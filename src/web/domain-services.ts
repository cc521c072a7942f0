import { Injectable, OnModuleInit, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AuthService } from '../auth/auth.service';
import { TokenSigner } from '../auth/token-signer';
import { BrandsService } from '../brands/brands.service';
import { ConflictsService } from '../conflicts/conflicts.service';
import { EditionsService } from '../editions/editions.service';
import { PartnersService } from '../partners/partners.service';
import { RegistrationAdminService } from '../registrations/registration-admin.service';
import { RegistrationsService } from '../registrations/registrations.service';
import { ReleasesService } from '../releases/releases.service';
import { SessionsService } from '../sessions/sessions.service';

/**
 * The feature services the pages call, the very instances the API uses. Most feature modules
 * do not export their services, and a second instance would not do: AuthService's sign-in
 * throttle, for one, must count the page's attempts together with the API's. So they are
 * looked up application-wide once the modules exist.
 */
@Injectable()
export class DomainServices implements OnModuleInit {
  auth: AuthService;
  tokens: TokenSigner;
  brands: BrandsService;
  editions: EditionsService;
  releases: ReleasesService;
  sessions: SessionsService;
  conflicts: ConflictsService;
  registrations: RegistrationsService;
  registrationAdmin: RegistrationAdminService;
  partners: PartnersService;

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    const find = <T>(type: Type<T>): T => this.moduleRef.get(type, { strict: false });
    this.auth = find(AuthService);
    this.tokens = find(TokenSigner);
    this.brands = find(BrandsService);
    this.editions = find(EditionsService);
    this.releases = find(ReleasesService);
    this.sessions = find(SessionsService);
    this.conflicts = find(ConflictsService);
    this.registrations = find(RegistrationsService);
    this.registrationAdmin = find(RegistrationAdminService);
    this.partners = find(PartnersService);
  }
}
