import { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerPortal1795330921198 implements MigrationInterface {
  name = 'PartnerPortal1795330921198';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"attendee_list_grant\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"organization_id\" integer NOT NULL, \"granted_by_id\" integer, \"granted_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_attendee_list_grant\" ON \"attendee_list_grant\" (\"session_id\", \"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"temporary_organization\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name_zh\" varchar(200) NOT NULL, \"name_en\" varchar(300), \"short_name\" varchar(100), \"kind\" varchar CHECK( \"kind\" IN ('government','social_organization','enterprise','media','other') ) NOT NULL DEFAULT ('other'), \"website\" varchar(300), \"description_zh\" text, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"description_en\" text, \"contact_name\" varchar(100), \"contact_email\" varchar(254), \"contact_phone\" varchar(32), \"share_contact\" boolean NOT NULL DEFAULT (0), \"logo_file\" varchar(100), \"logo_content_type\" varchar(50), CONSTRAINT \"UQ_adbcd5575531f026311473265bf\" UNIQUE (\"name_zh\"))");
    await queryRunner.query("INSERT INTO \"temporary_organization\"(\"id\", \"name_zh\", \"name_en\", \"short_name\", \"kind\", \"website\", \"description_zh\", \"created_at\", \"updated_at\") SELECT \"id\", \"name_zh\", \"name_en\", \"short_name\", \"kind\", \"website\", \"description_zh\", \"created_at\", \"updated_at\" FROM \"organization\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("ALTER TABLE \"temporary_organization\" RENAME TO \"organization\"");
    await queryRunner.query("DROP INDEX \"UQ_attendee_list_grant\"");
    await queryRunner.query("CREATE TABLE \"temporary_attendee_list_grant\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"organization_id\" integer NOT NULL, \"granted_by_id\" integer, \"granted_at\" datetime NOT NULL, CONSTRAINT \"FK_98657399567a23aa0946170d5a8\" FOREIGN KEY (\"session_id\") REFERENCES \"session\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_28805874c49779b3fa057b68b84\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_attendee_list_grant\"(\"id\", \"session_id\", \"organization_id\", \"granted_by_id\", \"granted_at\") SELECT \"id\", \"session_id\", \"organization_id\", \"granted_by_id\", \"granted_at\" FROM \"attendee_list_grant\"");
    await queryRunner.query("DROP TABLE \"attendee_list_grant\"");
    await queryRunner.query("ALTER TABLE \"temporary_attendee_list_grant\" RENAME TO \"attendee_list_grant\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_attendee_list_grant\" ON \"attendee_list_grant\" (\"session_id\", \"organization_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"UQ_attendee_list_grant\"");
    await queryRunner.query("ALTER TABLE \"attendee_list_grant\" RENAME TO \"temporary_attendee_list_grant\"");
    await queryRunner.query("CREATE TABLE \"attendee_list_grant\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"organization_id\" integer NOT NULL, \"granted_by_id\" integer, \"granted_at\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"attendee_list_grant\"(\"id\", \"session_id\", \"organization_id\", \"granted_by_id\", \"granted_at\") SELECT \"id\", \"session_id\", \"organization_id\", \"granted_by_id\", \"granted_at\" FROM \"temporary_attendee_list_grant\"");
    await queryRunner.query("DROP TABLE \"temporary_attendee_list_grant\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_attendee_list_grant\" ON \"attendee_list_grant\" (\"session_id\", \"organization_id\") ");
    await queryRunner.query("ALTER TABLE \"organization\" RENAME TO \"temporary_organization\"");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name_zh\" varchar(200) NOT NULL, \"name_en\" varchar(300), \"short_name\" varchar(100), \"kind\" varchar CHECK( \"kind\" IN ('government','social_organization','enterprise','media','other') ) NOT NULL DEFAULT ('other'), \"website\" varchar(300), \"description_zh\" text, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_adbcd5575531f026311473265bf\" UNIQUE (\"name_zh\"))");
    await queryRunner.query("INSERT INTO \"organization\"(\"id\", \"name_zh\", \"name_en\", \"short_name\", \"kind\", \"website\", \"description_zh\", \"created_at\", \"updated_at\") SELECT \"id\", \"name_zh\", \"name_en\", \"short_name\", \"kind\", \"website\", \"description_zh\", \"created_at\", \"updated_at\" FROM \"temporary_organization\"");
    await queryRunner.query("DROP TABLE \"temporary_organization\"");
    await queryRunner.query("DROP INDEX \"UQ_attendee_list_grant\"");
    await queryRunner.query("DROP TABLE \"attendee_list_grant\"");
  }
}
