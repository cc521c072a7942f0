import type { EntityTarget, FindOptionsWhere } from 'typeorm';
import type { Tx } from '../database/transactions';
import type { OrganizationRole } from './organization-role';

/** A row giving an organization a role within something (an edition, a session). */
interface RoleRow {
  id: number;
  organizationId: number;
  role: OrganizationRole;
  printedName: string | null;
}

/**
 * A merge of two organizations, for one role table: the duplicate's roles move to the kept
 * organization, printed under the name they had (`printedName`, else the duplicate's name);
 * a role the kept one already holds in the same `scope` is dropped. Called by the store that
 * owns the table, with its own entity.
 */
export async function moveOrganizationRoles<R extends RoleRow>(
  tx: Tx,
  table: EntityTarget<R>,
  scope: keyof R & string,
  merge: { duplicateId: number; keptId: number; duplicateName: string },
): Promise<{ moved: number; dropped: number }> {
  const result = { moved: 0, dropped: 0 };
  for (const row of await tx.find(table, { where: { organizationId: merge.duplicateId } as FindOptionsWhere<R> })) {
    const held = { [scope]: row[scope], organizationId: merge.keptId, role: row.role } as FindOptionsWhere<R>;
    if (await tx.existsBy(table, held)) {
      await tx.delete(table, { id: row.id });
      result.dropped++;
    } else {
      await tx.update(table, { id: row.id }, { organizationId: merge.keptId, printedName: row.printedName ?? merge.duplicateName } as never);
      result.moved++;
    }
  }
  return result;
}
