/**
 * A registration's arrival, marked once by the first admission at any gate: the statement the
 * door sends (through PlainStatements) and the check-in bench's floor sends too, written once.
 * `updated_at` as TypeORM's update would set it; the condition keeps the first arrival's time.
 */
export const ARRIVAL_MARK = 'UPDATE `registration` SET `checked_in_at` = ?, `updated_at` = CURRENT_TIMESTAMP WHERE id = ? AND checked_in_at IS NULL';
