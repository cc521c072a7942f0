import { MigrationInterface, QueryRunner } from 'typeorm';

export class GuestImports1795500007100 implements MigrationInterface {
  name = 'GuestImports1795500007100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"guest_import_row\" (\"import_id\" integer NOT NULL, \"row\" integer NOT NULL, \"fields\" text, \"problems\" text, PRIMARY KEY (\"import_id\", \"row\"))");
    await queryRunner.query("CREATE TABLE \"guest_import\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"file_name\" varchar(200) NOT NULL, \"digest\" varchar(64) NOT NULL, \"row_count\" integer NOT NULL, \"error_count\" integer NOT NULL, \"confirmed_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"temporary_guest_import_row\" (\"import_id\" integer NOT NULL, \"row\" integer NOT NULL, \"fields\" text, \"problems\" text, CONSTRAINT \"FK_0948e5dd75d6802061394ceef77\" FOREIGN KEY (\"import_id\") REFERENCES \"guest_import\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"import_id\", \"row\"))");
    await queryRunner.query("INSERT INTO \"temporary_guest_import_row\"(\"import_id\", \"row\", \"fields\", \"problems\") SELECT \"import_id\", \"row\", \"fields\", \"problems\" FROM \"guest_import_row\"");
    await queryRunner.query("DROP TABLE \"guest_import_row\"");
    await queryRunner.query("ALTER TABLE \"temporary_guest_import_row\" RENAME TO \"guest_import_row\"");
    await queryRunner.query("CREATE TABLE \"temporary_guest_import\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"file_name\" varchar(200) NOT NULL, \"digest\" varchar(64) NOT NULL, \"row_count\" integer NOT NULL, \"error_count\" integer NOT NULL, \"confirmed_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_a705e469701c05c9972a583f776\" FOREIGN KEY (\"edition_id\") REFERENCES \"edition\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_guest_import\"(\"id\", \"edition_id\", \"file_name\", \"digest\", \"row_count\", \"error_count\", \"confirmed_at\", \"created_at\") SELECT \"id\", \"edition_id\", \"file_name\", \"digest\", \"row_count\", \"error_count\", \"confirmed_at\", \"created_at\" FROM \"guest_import\"");
    await queryRunner.query("DROP TABLE \"guest_import\"");
    await queryRunner.query("ALTER TABLE \"temporary_guest_import\" RENAME TO \"guest_import\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"guest_import\" RENAME TO \"temporary_guest_import\"");
    await queryRunner.query("CREATE TABLE \"guest_import\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"file_name\" varchar(200) NOT NULL, \"digest\" varchar(64) NOT NULL, \"row_count\" integer NOT NULL, \"error_count\" integer NOT NULL, \"confirmed_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"guest_import\"(\"id\", \"edition_id\", \"file_name\", \"digest\", \"row_count\", \"error_count\", \"confirmed_at\", \"created_at\") SELECT \"id\", \"edition_id\", \"file_name\", \"digest\", \"row_count\", \"error_count\", \"confirmed_at\", \"created_at\" FROM \"temporary_guest_import\"");
    await queryRunner.query("DROP TABLE \"temporary_guest_import\"");
    await queryRunner.query("ALTER TABLE \"guest_import_row\" RENAME TO \"temporary_guest_import_row\"");
    await queryRunner.query("CREATE TABLE \"guest_import_row\" (\"import_id\" integer NOT NULL, \"row\" integer NOT NULL, \"fields\" text, \"problems\" text, PRIMARY KEY (\"import_id\", \"row\"))");
    await queryRunner.query("INSERT INTO \"guest_import_row\"(\"import_id\", \"row\", \"fields\", \"problems\") SELECT \"import_id\", \"row\", \"fields\", \"problems\" FROM \"temporary_guest_import_row\"");
    await queryRunner.query("DROP TABLE \"temporary_guest_import_row\"");
    await queryRunner.query("DROP TABLE \"guest_import\"");
    await queryRunner.query("DROP TABLE \"guest_import_row\"");
  }
}
