/**
 * The one read of every signed-in request, written out once: the sign-in store runs it, and the
 * benches' plain mysql2 floors (bench/check-in.js, bench/floor-db.js) require this file from the
 * build so that they run the very same statement. Plain `?` placeholders and unquoted names read
 * alike on SQLite and MariaDB.
 *
 * The account (is it enabled, which token version, which kind) and its team grants, in one round
 * trip: one row per grant, or one row with no grant. The accounts and teams modules own and write
 * these tables; this only reads them, because two statements on every request were a sixth of a
 * door scan's. The accounts of every request that arrived in the same turn are read together
 * (src/database/turn-batch.ts): one placeholder per account id.
 */
export function signInRead(accounts: number): string {
  return `SELECT a.id AS a_id, a.email AS a_email, a.kind AS a_kind, a.organization_id AS a_organization_id, a.disabled_at AS a_disabled_at, a.token_version AS a_token_version,
 g.id AS g_id, g.role AS g_role, g.brand_id AS g_brand_id, g.edition_id AS g_edition_id
FROM account a LEFT JOIN team_grant g ON g.account_id = a.id
WHERE a.id IN (${Array.from({ length: accounts }, () => '?').join(', ')})
ORDER BY a.id, g.id`;
}
