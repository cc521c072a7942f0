import { PickupAssignment } from './entities/pickup-assignment.entity';
import { PickupVehicle } from './entities/pickup-vehicle.entity';

/** The tables the pickups module owns: only its stores read and write them. */
export const PICKUPS_TABLES = [PickupAssignment, PickupVehicle];
