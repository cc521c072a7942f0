import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationConfirmation1795500001000 implements MigrationInterface {
  name = 'RegistrationConfirmation1795500001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `edition` ADD `registration_confirmation` varchar(8) NOT NULL DEFAULT 'none'");
    await queryRunner.query("ALTER TABLE `edition` ADD `confirmation_window_minutes` int NOT NULL DEFAULT '30'");
    await queryRunner.query("ALTER TABLE `registration` ADD `confirm_by` datetime NULL");
    await queryRunner.query("ALTER TABLE `registration` CHANGE `status` `status` enum ('pending', 'confirmed', 'rejected', 'cancelled', 'unconfirmed') NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `registration` CHANGE `status` `status` enum ('pending', 'confirmed', 'rejected', 'cancelled') NOT NULL");
    await queryRunner.query("ALTER TABLE `registration` DROP COLUMN `confirm_by`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `confirmation_window_minutes`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `registration_confirmation`");
  }
}
