import { MigrationInterface, QueryRunner } from 'typeorm';

/** A partner's new name waits for an organizer's approval (pending_name). */
export class PartnerRenameApproval1795500000801 implements MigrationInterface {
  name = 'PartnerRenameApproval1795500000801';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `organization` ADD `pending_name` varchar(200) NULL");
    await queryRunner.query("ALTER TABLE `organization` ADD `pending_name_since` datetime NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `pending_name_since`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `pending_name`");
  }
}
