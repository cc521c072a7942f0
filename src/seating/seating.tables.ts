import { SeatingPlan } from './entities/seating-plan.entity';

/** The tables the seating module owns: only its stores read and write them. */
export const SEATING_TABLES = [SeatingPlan];
