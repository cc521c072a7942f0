import { AuditEntry } from './entities/audit-entry.entity';

/** The tables the audit module owns: only its stores read and write them. */
export const AUDIT_TABLES = [AuditEntry];
