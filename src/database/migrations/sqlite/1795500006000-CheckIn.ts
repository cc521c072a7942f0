import { MigrationInterface, QueryRunner } from 'typeorm';

export class CheckIn1795500006000 implements MigrationInterface {
  name = 'CheckIn1795500006000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"check_in\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"gate_id\" integer NOT NULL, \"registration_id\" integer NOT NULL, \"session_id\" integer, \"admission\" varchar(16), \"outcome\" varchar(16) NOT NULL, \"first_check_in_id\" integer, \"scanned_at\" datetime(3) NOT NULL, \"received_at\" datetime(3) NOT NULL, \"offline\" boolean NOT NULL DEFAULT (0), \"device_id\" varchar(40) NOT NULL, \"client_scan_id\" varchar(40) NOT NULL, \"staff_account_id\" integer, \"staff_name\" varchar(254))");
    await queryRunner.query("CREATE INDEX \"IDX_check_in_edition_scanned\" ON \"check_in\" (\"edition_id\", \"scanned_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_check_in_device_scan\" ON \"check_in\" (\"device_id\", \"client_scan_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_check_in_admission\" ON \"check_in\" (\"registration_id\", \"admission\") ");
    await queryRunner.query("CREATE TABLE \"check_in_gate\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"name\" varchar(60) NOT NULL, \"session_ids\" text, \"zone\" varchar(40), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"credential\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"registration_id\" integer NOT NULL, \"tier_id\" integer, \"generation\" integer NOT NULL DEFAULT (1), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"REL_d18fe75234bef73ab6eca8a20f\" UNIQUE (\"registration_id\"))");
    await queryRunner.query("CREATE TABLE \"credential_tier\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"name\" varchar(40) NOT NULL, \"name_en\" varchar(60), \"color\" varchar(7) NOT NULL, \"session_ids\" text, \"zones\" text, \"is_default\" boolean NOT NULL DEFAULT (0), \"position\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_credential_tier_name\" ON \"credential_tier\" (\"edition_id\", \"name\") ");
    await queryRunner.query("DROP INDEX \"IDX_check_in_edition_scanned\"");
    await queryRunner.query("DROP INDEX \"UQ_check_in_device_scan\"");
    await queryRunner.query("DROP INDEX \"UQ_check_in_admission\"");
    await queryRunner.query("CREATE TABLE \"temporary_check_in\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"gate_id\" integer NOT NULL, \"registration_id\" integer NOT NULL, \"session_id\" integer, \"admission\" varchar(16), \"outcome\" varchar(16) NOT NULL, \"first_check_in_id\" integer, \"scanned_at\" datetime(3) NOT NULL, \"received_at\" datetime(3) NOT NULL, \"offline\" boolean NOT NULL DEFAULT (0), \"device_id\" varchar(40) NOT NULL, \"client_scan_id\" varchar(40) NOT NULL, \"staff_account_id\" integer, \"staff_name\" varchar(254), CONSTRAINT \"FK_7f95e3911cf43882423fe0848b2\" FOREIGN KEY (\"gate_id\") REFERENCES \"check_in_gate\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_e2531b03868ef373d26e3682e89\" FOREIGN KEY (\"registration_id\") REFERENCES \"registration\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_check_in\"(\"id\", \"edition_id\", \"gate_id\", \"registration_id\", \"session_id\", \"admission\", \"outcome\", \"first_check_in_id\", \"scanned_at\", \"received_at\", \"offline\", \"device_id\", \"client_scan_id\", \"staff_account_id\", \"staff_name\") SELECT \"id\", \"edition_id\", \"gate_id\", \"registration_id\", \"session_id\", \"admission\", \"outcome\", \"first_check_in_id\", \"scanned_at\", \"received_at\", \"offline\", \"device_id\", \"client_scan_id\", \"staff_account_id\", \"staff_name\" FROM \"check_in\"");
    await queryRunner.query("DROP TABLE \"check_in\"");
    await queryRunner.query("ALTER TABLE \"temporary_check_in\" RENAME TO \"check_in\"");
    await queryRunner.query("CREATE INDEX \"IDX_check_in_edition_scanned\" ON \"check_in\" (\"edition_id\", \"scanned_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_check_in_device_scan\" ON \"check_in\" (\"device_id\", \"client_scan_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_check_in_admission\" ON \"check_in\" (\"registration_id\", \"admission\") ");
    await queryRunner.query("CREATE TABLE \"temporary_check_in_gate\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"name\" varchar(60) NOT NULL, \"session_ids\" text, \"zone\" varchar(40), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ed2797697f77c7f152e7e4b2a3f\" FOREIGN KEY (\"edition_id\") REFERENCES \"edition\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_check_in_gate\"(\"id\", \"edition_id\", \"name\", \"session_ids\", \"zone\", \"created_at\") SELECT \"id\", \"edition_id\", \"name\", \"session_ids\", \"zone\", \"created_at\" FROM \"check_in_gate\"");
    await queryRunner.query("DROP TABLE \"check_in_gate\"");
    await queryRunner.query("ALTER TABLE \"temporary_check_in_gate\" RENAME TO \"check_in_gate\"");
    await queryRunner.query("CREATE TABLE \"temporary_credential\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"registration_id\" integer NOT NULL, \"tier_id\" integer, \"generation\" integer NOT NULL DEFAULT (1), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"REL_d18fe75234bef73ab6eca8a20f\" UNIQUE (\"registration_id\"), CONSTRAINT \"FK_d18fe75234bef73ab6eca8a20fa\" FOREIGN KEY (\"registration_id\") REFERENCES \"registration\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_9de7d87699eaf6a480eb490173a\" FOREIGN KEY (\"tier_id\") REFERENCES \"credential_tier\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_credential\"(\"id\", \"registration_id\", \"tier_id\", \"generation\", \"updated_at\") SELECT \"id\", \"registration_id\", \"tier_id\", \"generation\", \"updated_at\" FROM \"credential\"");
    await queryRunner.query("DROP TABLE \"credential\"");
    await queryRunner.query("ALTER TABLE \"temporary_credential\" RENAME TO \"credential\"");
    await queryRunner.query("DROP INDEX \"UQ_credential_tier_name\"");
    await queryRunner.query("CREATE TABLE \"temporary_credential_tier\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"name\" varchar(40) NOT NULL, \"name_en\" varchar(60), \"color\" varchar(7) NOT NULL, \"session_ids\" text, \"zones\" text, \"is_default\" boolean NOT NULL DEFAULT (0), \"position\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_cccc35b0acd3a76272cd91bc00d\" FOREIGN KEY (\"edition_id\") REFERENCES \"edition\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_credential_tier\"(\"id\", \"edition_id\", \"name\", \"name_en\", \"color\", \"session_ids\", \"zones\", \"is_default\", \"position\", \"created_at\") SELECT \"id\", \"edition_id\", \"name\", \"name_en\", \"color\", \"session_ids\", \"zones\", \"is_default\", \"position\", \"created_at\" FROM \"credential_tier\"");
    await queryRunner.query("DROP TABLE \"credential_tier\"");
    await queryRunner.query("ALTER TABLE \"temporary_credential_tier\" RENAME TO \"credential_tier\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_credential_tier_name\" ON \"credential_tier\" (\"edition_id\", \"name\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"UQ_credential_tier_name\"");
    await queryRunner.query("ALTER TABLE \"credential_tier\" RENAME TO \"temporary_credential_tier\"");
    await queryRunner.query("CREATE TABLE \"credential_tier\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"name\" varchar(40) NOT NULL, \"name_en\" varchar(60), \"color\" varchar(7) NOT NULL, \"session_ids\" text, \"zones\" text, \"is_default\" boolean NOT NULL DEFAULT (0), \"position\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"credential_tier\"(\"id\", \"edition_id\", \"name\", \"name_en\", \"color\", \"session_ids\", \"zones\", \"is_default\", \"position\", \"created_at\") SELECT \"id\", \"edition_id\", \"name\", \"name_en\", \"color\", \"session_ids\", \"zones\", \"is_default\", \"position\", \"created_at\" FROM \"temporary_credential_tier\"");
    await queryRunner.query("DROP TABLE \"temporary_credential_tier\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_credential_tier_name\" ON \"credential_tier\" (\"edition_id\", \"name\") ");
    await queryRunner.query("ALTER TABLE \"credential\" RENAME TO \"temporary_credential\"");
    await queryRunner.query("CREATE TABLE \"credential\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"registration_id\" integer NOT NULL, \"tier_id\" integer, \"generation\" integer NOT NULL DEFAULT (1), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"REL_d18fe75234bef73ab6eca8a20f\" UNIQUE (\"registration_id\"))");
    await queryRunner.query("INSERT INTO \"credential\"(\"id\", \"registration_id\", \"tier_id\", \"generation\", \"updated_at\") SELECT \"id\", \"registration_id\", \"tier_id\", \"generation\", \"updated_at\" FROM \"temporary_credential\"");
    await queryRunner.query("DROP TABLE \"temporary_credential\"");
    await queryRunner.query("ALTER TABLE \"check_in_gate\" RENAME TO \"temporary_check_in_gate\"");
    await queryRunner.query("CREATE TABLE \"check_in_gate\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"name\" varchar(60) NOT NULL, \"session_ids\" text, \"zone\" varchar(40), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"check_in_gate\"(\"id\", \"edition_id\", \"name\", \"session_ids\", \"zone\", \"created_at\") SELECT \"id\", \"edition_id\", \"name\", \"session_ids\", \"zone\", \"created_at\" FROM \"temporary_check_in_gate\"");
    await queryRunner.query("DROP TABLE \"temporary_check_in_gate\"");
    await queryRunner.query("DROP INDEX \"UQ_check_in_admission\"");
    await queryRunner.query("DROP INDEX \"UQ_check_in_device_scan\"");
    await queryRunner.query("DROP INDEX \"IDX_check_in_edition_scanned\"");
    await queryRunner.query("ALTER TABLE \"check_in\" RENAME TO \"temporary_check_in\"");
    await queryRunner.query("CREATE TABLE \"check_in\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"gate_id\" integer NOT NULL, \"registration_id\" integer NOT NULL, \"session_id\" integer, \"admission\" varchar(16), \"outcome\" varchar(16) NOT NULL, \"first_check_in_id\" integer, \"scanned_at\" datetime(3) NOT NULL, \"received_at\" datetime(3) NOT NULL, \"offline\" boolean NOT NULL DEFAULT (0), \"device_id\" varchar(40) NOT NULL, \"client_scan_id\" varchar(40) NOT NULL, \"staff_account_id\" integer, \"staff_name\" varchar(254))");
    await queryRunner.query("INSERT INTO \"check_in\"(\"id\", \"edition_id\", \"gate_id\", \"registration_id\", \"session_id\", \"admission\", \"outcome\", \"first_check_in_id\", \"scanned_at\", \"received_at\", \"offline\", \"device_id\", \"client_scan_id\", \"staff_account_id\", \"staff_name\") SELECT \"id\", \"edition_id\", \"gate_id\", \"registration_id\", \"session_id\", \"admission\", \"outcome\", \"first_check_in_id\", \"scanned_at\", \"received_at\", \"offline\", \"device_id\", \"client_scan_id\", \"staff_account_id\", \"staff_name\" FROM \"temporary_check_in\"");
    await queryRunner.query("DROP TABLE \"temporary_check_in\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_check_in_admission\" ON \"check_in\" (\"registration_id\", \"admission\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_check_in_device_scan\" ON \"check_in\" (\"device_id\", \"client_scan_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_check_in_edition_scanned\" ON \"check_in\" (\"edition_id\", \"scanned_at\") ");
    await queryRunner.query("DROP INDEX \"UQ_credential_tier_name\"");
    await queryRunner.query("DROP TABLE \"credential_tier\"");
    await queryRunner.query("DROP TABLE \"credential\"");
    await queryRunner.query("DROP TABLE \"check_in_gate\"");
    await queryRunner.query("DROP INDEX \"UQ_check_in_admission\"");
    await queryRunner.query("DROP INDEX \"UQ_check_in_device_scan\"");
    await queryRunner.query("DROP INDEX \"IDX_check_in_edition_scanned\"");
    await queryRunner.query("DROP TABLE \"check_in\"");
  }
}
