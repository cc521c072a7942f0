import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Organization } from '../organizations/entities/organization.entity';
import { AccountDto } from './dto/account.dto';
import { CreateAccountRequest } from './dto/create-account.dto';
import { Account } from './entities/account.entity';
import { hashPassword } from './password-hasher';

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly dataSource: DataSource,
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
    return this.dataSource.transaction(async (manager) => {
      if (request.organizationId !== undefined && !(await manager.existsBy(Organization, { id: request.organizationId }))) {
        throw new NotFoundException({
          message: `No organization with id ${request.organizationId}`,
          errors: { organizationId: 'no such organization' },
        });
      }
      if (await manager.existsBy(Account, { email: request.email })) {
        throw new ConflictException({ message: `An account for ${request.email} already exists`, errors: { email: 'already has an account' } });
      }
      const account = manager.create(Account, {
        email: request.email,
        passwordHash,
        kind: request.kind,
        organizationId: request.organizationId ?? null,
        displayName: request.displayName ?? null,
      });
      await manager.save(account);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'account', entityId: account.id, after: AccountDto.from(account) });
      return AccountDto.from(account);
    });
  }

  async list(): Promise<AccountDto[]> {
    return (await this.accounts.find({ order: { id: 'ASC' } })).map((a) => AccountDto.from(a));
  }
}
