import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { GuestImport } from './guest-import.entity';

/** One data row of a previewed file: its fields as checked, or why it was refused (by column). */
@Entity('guest_import_row')
export class GuestImportRow {
  @PrimaryColumn({ name: 'import_id', type: 'int' })
  importId: number;

  /** The row's number in the sheet, as the spreadsheet shows it (the header is row 1). */
  @PrimaryColumn({ type: 'int' })
  row: number;

  @ManyToOne('GuestImport', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import: GuestImport;

  /** The checked fields (GuestFields) of a good row; null for a refused one. */
  @Column({ type: 'simple-json', nullable: true })
  fields: object | null;

  /** A refused row's problems: `[{ column, field, zh, en }]`; null for a good one. */
  @Column({ type: 'simple-json', nullable: true })
  problems: object | null;
}
