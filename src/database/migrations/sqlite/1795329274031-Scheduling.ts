import { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduling1795329274031 implements MigrationInterface {
  name = 'Scheduling1795329274031';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"at\" datetime NOT NULL, \"account_id\" integer, \"account_email\" varchar(254), \"action\" varchar(32) NOT NULL, \"entity_type\" varchar(64) NOT NULL, \"entity_id\" integer, \"edition_id\" integer, \"before\" text, \"after\" text)");
    await queryRunner.query("CREATE INDEX \"IDX_audit_edition\" ON \"audit_entry\" (\"edition_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"program_release\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"version\" integer NOT NULL, \"note\" text, \"published_at\" datetime NOT NULL, \"published_by_id\" integer, \"published_by_email\" varchar(254))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_program_release_version\" ON \"program_release\" (\"edition_id\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"released_session\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"release_id\" integer NOT NULL, \"session_id\" integer NOT NULL, \"kind\" varchar CHECK( \"kind\" IN ('opening_ceremony','main_forum','sub_forum','summit','seminar','side_event','launch_event','exhibition','break') ) NOT NULL, \"title_zh\" varchar(300) NOT NULL, \"title_en\" varchar(300), \"theme_zh\" varchar(300), \"theme_en\" varchar(300), \"description_zh\" text, \"description_en\" text, \"starts_at\" datetime, \"ends_at\" datetime, \"day\" date, \"room_id\" integer, \"room_name_zh\" varchar(200), \"room_name_en\" varchar(200), \"capacity\" integer, \"status\" varchar CHECK( \"status\" IN ('scheduled','cancelled') ) NOT NULL, \"hosts\" text NOT NULL, \"speakers\" text NOT NULL, \"sequence\" integer NOT NULL DEFAULT (0), \"changes\" text NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_released_session_session\" ON \"released_session\" (\"session_id\", \"release_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_released_session\" ON \"released_session\" (\"release_id\", \"session_id\") ");
    await queryRunner.query("CREATE TABLE \"app_setting\" (\"key\" varchar(64) PRIMARY KEY NOT NULL, \"value\" text NOT NULL)");
    await queryRunner.query("DROP INDEX \"UQ_program_release_version\"");
    await queryRunner.query("CREATE TABLE \"temporary_program_release\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"version\" integer NOT NULL, \"note\" text, \"published_at\" datetime NOT NULL, \"published_by_id\" integer, \"published_by_email\" varchar(254), CONSTRAINT \"FK_649bbd6d10989856f95d3b30e70\" FOREIGN KEY (\"edition_id\") REFERENCES \"edition\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_program_release\"(\"id\", \"edition_id\", \"version\", \"note\", \"published_at\", \"published_by_id\", \"published_by_email\") SELECT \"id\", \"edition_id\", \"version\", \"note\", \"published_at\", \"published_by_id\", \"published_by_email\" FROM \"program_release\"");
    await queryRunner.query("DROP TABLE \"program_release\"");
    await queryRunner.query("ALTER TABLE \"temporary_program_release\" RENAME TO \"program_release\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_program_release_version\" ON \"program_release\" (\"edition_id\", \"version\") ");
    await queryRunner.query("DROP INDEX \"IDX_released_session_session\"");
    await queryRunner.query("DROP INDEX \"UQ_released_session\"");
    await queryRunner.query("CREATE TABLE \"temporary_released_session\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"release_id\" integer NOT NULL, \"session_id\" integer NOT NULL, \"kind\" varchar CHECK( \"kind\" IN ('opening_ceremony','main_forum','sub_forum','summit','seminar','side_event','launch_event','exhibition','break') ) NOT NULL, \"title_zh\" varchar(300) NOT NULL, \"title_en\" varchar(300), \"theme_zh\" varchar(300), \"theme_en\" varchar(300), \"description_zh\" text, \"description_en\" text, \"starts_at\" datetime, \"ends_at\" datetime, \"day\" date, \"room_id\" integer, \"room_name_zh\" varchar(200), \"room_name_en\" varchar(200), \"capacity\" integer, \"status\" varchar CHECK( \"status\" IN ('scheduled','cancelled') ) NOT NULL, \"hosts\" text NOT NULL, \"speakers\" text NOT NULL, \"sequence\" integer NOT NULL DEFAULT (0), \"changes\" text NOT NULL, CONSTRAINT \"FK_43b235f7c30858e77c5489c3562\" FOREIGN KEY (\"release_id\") REFERENCES \"program_release\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_ad4bc2bdb7a1f4273a7414f1ed7\" FOREIGN KEY (\"session_id\") REFERENCES \"session\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_released_session\"(\"id\", \"release_id\", \"session_id\", \"kind\", \"title_zh\", \"title_en\", \"theme_zh\", \"theme_en\", \"description_zh\", \"description_en\", \"starts_at\", \"ends_at\", \"day\", \"room_id\", \"room_name_zh\", \"room_name_en\", \"capacity\", \"status\", \"hosts\", \"speakers\", \"sequence\", \"changes\") SELECT \"id\", \"release_id\", \"session_id\", \"kind\", \"title_zh\", \"title_en\", \"theme_zh\", \"theme_en\", \"description_zh\", \"description_en\", \"starts_at\", \"ends_at\", \"day\", \"room_id\", \"room_name_zh\", \"room_name_en\", \"capacity\", \"status\", \"hosts\", \"speakers\", \"sequence\", \"changes\" FROM \"released_session\"");
    await queryRunner.query("DROP TABLE \"released_session\"");
    await queryRunner.query("ALTER TABLE \"temporary_released_session\" RENAME TO \"released_session\"");
    await queryRunner.query("CREATE INDEX \"IDX_released_session_session\" ON \"released_session\" (\"session_id\", \"release_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_released_session\" ON \"released_session\" (\"release_id\", \"session_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"UQ_released_session\"");
    await queryRunner.query("DROP INDEX \"IDX_released_session_session\"");
    await queryRunner.query("ALTER TABLE \"released_session\" RENAME TO \"temporary_released_session\"");
    await queryRunner.query("CREATE TABLE \"released_session\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"release_id\" integer NOT NULL, \"session_id\" integer NOT NULL, \"kind\" varchar CHECK( \"kind\" IN ('opening_ceremony','main_forum','sub_forum','summit','seminar','side_event','launch_event','exhibition','break') ) NOT NULL, \"title_zh\" varchar(300) NOT NULL, \"title_en\" varchar(300), \"theme_zh\" varchar(300), \"theme_en\" varchar(300), \"description_zh\" text, \"description_en\" text, \"starts_at\" datetime, \"ends_at\" datetime, \"day\" date, \"room_id\" integer, \"room_name_zh\" varchar(200), \"room_name_en\" varchar(200), \"capacity\" integer, \"status\" varchar CHECK( \"status\" IN ('scheduled','cancelled') ) NOT NULL, \"hosts\" text NOT NULL, \"speakers\" text NOT NULL, \"sequence\" integer NOT NULL DEFAULT (0), \"changes\" text NOT NULL)");
    await queryRunner.query("INSERT INTO \"released_session\"(\"id\", \"release_id\", \"session_id\", \"kind\", \"title_zh\", \"title_en\", \"theme_zh\", \"theme_en\", \"description_zh\", \"description_en\", \"starts_at\", \"ends_at\", \"day\", \"room_id\", \"room_name_zh\", \"room_name_en\", \"capacity\", \"status\", \"hosts\", \"speakers\", \"sequence\", \"changes\") SELECT \"id\", \"release_id\", \"session_id\", \"kind\", \"title_zh\", \"title_en\", \"theme_zh\", \"theme_en\", \"description_zh\", \"description_en\", \"starts_at\", \"ends_at\", \"day\", \"room_id\", \"room_name_zh\", \"room_name_en\", \"capacity\", \"status\", \"hosts\", \"speakers\", \"sequence\", \"changes\" FROM \"temporary_released_session\"");
    await queryRunner.query("DROP TABLE \"temporary_released_session\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_released_session\" ON \"released_session\" (\"release_id\", \"session_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_released_session_session\" ON \"released_session\" (\"session_id\", \"release_id\") ");
    await queryRunner.query("DROP INDEX \"UQ_program_release_version\"");
    await queryRunner.query("ALTER TABLE \"program_release\" RENAME TO \"temporary_program_release\"");
    await queryRunner.query("CREATE TABLE \"program_release\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"version\" integer NOT NULL, \"note\" text, \"published_at\" datetime NOT NULL, \"published_by_id\" integer, \"published_by_email\" varchar(254))");
    await queryRunner.query("INSERT INTO \"program_release\"(\"id\", \"edition_id\", \"version\", \"note\", \"published_at\", \"published_by_id\", \"published_by_email\") SELECT \"id\", \"edition_id\", \"version\", \"note\", \"published_at\", \"published_by_id\", \"published_by_email\" FROM \"temporary_program_release\"");
    await queryRunner.query("DROP TABLE \"temporary_program_release\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_program_release_version\" ON \"program_release\" (\"edition_id\", \"version\") ");
    await queryRunner.query("DROP TABLE \"app_setting\"");
    await queryRunner.query("DROP INDEX \"UQ_released_session\"");
    await queryRunner.query("DROP INDEX \"IDX_released_session_session\"");
    await queryRunner.query("DROP TABLE \"released_session\"");
    await queryRunner.query("DROP INDEX \"UQ_program_release_version\"");
    await queryRunner.query("DROP TABLE \"program_release\"");
    await queryRunner.query("DROP INDEX \"IDX_audit_edition\"");
    await queryRunner.query("DROP TABLE \"audit_entry\"");
  }
}
