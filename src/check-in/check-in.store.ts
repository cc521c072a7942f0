import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import type { Tx } from '../database/transactions';
import { writtenParameters } from '../database/plain-insert';
import { PlainStatements } from '../database/plain-statements';
import { CheckInGate } from './entities/check-in-gate.entity';
import { CheckIn } from './entities/check-in.entity';
import { DOOR_INSERT, DOOR_INSERT_COLUMNS, DOOR_KEPT, DOOR_KEPT_GUEST, DOOR_READ_BY_CODE, DOOR_READ_BY_ID, DOOR_READ_GUEST_BY_CODE, DOOR_READ_GUEST_BY_ID, DOOR_READ_GUEST_INVITED_BY_CODE, DOOR_READ_GUEST_INVITED_BY_ID, DOOR_READ_SEATED_BY_CODE, DOOR_READ_SEATED_BY_ID } from './door-statements';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { CheckInGate } from './entities/check-in-gate.entity';
export type { CheckIn } from './entities/check-in.entity';

export interface AdmissionCount {
  gateId: number;
  sessionId: number | null;
  count: number;
}

/** A credential tier as the door needs it. */
export interface DoorTier {
  id: number;
  name: string;
  nameEn: string | null;
  color: string;
  sessionIds: number[] | null;
  zones: string[] | null;
}

/** An admission a ticket holds, with the name of the gate it was made at. */
export interface KeptAdmission {
  id: number;
  admission: string;
  sessionId: number | null;
  gateId: number;
  gateName: string | null;
  scannedAt: Date;
  staffName: string | null;
  deviceId: string;
}

/** A session the ticket could be admitted into at a gate of chosen sessions: a confirmed seat's, or a guest's invitation's. */
export interface DoorSession {
  id: number;
  status: string;
  title: string;
  startsAt: Date | null;
}

/** An invited guest as the door needs them, with their edition's status. */
export interface DoorGuest {
  id: number;
  editionId: number;
  code: string;
  name: string;
  organization: string | null;
  title: string | null;
  category: string;
  reply: string;
  deputyState: string;
  deputyName: string | null;
  deputyTitle: string | null;
  anonymizedAt: Date | null;
  editionStatus: string | null;
}

/** Whose ticket a check-in is: a registration's or an invited guest's. */
export type HolderKey = { registrationId: number; guestId?: undefined } | { guestId: number; registrationId?: undefined };

/** How a scan names its ticket: a registration by id (signed code) or code (typed), or a guest by id (a guest's signed code) or code (typed). */
export type DoorKey = { id: number } | { code: string } | { guestId: number } | { guestCode: string };

/** What one statement tells of a scan: the gate, and the ticket's holder, credential, admissions and (session gates) sessions. */
export interface DoorRead {
  gate: Pick<CheckInGate, 'id' | 'editionId' | 'name' | 'sessionIds' | 'zone'> & { timeZone: string };
  registration: { id: number; editionId: number; code: string; name: string; organization: string | null; title: string | null; status: string; checkedInAt: Date | null; anonymizedAt: Date | null } | null;
  guest: DoorGuest | null;
  generation: number;
  /** The tier held (assigned or by the guest's category, else the edition's default); null when the edition has no default tier yet. */
  tier: DoorTier | null;
  admissions: KeptAdmission[];
  /** At a gate of chosen sessions: the sessions the holder has a confirmed seat in (or is invited to); empty at a whole-edition gate. */
  sessions: DoorSession[];
}

type Row = Record<string, unknown>;

/**
 * The only code that reads and writes check_in_gate and check_in. A scan's read (doorRead) also
 * reads, never writes, the registration and credential tables: one statement instead of five is
 * what lets every gate scan at once (see door-statements.ts).
 */
@Injectable()
export class CheckInStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plain: PlainStatements,
  ) {}

  gatesOf(editionId: number, tx: Tx = this.dataSource.manager): Promise<CheckInGate[]> {
    return tx.find(CheckInGate, { where: { editionId }, order: { id: 'ASC' } });
  }

  gate(id: number, tx: Tx = this.dataSource.manager): Promise<CheckInGate | null> {
    return tx.findOne(CheckInGate, { where: { id } });
  }

  saveGate(gate: Partial<CheckInGate>, tx: Tx): Promise<CheckInGate> {
    return tx.save(CheckInGate, gate);
  }

  async gateUsed(gateId: number, tx: Tx): Promise<boolean> {
    return (await tx.count(CheckIn, { where: { gateId } })) > 0;
  }

  async deleteGate(id: number, tx: Tx): Promise<void> {
    await tx.delete(CheckInGate, { id });
  }

  /**
   * The gate and the ticket a scan names (a registration by id or code, or a guest); null: no such
   * gate. `withSessions`: also the holder's seats (or invitations) with their sessions, for a gate
   * of chosen sessions; without it `sessions` is empty whatever the gate.
   */
  async doorRead(gateId: number, key: DoorKey, withSessions: boolean): Promise<DoorRead | null> {
    const [sql, value] = doorStatement(key, withSessions);
    const rows = await this.plain.rows(sql, [value, gateId]);
    if (!rows.length) return null;
    const first = rows[0];
    const tier = tierOf(first, first.t_id != null ? 't' : 'd');
    return {
      gate: { id: Number(first.g_id), editionId: Number(first.g_edition_id), name: String(first.g_name), sessionIds: json(first.g_session_ids), zone: (first.g_zone as string | null) ?? null, timeZone: String(first.g_time_zone) },
      guest: first.u_id == null ? null : guestOf(first),
      sessions: sessionsOf(rows),
      registration:
        first.r_id == null
          ? null
          : {
              id: Number(first.r_id),
              editionId: Number(first.r_edition_id),
              code: String(first.r_code),
              name: String(first.r_name),
              organization: (first.r_organization as string | null) ?? null,
              title: (first.r_title as string | null) ?? null,
              status: String(first.r_status),
              checkedInAt: dateOrNull(first.r_checked_in_at),
              anonymizedAt: dateOrNull(first.r_anonymized_at),
            },
      generation: first.c_generation == null ? 1 : Number(first.c_generation),
      tier,
      admissions: keptOf(rows),
    };
  }

  /** The admission a scope holds now, if any (one statement, with its gate's name). */
  async kept(holder: HolderKey, admission: string): Promise<KeptAdmission | null> {
    const [sql, id] = holder.guestId !== undefined ? [DOOR_KEPT_GUEST, holder.guestId] : [DOOR_KEPT, holder.registrationId];
    return keptOf(await this.plain.rows(sql, [id, admission]))[0] ?? null;
  }

  /** The scan a device already sent (a retried sync), if any. */
  byDeviceScan(deviceId: string, clientScanId: string, tx: Tx = this.dataSource.manager): Promise<CheckIn | null> {
    return tx.findOne(CheckIn, { where: { deviceId, clientScanId } });
  }

  byId(id: number, tx: Tx = this.dataSource.manager): Promise<CheckIn | null> {
    return tx.findOne(CheckIn, { where: { id } });
  }

  /** The registration's kept admissions (one per scope at most). */
  admissionsOf(registrationId: number, tx: Tx = this.dataSource.manager): Promise<CheckIn[]> {
    return tx.find(CheckIn, { where: { registrationId, admission: Not(IsNull()) } });
  }

  admissionIn(holder: HolderKey, admission: string, tx: Tx = this.dataSource.manager): Promise<CheckIn | null> {
    return tx.findOne(CheckIn, { where: holder.guestId !== undefined ? { guestId: holder.guestId, admission } : { registrationId: holder.registrationId, admission } });
  }

  /** Inserted without reading it back; a unique index refusing it (admission or device scan) throws the driver's duplicate-key error. */
  async insert(row: Omit<CheckIn, 'id' | 'gate'>, tx?: Tx): Promise<number> {
    const { insertId } = await this.plain.write(DOOR_INSERT, writtenParameters(this.dataSource, CheckIn, DOOR_INSERT_COLUMNS, row), tx);
    if (insertId === null) throw new Error('The database did not report the new check-in’s id');
    return insertId;
  }

  /**
   * Takes the admission from a scan that turned out not to be first (an offline device scanned the
   * ticket earlier and synced later): conditional, so only one of two such syncs wins it.
   */
  async demote(id: number, admission: string, scannedAfter: Date, firstId: number, tx: Tx): Promise<boolean> {
    const demoted = await tx
      .createQueryBuilder()
      .update(CheckIn)
      .set({ admission: null, outcome: 'duplicate', firstCheckInId: firstId })
      .where('id = :id AND admission = :admission AND scanned_at > :scannedAfter', { id, admission, scannedAfter })
      .execute();
    return demoted.affected === 1;
  }

  /** The scan that came first after all holds the admission now. */
  async admit(id: number, admission: string, tx: Tx): Promise<void> {
    await tx.createQueryBuilder().update(CheckIn).set({ admission, outcome: 'admitted', firstCheckInId: null }).where('id = :id', { id }).execute();
  }

  async repointDuplicates(fromId: number, toId: number, tx: Tx): Promise<void> {
    await tx.createQueryBuilder().update(CheckIn).set({ firstCheckInId: toId }).where('first_check_in_id = :fromId', { fromId }).execute();
  }

  /** Kept admissions per gate and session. */
  async admissionCounts(editionId: number): Promise<AdmissionCount[]> {
    const rows: { gateId: number | string; sessionId: number | string | null; count: number | string }[] = await this.dataSource.manager
      .createQueryBuilder(CheckIn, 'c')
      .select('c.gate_id', 'gateId')
      .addSelect('c.session_id', 'sessionId')
      .addSelect('COUNT(*)', 'count')
      .where('c.edition_id = :editionId AND c.admission IS NOT NULL', { editionId })
      .groupBy('c.gate_id')
      .addGroupBy('c.session_id')
      .getRawMany();
    return rows.map((r) => ({ gateId: Number(r.gateId), sessionId: r.sessionId === null ? null : Number(r.sessionId), count: Number(r.count) }));
  }

  /** When each kept admission was scanned, oldest first: the arrivals curve. */
  async admissionTimes(editionId: number): Promise<Date[]> {
    const rows = await this.dataSource.manager.find(CheckIn, { select: { scannedAt: true }, where: { editionId, admission: Not(IsNull()) }, order: { scannedAt: 'ASC' } });
    return rows.map((r) => r.scannedAt);
  }

  /** The edition's kept admissions, for a gate's offline snapshot (who is in already). */
  admissionsOfEdition(editionId: number): Promise<CheckIn[]> {
    return this.dataSource.manager.find(CheckIn, { where: { editionId, admission: Not(IsNull()) } });
  }

  /** The latest duplicates, newest first: what the supervisor looks into. */
  duplicates(editionId: number, limit = 100): Promise<CheckIn[]> {
    return this.dataSource.manager.find(CheckIn, { where: { editionId, outcome: 'duplicate' }, order: { scannedAt: 'DESC', id: 'DESC' }, take: limit });
  }

  /** People admitted at least once, into anything. */
  async arrivedCount(editionId: number): Promise<number> {
    const row: { count: number | string } | undefined = await this.dataSource.manager
      .createQueryBuilder(CheckIn, 'c')
      // COUNT(DISTINCT) skips NULLs: each column counts its own people.
      .select('COUNT(DISTINCT c.registration_id) + COUNT(DISTINCT c.guest_id)', 'count')
      .where('c.edition_id = :editionId AND c.admission IS NOT NULL', { editionId })
      .getRawOne();
    return Number(row?.count ?? 0);
  }

  async duplicateCount(editionId: number): Promise<number> {
    return this.dataSource.manager.count(CheckIn, { where: { editionId, outcome: 'duplicate' } });
  }
}

/** Whether a duplicate-key error came from the device-scan key (the same scan sent again), not the admission's. */
export function isRepeatedScan(error: { message?: string; driverError?: { message?: string } }): boolean {
  return /UQ_check_in_device_scan|check_in\.device_id/.test(`${error.message ?? ''} ${error.driverError?.message ?? ''}`);
}

/** The door read for how the scan names its ticket, and the value that names it. */
function doorStatement(key: DoorKey, withSessions: boolean): [string, number | string] {
  if ('guestId' in key) return [withSessions ? DOOR_READ_GUEST_INVITED_BY_ID : DOOR_READ_GUEST_BY_ID, key.guestId];
  if ('guestCode' in key) return [withSessions ? DOOR_READ_GUEST_INVITED_BY_CODE : DOOR_READ_GUEST_BY_CODE, key.guestCode];
  if ('id' in key) return [withSessions ? DOOR_READ_SEATED_BY_ID : DOOR_READ_BY_ID, key.id];
  return [withSessions ? DOOR_READ_SEATED_BY_CODE : DOOR_READ_BY_CODE, key.code];
}

function keptOf(rows: Row[]): KeptAdmission[] {
  const seen = new Map<number, KeptAdmission>();
  for (const row of rows) {
    if (row.k_id == null || seen.has(Number(row.k_id))) continue;
    seen.set(Number(row.k_id), {
      id: Number(row.k_id),
      admission: String(row.k_admission),
      sessionId: row.k_session_id == null ? null : Number(row.k_session_id),
      gateId: Number(row.k_gate_id),
      gateName: (row.k_gate_name as string | null) ?? null,
      scannedAt: dateOrNull(row.k_scanned_at)!,
      staffName: (row.k_staff_name as string | null) ?? null,
      deviceId: String(row.k_device_id),
    });
  }
  return [...seen.values()];
}

function sessionsOf(rows: Row[]): DoorSession[] {
  const seen = new Map<number, DoorSession>();
  for (const row of rows) {
    if (row.s_id == null || seen.has(Number(row.s_id))) continue;
    seen.set(Number(row.s_id), { id: Number(row.s_id), status: String(row.s_status), title: String(row.s_title), startsAt: dateOrNull(row.s_starts_at) });
  }
  return [...seen.values()];
}

function guestOf(row: Row): DoorGuest {
  const text = (value: unknown) => (value as string | null) ?? null;
  return {
    id: Number(row.u_id),
    editionId: Number(row.u_edition_id),
    code: String(row.u_code),
    name: String(row.u_name),
    organization: text(row.u_organization),
    title: text(row.u_title),
    category: String(row.u_category),
    reply: String(row.u_reply),
    deputyState: String(row.u_deputy_state),
    deputyName: text(row.u_deputy_name),
    deputyTitle: text(row.u_deputy_title),
    anonymizedAt: dateOrNull(row.u_anonymized_at),
    editionStatus: text(row.e_status),
  };
}

function tierOf(row: Row, prefix: 't' | 'd'): DoorTier | null {
  if (row[`${prefix}_id`] == null) return null;
  return {
    id: Number(row[`${prefix}_id`]),
    name: String(row[`${prefix}_name`]),
    nameEn: (row[`${prefix}_name_en`] as string | null) ?? null,
    color: String(row[`${prefix}_color`]),
    sessionIds: json(row[`${prefix}_session_ids`]),
    zones: json(row[`${prefix}_zones`]),
  };
}

/** A simple-json column as stored (text, or null). */
function json<T>(value: unknown): T | null {
  if (value == null || value === '') return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A datetime as the drivers answer raw queries: a Date (mysql2, UTC) or SQLite's UTC text. */
function dateOrNull(value: unknown): Date | null {
  if (value == null) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
}
