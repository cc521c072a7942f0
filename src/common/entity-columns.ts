import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * Column decorators shared by every entity, so that both dialects store instants the same
 * way (UTC `datetime`, never `timestamp`, whose range and time-zone handling differ).
 */
export const CreatedAtColumn = () => CreateDateColumn({ type: 'datetime', name: 'created_at' });
export const UpdatedAtColumn = () => UpdateDateColumn({ type: 'datetime', name: 'updated_at' });
