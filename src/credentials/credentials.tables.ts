import { Credential } from './entities/credential.entity';
import { CredentialTier } from './entities/credential-tier.entity';
import { GuestCredential } from './entities/guest-credential.entity';

/** The tables the credentials module owns: only its stores read and write them. */
export const CREDENTIALS_TABLES = [Credential, CredentialTier, GuestCredential];
