import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Transactions } from '../database/transactions';
import { OrganizationStore } from '../organizations/organization.store';
import { AccountStore } from './account.store';
import { AccountDto } from './dto/account.dto';
import { CreateAccountRequest } from './dto/create-account.dto';
import { hashPassword } from './password-hasher';

@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountStore,
    private readonly organizations: OrganizationStore,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async create(request: CreateAccountRequest, actor: AuthenticatedAccount): Promise<AccountDto> {
    if (request.kind === 'organizer' && request.organizationId !== undefined) {
      throw new UnprocessableEntityException({
        message: 'Organizer accounts belong to no organization',
        errors: { organizationId: 'must be left out for organizer accounts' },
      });
    }
    const passwordHash = await hashPassword(request.password);
    return this.transactions.run(async (tx) => {
      if (request.organizationId !== undefined && !(await this.organizations.exists(request.organizationId, tx))) {
        throw new NotFoundException({
          message: `No organization with id ${request.organizationId}`,
          errors: { organizationId: 'no such organization' },
        });
      }
      if (await this.accounts.emailTaken(request.email, tx)) {
        throw new ConflictException({ message: `An account for ${request.email} already exists`, errors: { email: 'already has an account' } });
      }
      const account = await this.accounts.create(
        { email: request.email, passwordHash, kind: request.kind, organizationId: request.organizationId ?? null, displayName: request.displayName ?? null },
        tx,
      );
      await this.audit.record(tx, actor, { action: 'create', entityType: 'account', entityId: account.id, after: AccountDto.from(account) });
      return AccountDto.from(account);
    });
  }

  /**
   * Disables or enables an account. A disabled account cannot sign in and every token it holds is
   * refused at once, on every server (the access check reads the account on each request). Nobody
   * disables their own account, nor the last enabled organizer: Huiwu is never left without one.
   */
  async setDisabled(id: number, disabled: boolean, actor: AuthenticatedAccount): Promise<AccountDto> {
    if (disabled && id === actor.id) {
      throw new ConflictException({ message: 'You cannot disable your own account', errors: { id: 'is your own account' } });
    }
    return this.transactions.run(async (tx) => {
      const account = await this.accounts.require(id, tx);
      if (disabled && account.kind === 'organizer' && (await this.accounts.otherEnabledOrganizers(id, tx)) === 0) {
        throw new ConflictException({ message: 'The last enabled organizer account cannot be disabled', errors: { id: 'is the last enabled organizer' } });
      }
      if (disabled === (account.disabledAt !== null)) return AccountDto.from(account);
      const changed = await this.accounts.setDisabled(id, disabled ? new Date() : null, tx);
      await this.audit.record(tx, actor, { action: disabled ? 'disable' : 'enable', entityType: 'account', entityId: id, before: AccountDto.from(account), after: AccountDto.from(changed) });
      return AccountDto.from(changed);
    });
  }

  async list(): Promise<AccountDto[]> {
    return (await this.accounts.list()).map((a) => AccountDto.from(a));
  }
}
