import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_KINDS, AccountKind } from '../account-kind';
import type { Account } from '../entities/account.entity';

/** An account as shown to organizers and to its owner: never the password hash. */
export class AccountDto {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: 'organizer@huiwu.local' })
  email: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  displayName: string | null;

  @ApiProperty({ enum: ACCOUNT_KINDS })
  kind: AccountKind;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'For partner accounts: the organization it belongs to' })
  organizationId: number | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'Set while the account is disabled: it cannot sign in and its tokens are refused' })
  disabledAt: string | null;

  static from(account: Account): AccountDto {
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      kind: account.kind,
      organizationId: account.organizationId,
      disabledAt: account.disabledAt?.toISOString() ?? null,
    };
  }
}
