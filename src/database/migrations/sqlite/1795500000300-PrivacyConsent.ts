import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent to the privacy notice (个人信息处理告知): each edition's own notice, and on each
 * registration the version consented to and when. Nullable columns, added in place (no table
 * copy): every edition starts on the default notice, earlier registrations record no consent.
 */
export class PrivacyConsent1795500000300 implements MigrationInterface {
  name = 'PrivacyConsent1795500000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "edition" ADD COLUMN "privacy_notice_version" varchar(40)');
    await queryRunner.query('ALTER TABLE "edition" ADD COLUMN "privacy_notice_zh" text');
    await queryRunner.query('ALTER TABLE "edition" ADD COLUMN "privacy_notice_en" text');
    await queryRunner.query('ALTER TABLE "edition" ADD COLUMN "privacy_notice_updated_at" datetime');
    await queryRunner.query('ALTER TABLE "registration" ADD COLUMN "privacy_notice_version" varchar(40)');
    await queryRunner.query('ALTER TABLE "registration" ADD COLUMN "privacy_consented_at" datetime');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "registration" DROP COLUMN "privacy_consented_at"');
    await queryRunner.query('ALTER TABLE "registration" DROP COLUMN "privacy_notice_version"');
    await queryRunner.query('ALTER TABLE "edition" DROP COLUMN "privacy_notice_updated_at"');
    await queryRunner.query('ALTER TABLE "edition" DROP COLUMN "privacy_notice_en"');
    await queryRunner.query('ALTER TABLE "edition" DROP COLUMN "privacy_notice_zh"');
    await queryRunner.query('ALTER TABLE "edition" DROP COLUMN "privacy_notice_version"');
  }
}
