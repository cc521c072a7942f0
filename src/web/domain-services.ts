import { Injectable } from '@nestjs/common';
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
 * The feature services the pages call: the very instances the API uses (AuthService's sign-in
 * throttle, for one, must count the page's attempts together with the API's).
 */
@Injectable()
export class DomainServices {
  constructor(
    readonly auth: AuthService,
    readonly tokens: TokenSigner,
    readonly brands: BrandsService,
    readonly editions: EditionsService,
    readonly releases: ReleasesService,
    readonly sessions: SessionsService,
    readonly conflicts: ConflictsService,
    readonly registrations: RegistrationsService,
    readonly registrationAdmin: RegistrationAdminService,
    readonly partners: PartnersService,
  ) {}
}
