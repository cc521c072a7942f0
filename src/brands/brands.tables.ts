import { Brand } from './entities/brand.entity';

/** The tables the brands module owns: only its stores read and write them. */
export const BRANDS_TABLES = [Brand];
