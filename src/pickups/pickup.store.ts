import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { PickupAssignment } from './entities/pickup-assignment.entity';
import { PickupVehicle } from './entities/pickup-vehicle.entity';

export type { PickupAssignment } from './entities/pickup-assignment.entity';
export type { PickupVehicle } from './entities/pickup-vehicle.entity';

/** The only code that reads and writes pickup_vehicle and pickup_assignment. */
@Injectable()
export class PickupStore {
  constructor(private readonly dataSource: DataSource) {}

  vehicles(editionId: number, tx: Tx = this.dataSource.manager): Promise<PickupVehicle[]> {
    return tx.find(PickupVehicle, { where: { editionId }, order: { plate: 'ASC', id: 'ASC' } });
  }

  vehicle(editionId: number, id: number, tx: Tx = this.dataSource.manager): Promise<PickupVehicle | null> {
    return tx.findOneBy(PickupVehicle, { editionId, id });
  }

  byPlate(editionId: number, plate: string, tx: Tx = this.dataSource.manager): Promise<PickupVehicle | null> {
    return tx.findOneBy(PickupVehicle, { editionId, plate });
  }

  async insertVehicle(values: Pick<PickupVehicle, 'editionId' | 'plate' | 'seats' | 'driverName' | 'driverPhone'>, tx: Tx): Promise<PickupVehicle> {
    const inserted = await tx.insert(PickupVehicle, values);
    return (await tx.findOneBy(PickupVehicle, { id: inserted.identifiers[0].id as number }))!;
  }

  async updateVehicle(id: number, values: Pick<PickupVehicle, 'plate' | 'seats' | 'driverName' | 'driverPhone'>, tx: Tx): Promise<PickupVehicle> {
    await tx.update(PickupVehicle, { id }, values);
    return (await tx.findOneBy(PickupVehicle, { id }))!;
  }

  async deleteVehicle(id: number, tx: Tx): Promise<void> {
    await tx.delete(PickupVehicle, { id });
  }

  assignments(editionId: number, tx: Tx = this.dataSource.manager): Promise<PickupAssignment[]> {
    return tx.find(PickupAssignment, { where: { editionId }, order: { id: 'ASC' } });
  }

  /** Gives each trip to the vehicle (replacing what it had): one row per trip. */
  async assign(editionId: number, rows: { tripId: number; windowStart: Date }[], vehicleId: number, meetingPoint: string, tx: Tx): Promise<void> {
    if (rows.length === 0) return;
    await this.unassign(rows.map((r) => r.tripId), tx);
    await tx.insert(
      PickupAssignment,
      rows.map((r) => ({ editionId, tripId: r.tripId, windowStart: r.windowStart, vehicleId, meetingPoint })),
    );
  }

  async unassign(tripIds: number[], tx: Tx): Promise<void> {
    if (tripIds.length === 0) return;
    await tx.createQueryBuilder().delete().from(PickupAssignment).where('trip_id IN (:...tripIds)', { tripIds }).execute();
  }

  /** The purge: an edition's pickups go, and its drivers' names and phones. */
  async purgeEdition(editionId: number, name: string, tx: Tx): Promise<void> {
    await tx.delete(PickupAssignment, { editionId });
    await tx.update(PickupVehicle, { editionId }, { driverName: name, driverPhone: null });
  }
}
