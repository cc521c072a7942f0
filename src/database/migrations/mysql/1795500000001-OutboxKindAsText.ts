import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox message's kind becomes plain text, checked by the code: adding a kind of message (a
 * password reset, a resent link) no longer needs a schema change.
 */
export class OutboxKindAsText1795500000001 implements MigrationInterface {
  name = 'OutboxKindAsText1795500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `outbox_message` MODIFY `kind` varchar(40) NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Kinds added since cannot pass the old enum: they are sent or dropped before going back.
    await queryRunner.query("DELETE FROM `outbox_message` WHERE `kind` NOT IN ('confirmation','waitlist_promotion','session_changed','reminder','approval','rejection','cancellation')");
    await queryRunner.query("ALTER TABLE `outbox_message` MODIFY `kind` enum ('confirmation', 'waitlist_promotion', 'session_changed', 'reminder', 'approval', 'rejection', 'cancellation') NOT NULL");
  }
}
