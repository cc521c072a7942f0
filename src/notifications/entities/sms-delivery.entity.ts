import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../common/entity-columns';

export const SMS_DELIVERY_STATUSES = ['accepted', 'delivered', 'failed'] as const;
export type SmsDeliveryStatus = (typeof SMS_DELIVERY_STATUSES)[number];

/**
 * One text message a provider (or the spool) accepted, and what its delivery report said later:
 * the provider's id of the message (Alibaba's BizId, Tencent's SerialNo) is how a report finds it.
 */
@Entity('sms_delivery')
@Index('IDX_sms_delivery_provider_message', ['provider', 'providerMessageId'])
export class SmsDelivery {
  @PrimaryGeneratedColumn()
  id: number;

  /** The outbox row it was sent for. */
  @Column({ name: 'outbox_message_id', type: 'int', nullable: true })
  outboxMessageId: number | null;

  /** `aliyun`, `tencent` or `spool`. */
  @Column({ type: 'varchar', length: 20 })
  provider: string;

  /** E.164, e.g. +8613800138000. */
  @Column({ type: 'varchar', length: 32 })
  phone: string;

  @Column({ type: 'varchar', length: 50 })
  template: string;

  @Column({ name: 'provider_message_id', type: 'varchar', length: 100, nullable: true })
  providerMessageId: string | null;

  @Column({ type: 'simple-enum', enum: SMS_DELIVERY_STATUSES, default: 'accepted' })
  status: SmsDeliveryStatus;

  /** The report's code (DELIVERED, DELIVRD, MK:0001…), kept as the provider wrote it. */
  @Column({ name: 'report_code', type: 'varchar', length: 100, nullable: true })
  reportCode: string | null;

  @Column({ name: 'reported_at', type: 'datetime', nullable: true })
  reportedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
