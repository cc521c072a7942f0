import { JobLease } from './entities/job-lease.entity';

/** The tables the jobs module owns: only its stores read and write them. */
export const JOBS_TABLES = [JobLease];
