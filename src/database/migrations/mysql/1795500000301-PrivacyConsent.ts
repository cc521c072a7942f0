import { MigrationInterface, QueryRunner } from 'typeorm';

/** Consent to the privacy notice (个人信息处理告知): each edition's own notice; on each registration the version consented to and when. */
export class PrivacyConsent1795500000301 implements MigrationInterface {
  name = 'PrivacyConsent1795500000301';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `edition` ADD `privacy_notice_version` varchar(40) NULL");
    await queryRunner.query("ALTER TABLE `edition` ADD `privacy_notice_zh` text NULL");
    await queryRunner.query("ALTER TABLE `edition` ADD `privacy_notice_en` text NULL");
    await queryRunner.query("ALTER TABLE `edition` ADD `privacy_notice_updated_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `registration` ADD `privacy_notice_version` varchar(40) NULL");
    await queryRunner.query("ALTER TABLE `registration` ADD `privacy_consented_at` datetime NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `registration` DROP COLUMN `privacy_consented_at`");
    await queryRunner.query("ALTER TABLE `registration` DROP COLUMN `privacy_notice_version`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `privacy_notice_updated_at`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `privacy_notice_en`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `privacy_notice_zh`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `privacy_notice_version`");
  }
}
