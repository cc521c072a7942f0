import { MigrationInterface, QueryRunner } from 'typeorm';

export class Registrations1795330183005 implements MigrationInterface {
  name = 'Registrations1795330183005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `job_lease` (`name` varchar(64) NOT NULL, `holder` varchar(100) NULL, `expires_at` datetime NOT NULL, `last_run_at` datetime NULL, `run_count` int NOT NULL DEFAULT '0', PRIMARY KEY (`name`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `outbox_message` (`id` int NOT NULL AUTO_INCREMENT, `kind` enum ('confirmation', 'waitlist_promotion', 'session_changed', 'reminder', 'approval', 'rejection', 'cancellation') NOT NULL, `dedupe_key` varchar(150) NOT NULL, `registration_id` int NULL, `to_address` varchar(254) NOT NULL, `subject` varchar(300) NOT NULL, `body` text NOT NULL, `status` enum ('pending', 'sending', 'sent', 'failed') NOT NULL DEFAULT 'pending', `attempts` int NOT NULL DEFAULT '0', `next_attempt_at` datetime NOT NULL, `claimed_by` varchar(100) NULL, `claimed_until` datetime NULL, `sent_at` datetime NULL, `last_error` varchar(500) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_outbox_due` (`status`, `next_attempt_at`), UNIQUE INDEX `IDX_c9d3ed272e281eeb8be7353e2c` (`dedupe_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `registration` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `code` varchar(16) NOT NULL, `name` varchar(100) NOT NULL, `email` varchar(254) NOT NULL, `phone` varchar(32) NULL, `organization` varchar(200) NULL, `title` varchar(200) NULL, `status` enum ('pending', 'confirmed', 'rejected', 'cancelled') NOT NULL, `idempotency_key` varchar(100) NULL, `checked_in_at` datetime NULL, `anonymized_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_registration_idempotency` (`edition_id`, `idempotency_key`), UNIQUE INDEX `UQ_registration_email` (`edition_id`, `email`), UNIQUE INDEX `IDX_38434f48b3c369f6c8e2fac10e` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `session_seat` (`id` int NOT NULL AUTO_INCREMENT, `registration_id` int NOT NULL, `session_id` int NOT NULL, `status` enum ('confirmed', 'waitlisted', 'cancelled') NOT NULL, `queue_number` int NULL, `promoted_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_session_seat_queue` (`session_id`, `status`, `queue_number`), UNIQUE INDEX `UQ_session_seat` (`registration_id`, `session_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `edition` ADD `registration_opens_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `edition` ADD `registration_closes_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `edition` ADD `requires_approval` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `edition` ADD `registration_capacity` int NULL");
    await queryRunner.query("ALTER TABLE `edition` ADD `registered_count` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `edition` ADD `personal_data_purged_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `session` ADD `taken` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `session` ADD `waitlist_seq` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `session` ADD `registration_opens_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `session` ADD `registration_closes_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `registration` ADD CONSTRAINT `FK_3d12a31cfe12e0fe35f09fe4957` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session_seat` ADD CONSTRAINT `FK_3c03cf0d79eec40f15714e60f51` FOREIGN KEY (`registration_id`) REFERENCES `registration`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session_seat` ADD CONSTRAINT `FK_349a55513235a9386671653f0f6` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `session_seat` DROP FOREIGN KEY `FK_349a55513235a9386671653f0f6`");
    await queryRunner.query("ALTER TABLE `session_seat` DROP FOREIGN KEY `FK_3c03cf0d79eec40f15714e60f51`");
    await queryRunner.query("ALTER TABLE `registration` DROP FOREIGN KEY `FK_3d12a31cfe12e0fe35f09fe4957`");
    await queryRunner.query("ALTER TABLE `session` DROP COLUMN `registration_closes_at`");
    await queryRunner.query("ALTER TABLE `session` DROP COLUMN `registration_opens_at`");
    await queryRunner.query("ALTER TABLE `session` DROP COLUMN `waitlist_seq`");
    await queryRunner.query("ALTER TABLE `session` DROP COLUMN `taken`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `personal_data_purged_at`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `registered_count`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `registration_capacity`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `requires_approval`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `registration_closes_at`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `registration_opens_at`");
    await queryRunner.query("DROP INDEX `UQ_session_seat` ON `session_seat`");
    await queryRunner.query("DROP INDEX `IDX_session_seat_queue` ON `session_seat`");
    await queryRunner.query("DROP TABLE `session_seat`");
    await queryRunner.query("DROP INDEX `IDX_38434f48b3c369f6c8e2fac10e` ON `registration`");
    await queryRunner.query("DROP INDEX `UQ_registration_email` ON `registration`");
    await queryRunner.query("DROP INDEX `UQ_registration_idempotency` ON `registration`");
    await queryRunner.query("DROP TABLE `registration`");
    await queryRunner.query("DROP INDEX `IDX_c9d3ed272e281eeb8be7353e2c` ON `outbox_message`");
    await queryRunner.query("DROP INDEX `IDX_outbox_due` ON `outbox_message`");
    await queryRunner.query("DROP TABLE `outbox_message`");
    await queryRunner.query("DROP TABLE `job_lease`");
  }
}
