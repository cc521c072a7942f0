import { Account } from './entities/account.entity';
import { PasswordReset } from './entities/password-reset.entity';

/** The tables the accounts module owns: only its stores read and write them. */
export const ACCOUNTS_TABLES = [Account, PasswordReset];
