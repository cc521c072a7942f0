import type { AuditEntryDto } from '../../audit/dto/audit-entry.dto';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const LONGEST = 160;

/** A value as the page shows it; a long text (a privacy notice) cut short, since the change is what matters. */
function shown(value: unknown): string {
  const text = value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > LONGEST ? `${text.slice(0, LONGEST)}…` : text;
}

/**
 * What an entry changed, field by field: a field whose value differs before and after (a
 * created record shows its fields as added, a deleted one as removed). Secrets never reach the
 * trail (AuditService drops them), so there is nothing to hide here.
 */
export function changesOf(entry: Pick<AuditEntryDto, 'before' | 'after'>): FieldChange[] {
  return diff(record(entry.before), record(entry.after), '');
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const isRecord = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Nested records (a privacy notice inside an edition) are compared field by field, named `privacyNotice.version`. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>, prefix: string): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .flatMap((field) =>
      isRecord(before[field]) && isRecord(after[field])
        ? diff(record(before[field]), record(after[field]), `${prefix}${field}.`)
        : [{ field: `${prefix}${field}`, before: shown(before[field]), after: shown(after[field]) }],
    );
}
