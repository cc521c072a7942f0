import { CheckIn } from './entities/check-in.entity';
import { CheckInGate } from './entities/check-in-gate.entity';

/** The tables the check-in module owns: only its stores read and write them. */
export const CHECK_IN_TABLES = [CheckIn, CheckInGate];
