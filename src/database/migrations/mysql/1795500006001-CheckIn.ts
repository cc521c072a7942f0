import { MigrationInterface, QueryRunner } from 'typeorm';

export class CheckIn1795500006001 implements MigrationInterface {
  name = 'CheckIn1795500006001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `check_in` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `gate_id` int NOT NULL, `registration_id` int NOT NULL, `session_id` int NULL, `admission` varchar(16) NULL, `outcome` varchar(16) NOT NULL, `first_check_in_id` int NULL, `scanned_at` datetime(3) NOT NULL, `received_at` datetime(3) NOT NULL, `offline` tinyint NOT NULL DEFAULT 0, `device_id` varchar(40) NOT NULL, `client_scan_id` varchar(40) NOT NULL, `staff_account_id` int NULL, `staff_name` varchar(254) NULL, INDEX `IDX_check_in_edition_scanned` (`edition_id`, `scanned_at`), UNIQUE INDEX `UQ_check_in_device_scan` (`device_id`, `client_scan_id`), UNIQUE INDEX `UQ_check_in_admission` (`registration_id`, `admission`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `check_in_gate` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `name` varchar(60) NOT NULL, `session_ids` text NULL, `zone` varchar(40) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `credential` (`id` int NOT NULL AUTO_INCREMENT, `registration_id` int NOT NULL, `tier_id` int NULL, `generation` int NOT NULL DEFAULT '1', `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `REL_d18fe75234bef73ab6eca8a20f` (`registration_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `credential_tier` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `name` varchar(40) NOT NULL, `name_en` varchar(60) NULL, `color` varchar(7) NOT NULL, `session_ids` text NULL, `zones` text NULL, `is_default` tinyint NOT NULL DEFAULT 0, `position` int NOT NULL DEFAULT '0', `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_credential_tier_name` (`edition_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `check_in` ADD CONSTRAINT `FK_7f95e3911cf43882423fe0848b2` FOREIGN KEY (`gate_id`) REFERENCES `check_in_gate`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `check_in` ADD CONSTRAINT `FK_e2531b03868ef373d26e3682e89` FOREIGN KEY (`registration_id`) REFERENCES `registration`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `check_in_gate` ADD CONSTRAINT `FK_ed2797697f77c7f152e7e4b2a3f` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `credential` ADD CONSTRAINT `FK_d18fe75234bef73ab6eca8a20fa` FOREIGN KEY (`registration_id`) REFERENCES `registration`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `credential` ADD CONSTRAINT `FK_9de7d87699eaf6a480eb490173a` FOREIGN KEY (`tier_id`) REFERENCES `credential_tier`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `credential_tier` ADD CONSTRAINT `FK_cccc35b0acd3a76272cd91bc00d` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `credential_tier` DROP FOREIGN KEY `FK_cccc35b0acd3a76272cd91bc00d`");
    await queryRunner.query("ALTER TABLE `credential` DROP FOREIGN KEY `FK_9de7d87699eaf6a480eb490173a`");
    await queryRunner.query("ALTER TABLE `credential` DROP FOREIGN KEY `FK_d18fe75234bef73ab6eca8a20fa`");
    await queryRunner.query("ALTER TABLE `check_in_gate` DROP FOREIGN KEY `FK_ed2797697f77c7f152e7e4b2a3f`");
    await queryRunner.query("ALTER TABLE `check_in` DROP FOREIGN KEY `FK_e2531b03868ef373d26e3682e89`");
    await queryRunner.query("ALTER TABLE `check_in` DROP FOREIGN KEY `FK_7f95e3911cf43882423fe0848b2`");
    await queryRunner.query("DROP INDEX `UQ_credential_tier_name` ON `credential_tier`");
    await queryRunner.query("DROP TABLE `credential_tier`");
    await queryRunner.query("DROP INDEX `REL_d18fe75234bef73ab6eca8a20f` ON `credential`");
    await queryRunner.query("DROP TABLE `credential`");
    await queryRunner.query("DROP TABLE `check_in_gate`");
    await queryRunner.query("DROP INDEX `UQ_check_in_admission` ON `check_in`");
    await queryRunner.query("DROP INDEX `UQ_check_in_device_scan` ON `check_in`");
    await queryRunner.query("DROP INDEX `IDX_check_in_edition_scanned` ON `check_in`");
    await queryRunner.query("DROP TABLE `check_in`");
  }
}
