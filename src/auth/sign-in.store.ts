import { Injectable } from '@nestjs/common';
import type { AccountKind } from '../accounts/account-kind';
import type { TeamGrantScope } from '../teams/permissions';
import { PlainStatements } from '../database/plain-statements';
import { TurnBatch } from '../database/turn-batch';
import { signInRead } from './sign-in-statements';

/** What a sign-in token is checked against: the account as it is now, and an organizer's roles. */
export interface SignInRecord {
  id: number;
  email: string;
  kind: AccountKind;
  organizationId: number | null;
  disabled: boolean;
  tokenVersion: number;
  grants: TeamGrantScope[];
}

interface SignInRow {
  a_id: number;
  a_email: string;
  a_kind: AccountKind;
  a_organization_id: number | null;
  a_disabled_at: Date | string | null;
  a_token_version: number;
  g_id: number | null;
  g_role: TeamGrantScope['role'] | null;
  g_brand_id: number | null;
  g_edition_id: number | null;
}

/**
 * The sign-in check's read: one statement (sign-in-statements.ts), no entity hydration, shared by
 * the requests that arrive in the same turn (a door's devices all scan under a few staff accounts).
 */
@Injectable()
export class SignInStore {
  private readonly batch = new TurnBatch<number, SignInRecord | null>((ids) => this.readMany(ids), null);

  constructor(private readonly plain: PlainStatements) {}

  read(accountId: number): Promise<SignInRecord | null> {
    return this.batch.get(accountId);
  }

  private async readMany(accountIds: number[]): Promise<Map<number, SignInRecord>> {
    const rows = await this.plain.rows<SignInRow>(signInRead(accountIds.length), accountIds);
    const byAccount = new Map<number, SignInRow[]>();
    for (const row of rows) {
      const id = Number(row.a_id);
      const own = byAccount.get(id);
      if (own) own.push(row);
      else byAccount.set(id, [row]);
    }
    return new Map([...byAccount].map(([id, own]) => [id, recordOf(own)]));
  }
}

function recordOf(rows: SignInRow[]): SignInRecord {
  const [first] = rows;
  return {
    id: Number(first.a_id),
    email: first.a_email,
    kind: first.a_kind,
    organizationId: first.a_organization_id === null ? null : Number(first.a_organization_id),
    disabled: first.a_disabled_at !== null,
    tokenVersion: Number(first.a_token_version),
    grants: rows
      .filter((row) => row.g_id !== null)
      .map((row) => ({ role: row.g_role!, brandId: row.g_brand_id === null ? null : Number(row.g_brand_id), editionId: row.g_edition_id === null ? null : Number(row.g_edition_id) })),
  };
}
