/**
 * The SQL of a scan at the door, written out once: the check-in store runs it, and the bench's
 * plain mysql2 floor (bench/check-in.js) requires this file from the build so that it runs the
 * very same statements. Plain `?` placeholders and unquoted names read alike on SQLite and MariaDB.
 */
import { GUEST_CATEGORY_TIERS } from '../credentials/credential-messages';

const GATE = 'g.id AS g_id, g.edition_id AS g_edition_id, g.name AS g_name, g.session_ids AS g_session_ids, g.zone AS g_zone, ge.time_zone AS g_time_zone';
const TIER = (p: 't' | 'd') => `${p}.id AS ${p}_id, ${p}.name AS ${p}_name, ${p}.name_en AS ${p}_name_en, ${p}.color AS ${p}_color, ${p}.session_ids AS ${p}_session_ids, ${p}.zones AS ${p}_zones`;
const KEPT = 'k.id AS k_id, k.admission AS k_admission, k.session_id AS k_session_id, k.gate_id AS k_gate_id, k.scanned_at AS k_scanned_at, k.staff_name AS k_staff_name, k.device_id AS k_device_id, kg.name AS k_gate_name';
const SESSION = 's.id AS s_id, s.status AS s_status, s.title_zh AS s_title, s.starts_at AS s_starts_at';

/**
 * Everything a scan of a registration's ticket is judged on, in one statement: the gate (so its
 * definition is never stale, whatever another server process did to it) with its edition's clock
 * (for the words of an `already`), the ticket's
 * registration, its credential with the tier it holds and the edition's default tier, and the
 * admissions it holds already with the gate each was made at. One row per admission held (at
 * least one). The registration is named by id (a signed code) or by code (typed):
 * DOOR_READ_BY_ID / DOOR_READ_BY_CODE; parameters [registration id or code, gate id].
 *
 * At a gate of chosen sessions the `_SEATED` variants also join its confirmed seats with their
 * sessions (one row per admission × seat): two reads fewer than before. They are separate
 * statements because MariaDB still probes the seats for a whole-edition gate when the join is
 * merely conditional on the gate (EXPLAIN: a `ref` on UQ_session_seat; 0.30 → 0.35–0.43 ms a read
 * at load 9, noisy): whole-edition gates, the entrance every attendee passes, keep the very read
 * they had.
 */
const DOOR_READ = (registrationKey: 'r.id' | 'r.code', seated: boolean) => `SELECT ${GATE},
 r.id AS r_id, r.edition_id AS r_edition_id, r.code AS r_code, r.name AS r_name, r.organization AS r_organization, r.title AS r_title, r.status AS r_status, r.checked_in_at AS r_checked_in_at, r.anonymized_at AS r_anonymized_at,
 c.generation AS c_generation, c.tier_id AS c_tier_id,
 ${TIER('t')},
 ${TIER('d')},
 ${KEPT}${seated ? `,
 ${SESSION}` : ''}
FROM check_in_gate g
JOIN edition ge ON ge.id = g.edition_id
LEFT JOIN registration r ON ${registrationKey} = ?
LEFT JOIN credential c ON c.registration_id = r.id
LEFT JOIN credential_tier t ON t.id = c.tier_id
LEFT JOIN credential_tier d ON d.edition_id = r.edition_id AND d.is_default = 1
LEFT JOIN check_in k ON k.registration_id = r.id AND k.admission IS NOT NULL
LEFT JOIN check_in_gate kg ON kg.id = k.gate_id${
  seated
    ? `
LEFT JOIN session_seat ss ON g.session_ids IS NOT NULL AND ss.registration_id = r.id AND ss.status = 'confirmed'
LEFT JOIN session s ON s.id = ss.session_id`
    : ''
}
WHERE g.id = ?`;

export const DOOR_READ_BY_ID = DOOR_READ('r.id', false);
export const DOOR_READ_BY_CODE = DOOR_READ('r.code', false);
export const DOOR_READ_SEATED_BY_ID = DOOR_READ('r.id', true);
export const DOOR_READ_SEATED_BY_CODE = DOOR_READ('r.code', true);

/** The tier a guest's category names (GUEST_CATEGORY_TIERS, the credentials' rule), as SQL over `u.category`. */
const GUEST_TIER_NAME = `CASE u.category ${Object.entries(GUEST_CATEGORY_TIERS)
  .map(([category, tier]) => `WHEN '${category}' THEN '${tier}'`)
  .join(' ')} END`;

/**
 * The same for an invited guest's badge (a guest's signed code): the gate, the guest with the
 * edition's status, the printing of the guest's badge, the tier the guest's category names and
 * the default tier, the admissions the guest holds, and (the `_INVITED` variant, for a gate of
 * chosen sessions) the sessions the guest is invited to. The guest is named by id (a signed code)
 * or by the code printed on the invitation (typed at the door, as a registration's is):
 * parameters [guest id or code, gate id].
 */
const DOOR_READ_GUEST = (guestKey: 'u.id' | 'u.code', invited: boolean) => `SELECT ${GATE},
 u.id AS u_id, u.edition_id AS u_edition_id, u.code AS u_code, u.name AS u_name, u.organization AS u_organization, u.title AS u_title, u.category AS u_category, u.reply AS u_reply, u.deputy_state AS u_deputy_state, u.deputy_name AS u_deputy_name, u.deputy_title AS u_deputy_title, u.anonymized_at AS u_anonymized_at,
 e.status AS e_status,
 c.generation AS c_generation,
 ${TIER('t')},
 ${TIER('d')},
 ${KEPT}${invited ? `,
 ${SESSION}` : ''}
FROM check_in_gate g
JOIN edition ge ON ge.id = g.edition_id
LEFT JOIN guest u ON ${guestKey} = ?
LEFT JOIN edition e ON e.id = u.edition_id
LEFT JOIN guest_credential c ON c.guest_id = u.id
LEFT JOIN credential_tier t ON t.edition_id = u.edition_id AND t.name = ${GUEST_TIER_NAME}
LEFT JOIN credential_tier d ON d.edition_id = u.edition_id AND d.is_default = 1
LEFT JOIN check_in k ON k.guest_id = u.id AND k.admission IS NOT NULL
LEFT JOIN check_in_gate kg ON kg.id = k.gate_id${
  invited
    ? `
LEFT JOIN guest_invitation gi ON g.session_ids IS NOT NULL AND gi.guest_id = u.id
LEFT JOIN session s ON s.id = gi.session_id`
    : ''
}
WHERE g.id = ?`;

export const DOOR_READ_GUEST_BY_ID = DOOR_READ_GUEST('u.id', false);
export const DOOR_READ_GUEST_INVITED_BY_ID = DOOR_READ_GUEST('u.id', true);
export const DOOR_READ_GUEST_BY_CODE = DOOR_READ_GUEST('u.code', false);
export const DOOR_READ_GUEST_INVITED_BY_CODE = DOOR_READ_GUEST('u.code', true);

/** The admission a scope holds, with its gate's name (after losing a race for it); parameters [registration id, admission]. */
export const DOOR_KEPT = `SELECT ${KEPT}
FROM check_in k LEFT JOIN check_in_gate kg ON kg.id = k.gate_id
WHERE k.registration_id = ? AND k.admission = ?`;

/** The same for a guest; parameters [guest id, admission]. */
export const DOOR_KEPT_GUEST = `SELECT ${KEPT}
FROM check_in k LEFT JOIN check_in_gate kg ON kg.id = k.gate_id
WHERE k.guest_id = ? AND k.admission = ?`;

/** The columns a scan writes, in the order of DOOR_INSERT's placeholders. */
export const DOOR_INSERT_COLUMNS = ['edition_id', 'gate_id', 'registration_id', 'guest_id', 'session_id', 'admission', 'outcome', 'first_check_in_id', 'scanned_at', 'received_at', 'offline', 'device_id', 'client_scan_id', 'staff_account_id', 'staff_name'] as const;

/** A scan's row: the admission (unique per scope, so the first of concurrent scans wins) or a duplicate. */
export const DOOR_INSERT = `INSERT INTO check_in (${DOOR_INSERT_COLUMNS.join(', ')}) VALUES (${DOOR_INSERT_COLUMNS.map(() => '?').join(', ')})`;
