import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import type { AccountKind } from './account-kind';
import { Account } from './entities/account.entity';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { Account } from './entities/account.entity';


export interface NewAccount {
  email: string;
  passwordHash: string;
  kind: AccountKind;
  organizationId: number | null;
  displayName: string | null;
}

/** The only code that reads and writes accounts (sign-in accounts); other modules call this, never the entities. */
@Injectable()
export class AccountStore {
  constructor(private readonly dataSource: DataSource) {}

  find(id: number, tx: Tx = this.dataSource.manager): Promise<Account | null> {
    return tx.findOne(Account, { where: { id } });
  }

  /** The account, or EntityNotFoundError (a 404) when it is gone. */
  require(id: number, tx: Tx = this.dataSource.manager): Promise<Account> {
    return tx.findOneByOrFail(Account, { id });
  }

  /** Emails are stored lower-cased: the caller passes the normalised address. */
  findByEmail(email: string, tx: Tx = this.dataSource.manager): Promise<Account | null> {
    return tx.findOne(Account, { where: { email } });
  }

  emailTaken(email: string, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(Account, { email });
  }

  async create(fields: NewAccount, tx: Tx = this.dataSource.manager): Promise<Account> {
    return tx.save(tx.create(Account, fields));
  }

  list(tx: Tx = this.dataSource.manager): Promise<Account[]> {
    return tx.find(Account, { order: { id: 'ASC' } });
  }

  countOrganizers(tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.count(Account, { where: { kind: 'organizer' } });
  }

  /** Inserts unless the email already has an account (two servers starting together). */
  async createIfEmailFree(fields: NewAccount, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx.createQueryBuilder().insert().into(Account).values(fields).orIgnore().updateEntity(false).execute();
  }

  /**
   * A new password ends every sign-in made with the old one: the token version goes up with it
   * (tokens carry the version they were issued under). The new version.
   */
  async setPassword(id: number, passwordHash: string, tx: Tx): Promise<number> {
    await tx.update(Account, { id }, { passwordHash, tokenVersion: () => 'token_version + 1' });
    return (await tx.findOneByOrFail(Account, { id })).tokenVersion;
  }

  /** Sign out everywhere: every token issued before now carries an older version and is refused. */
  async raiseTokenVersion(id: number, tx: Tx): Promise<number> {
    await tx.update(Account, { id }, { tokenVersion: () => 'token_version + 1' });
    return (await tx.findOneByOrFail(Account, { id })).tokenVersion;
  }

  /** Disables (raising the token version, so re-enabling brings no old token back) or enables the account. */
  async setDisabled(id: number, disabledAt: Date | null, tx: Tx): Promise<Account> {
    await tx.update(Account, { id }, disabledAt ? { disabledAt, tokenVersion: () => 'token_version + 1' } : { disabledAt: null });
    return tx.findOneByOrFail(Account, { id });
  }

  /** Enabled organizer accounts other than `id`, locked for the rest of the transaction so two organizers cannot disable each other at once. */
  async otherEnabledOrganizers(id: number, tx: Tx): Promise<number> {
    const query = tx.createQueryBuilder(Account, 'a').where("a.kind = 'organizer' AND a.disabled_at IS NULL AND a.id <> :id", { id });
    // SQLite has no row locks (and needs none: its write transactions run one at a time).
    if (tx.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    return (await query.getMany()).length;
  }

  /** The partner accounts bound to the organization (its team), oldest first. */
  ofOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<Account[]> {
    return tx.find(Account, { where: { organizationId, kind: 'partner' }, order: { id: 'ASC' } });
  }

  // Removing and merging organizations (src/organizations) ask these.
  countOfOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(Account, { organizationId });
  }

  /** The partner accounts of a merged duplicate now belong to the organization kept. */
  async moveToOrganization(fromOrganizationId: number, toOrganizationId: number, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx.update(Account, { organizationId: fromOrganizationId }, { organizationId: toOrganizationId });
  }
}
