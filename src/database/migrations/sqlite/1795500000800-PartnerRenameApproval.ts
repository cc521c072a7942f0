import { MigrationInterface, QueryRunner } from 'typeorm';

/** A partner's new name waits for an organizer's approval (pending_name). */
export class PartnerRenameApproval1795500000800 implements MigrationInterface {
  name = 'PartnerRenameApproval1795500000800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_organization\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name_zh\" varchar(200) NOT NULL, \"name_en\" varchar(300), \"short_name\" varchar(100), \"kind\" varchar CHECK( \"kind\" IN ('government','social_organization','enterprise','media','other') ) NOT NULL DEFAULT ('other'), \"website\" varchar(300), \"description_zh\" text, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"description_en\" text, \"contact_name\" varchar(100), \"contact_email\" varchar(254), \"contact_phone\" varchar(32), \"share_contact\" boolean NOT NULL DEFAULT (0), \"logo_file\" varchar(100), \"logo_content_type\" varchar(50), \"pending_name\" varchar(200), \"pending_name_since\" datetime, CONSTRAINT \"UQ_adbcd5575531f026311473265bf\" UNIQUE (\"name_zh\"))");
    await queryRunner.query("INSERT INTO \"temporary_organization\"(\"id\", \"name_zh\", \"name_en\", \"short_name\", \"kind\", \"website\", \"description_zh\", \"created_at\", \"updated_at\", \"description_en\", \"contact_name\", \"contact_email\", \"contact_phone\", \"share_contact\", \"logo_file\", \"logo_content_type\") SELECT \"id\", \"name_zh\", \"name_en\", \"short_name\", \"kind\", \"website\", \"description_zh\", \"created_at\", \"updated_at\", \"description_en\", \"contact_name\", \"contact_email\", \"contact_phone\", \"share_contact\", \"logo_file\", \"logo_content_type\" FROM \"organization\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("ALTER TABLE \"temporary_organization\" RENAME TO \"organization\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"organization\" RENAME TO \"temporary_organization\"");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name_zh\" varchar(200) NOT NULL, \"name_en\" varchar(300), \"short_name\" varchar(100), \"kind\" varchar CHECK( \"kind\" IN ('government','social_organization','enterprise','media','other') ) NOT NULL DEFAULT ('other'), \"website\" varchar(300), \"description_zh\" text, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"description_en\" text, \"contact_name\" varchar(100), \"contact_email\" varchar(254), \"contact_phone\" varchar(32), \"share_contact\" boolean NOT NULL DEFAULT (0), \"logo_file\" varchar(100), \"logo_content_type\" varchar(50), CONSTRAINT \"UQ_adbcd5575531f026311473265bf\" UNIQUE (\"name_zh\"))");
    await queryRunner.query("INSERT INTO \"organization\"(\"id\", \"name_zh\", \"name_en\", \"short_name\", \"kind\", \"website\", \"description_zh\", \"created_at\", \"updated_at\", \"description_en\", \"contact_name\", \"contact_email\", \"contact_phone\", \"share_contact\", \"logo_file\", \"logo_content_type\") SELECT \"id\", \"name_zh\", \"name_en\", \"short_name\", \"kind\", \"website\", \"description_zh\", \"created_at\", \"updated_at\", \"description_en\", \"contact_name\", \"contact_email\", \"contact_phone\", \"share_contact\", \"logo_file\", \"logo_content_type\" FROM \"temporary_organization\"");
    await queryRunner.query("DROP TABLE \"temporary_organization\"");
  }
}
