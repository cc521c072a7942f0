import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeatingPlan1795500008200 implements MigrationInterface {
  name = 'SeatingPlan1795500008200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"seating_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"convention\" varchar CHECK( \"convention\" IN ('chinese','international') ) NOT NULL DEFAULT ('chinese'), \"row_sizes\" text NOT NULL, \"guest_ids\" text, \"pins\" text NOT NULL, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_seating_plan_session\" ON \"seating_plan\" (\"session_id\") ");
    await queryRunner.query("DROP INDEX \"UQ_seating_plan_session\"");
    await queryRunner.query("CREATE TABLE \"temporary_seating_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"convention\" varchar CHECK( \"convention\" IN ('chinese','international') ) NOT NULL DEFAULT ('chinese'), \"row_sizes\" text NOT NULL, \"guest_ids\" text, \"pins\" text NOT NULL, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_fba7dd8f7fa30ee031e9aebcd68\" FOREIGN KEY (\"session_id\") REFERENCES \"session\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_seating_plan\"(\"id\", \"session_id\", \"convention\", \"row_sizes\", \"guest_ids\", \"pins\", \"updated_at\") SELECT \"id\", \"session_id\", \"convention\", \"row_sizes\", \"guest_ids\", \"pins\", \"updated_at\" FROM \"seating_plan\"");
    await queryRunner.query("DROP TABLE \"seating_plan\"");
    await queryRunner.query("ALTER TABLE \"temporary_seating_plan\" RENAME TO \"seating_plan\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_seating_plan_session\" ON \"seating_plan\" (\"session_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"UQ_seating_plan_session\"");
    await queryRunner.query("ALTER TABLE \"seating_plan\" RENAME TO \"temporary_seating_plan\"");
    await queryRunner.query("CREATE TABLE \"seating_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"convention\" varchar CHECK( \"convention\" IN ('chinese','international') ) NOT NULL DEFAULT ('chinese'), \"row_sizes\" text NOT NULL, \"guest_ids\" text, \"pins\" text NOT NULL, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"seating_plan\"(\"id\", \"session_id\", \"convention\", \"row_sizes\", \"guest_ids\", \"pins\", \"updated_at\") SELECT \"id\", \"session_id\", \"convention\", \"row_sizes\", \"guest_ids\", \"pins\", \"updated_at\" FROM \"temporary_seating_plan\"");
    await queryRunner.query("DROP TABLE \"temporary_seating_plan\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_seating_plan_session\" ON \"seating_plan\" (\"session_id\") ");
    await queryRunner.query("DROP INDEX \"UQ_seating_plan_session\"");
    await queryRunner.query("DROP TABLE \"seating_plan\"");
  }
}
