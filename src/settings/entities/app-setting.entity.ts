import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Installation-wide values that every server process must share, e.g. a generated signing key. */
@Entity('app_setting')
export class AppSetting {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'text' })
  value: string;
}
