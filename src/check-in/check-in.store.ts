import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import type { Tx } from '../database/transactions';
import { insertRow } from '../database/plain-insert';
import { CheckInGate } from './entities/check-in-gate.entity';
import { CheckIn } from './entities/check-in.entity';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { CheckInGate } from './entities/check-in-gate.entity';
export type { CheckIn } from './entities/check-in.entity';

export interface AdmissionCount {
  gateId: number;
  sessionId: number | null;
  count: number;
}

/** The only code that reads and writes check_in_gate and check_in. */
@Injectable()
export class CheckInStore {
  constructor(private readonly dataSource: DataSource) {}

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

  admissionIn(registrationId: number, admission: string, tx: Tx = this.dataSource.manager): Promise<CheckIn | null> {
    return tx.findOne(CheckIn, { where: { registrationId, admission } });
  }

  /** Inserted without reading it back; a unique index refusing it (admission or device scan) throws the driver's duplicate-key error. */
  insert(row: Omit<CheckIn, 'id' | 'gate' | 'registration'>, tx: Tx = this.dataSource.manager): Promise<number> {
    return insertRow(tx, CheckIn, row);
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
      .select('COUNT(DISTINCT c.registration_id)', 'count')
      .where('c.edition_id = :editionId AND c.admission IS NOT NULL', { editionId })
      .getRawOne();
    return Number(row?.count ?? 0);
  }

  async duplicateCount(editionId: number): Promise<number> {
    return this.dataSource.manager.count(CheckIn, { where: { editionId, outcome: 'duplicate' } });
  }
}
