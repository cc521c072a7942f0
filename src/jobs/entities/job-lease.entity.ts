import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who runs a timed job now. A process runs a job only after taking the lease with a conditional
 * UPDATE, so when several servers share one database each run happens on exactly one of them.
 */
@Entity('job_lease')
export class JobLease {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  holder: string | null;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'last_run_at', type: 'datetime', nullable: true })
  lastRunAt: Date | null;

  @Column({ name: 'run_count', type: 'int', default: 0 })
  runCount: number;
}
