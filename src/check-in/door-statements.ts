/**
 * The SQL of a scan at the door, written out once: the check-in store runs it, and the bench's
 * plain mysql2 floor (bench/check-in.js) requires this file from the build so that it runs the
 * very same statements. Plain `?` placeholders and unquoted names read alike on SQLite and MariaDB.
 */

/**
 * Everything a scan is judged on, in one statement: the gate (so its definition is never stale,
 * whatever another server process did to it), the ticket's registration, its credential with the
 * tier it holds and the edition's default tier, and the admissions it holds already with the gate
 * each was made at. One row per admission held (at least one). The registration is named by id
 * (a signed code) or by code (typed): DOOR_READ_BY_ID / DOOR_READ_BY_CODE; parameters
 * [registration id or code, gate id].
 */
const DOOR_READ = (registrationKey: 'r.id' | 'r.code') => `SELECT g.id AS g_id, g.edition_id AS g_edition_id, g.name AS g_name, g.session_ids AS g_session_ids, g.zone AS g_zone,
 r.id AS r_id, r.edition_id AS r_edition_id, r.code AS r_code, r.name AS r_name, r.organization AS r_organization, r.title AS r_title, r.status AS r_status, r.checked_in_at AS r_checked_in_at, r.anonymized_at AS r_anonymized_at,
 c.generation AS c_generation, c.tier_id AS c_tier_id,
 t.id AS t_id, t.name AS t_name, t.name_en AS t_name_en, t.color AS t_color, t.session_ids AS t_session_ids, t.zones AS t_zones,
 d.id AS d_id, d.name AS d_name, d.name_en AS d_name_en, d.color AS d_color, d.session_ids AS d_session_ids, d.zones AS d_zones,
 k.id AS k_id, k.admission AS k_admission, k.session_id AS k_session_id, k.gate_id AS k_gate_id, k.scanned_at AS k_scanned_at, k.staff_name AS k_staff_name, k.device_id AS k_device_id, kg.name AS k_gate_name
FROM check_in_gate g
LEFT JOIN registration r ON ${registrationKey} = ?
LEFT JOIN credential c ON c.registration_id = r.id
LEFT JOIN credential_tier t ON t.id = c.tier_id
LEFT JOIN credential_tier d ON d.edition_id = r.edition_id AND d.is_default = 1
LEFT JOIN check_in k ON k.registration_id = r.id AND k.admission IS NOT NULL
LEFT JOIN check_in_gate kg ON kg.id = k.gate_id
WHERE g.id = ?`;

export const DOOR_READ_BY_ID = DOOR_READ('r.id');
export const DOOR_READ_BY_CODE = DOOR_READ('r.code');

/** The admission a scope holds, with its gate's name (after losing a race for it); parameters [registration id, admission]. */
export const DOOR_KEPT = `SELECT k.id AS k_id, k.admission AS k_admission, k.session_id AS k_session_id, k.gate_id AS k_gate_id, k.scanned_at AS k_scanned_at, k.staff_name AS k_staff_name, k.device_id AS k_device_id, kg.name AS k_gate_name
FROM check_in k LEFT JOIN check_in_gate kg ON kg.id = k.gate_id
WHERE k.registration_id = ? AND k.admission = ?`;
