import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox message's kind becomes plain text, checked by the code: adding a kind of message (a
 * password reset, a resent link) no longer needs SQLite's copy-the-table dance for its CHECK list.
 */
export class OutboxKindAsText1795500000000 implements MigrationInterface {
  name = 'OutboxKindAsText1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_outbox_due\"");
    await queryRunner.query("CREATE TABLE \"temporary_outbox_message\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(40) NOT NULL, \"dedupe_key\" varchar(150) NOT NULL, \"registration_id\" integer, \"channel\" varchar(20) NOT NULL, \"address\" varchar(254) NOT NULL, \"language\" varchar(8) NOT NULL, \"template\" varchar(50) NOT NULL, \"params\" text NOT NULL, \"status\" varchar CHECK( \"status\" IN ('pending','sending','sent','failed') ) NOT NULL DEFAULT ('pending'), \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime NOT NULL, \"claimed_by\" varchar(100), \"claimed_until\" datetime, \"sent_at\" datetime, \"last_error\" varchar(500), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_c9d3ed272e281eeb8be7353e2cd\" UNIQUE (\"dedupe_key\"))");
    await queryRunner.query("INSERT INTO \"temporary_outbox_message\"(\"id\", \"kind\", \"dedupe_key\", \"registration_id\", \"channel\", \"address\", \"language\", \"template\", \"params\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_by\", \"claimed_until\", \"sent_at\", \"last_error\", \"created_at\") SELECT \"id\", \"kind\", \"dedupe_key\", \"registration_id\", \"channel\", \"address\", \"language\", \"template\", \"params\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_by\", \"claimed_until\", \"sent_at\", \"last_error\", \"created_at\" FROM \"outbox_message\"");
    await queryRunner.query("DROP TABLE \"outbox_message\"");
    await queryRunner.query("ALTER TABLE \"temporary_outbox_message\" RENAME TO \"outbox_message\"");
    await queryRunner.query("CREATE INDEX \"IDX_outbox_due\" ON \"outbox_message\" (\"status\", \"next_attempt_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Kinds added since cannot pass the old CHECK list: they are sent or dropped before going back.
    await queryRunner.query("DELETE FROM \"outbox_message\" WHERE \"kind\" NOT IN ('confirmation','waitlist_promotion','session_changed','reminder','approval','rejection','cancellation')");
    await queryRunner.query("DROP INDEX \"IDX_outbox_due\"");
    await queryRunner.query("CREATE TABLE \"temporary_outbox_message\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar CHECK( \"kind\" IN ('confirmation','waitlist_promotion','session_changed','reminder','approval','rejection','cancellation') ) NOT NULL, \"dedupe_key\" varchar(150) NOT NULL, \"registration_id\" integer, \"channel\" varchar(20) NOT NULL, \"address\" varchar(254) NOT NULL, \"language\" varchar(8) NOT NULL, \"template\" varchar(50) NOT NULL, \"params\" text NOT NULL, \"status\" varchar CHECK( \"status\" IN ('pending','sending','sent','failed') ) NOT NULL DEFAULT ('pending'), \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime NOT NULL, \"claimed_by\" varchar(100), \"claimed_until\" datetime, \"sent_at\" datetime, \"last_error\" varchar(500), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_c9d3ed272e281eeb8be7353e2cd\" UNIQUE (\"dedupe_key\"))");
    await queryRunner.query("INSERT INTO \"temporary_outbox_message\"(\"id\", \"kind\", \"dedupe_key\", \"registration_id\", \"channel\", \"address\", \"language\", \"template\", \"params\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_by\", \"claimed_until\", \"sent_at\", \"last_error\", \"created_at\") SELECT \"id\", \"kind\", \"dedupe_key\", \"registration_id\", \"channel\", \"address\", \"language\", \"template\", \"params\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_by\", \"claimed_until\", \"sent_at\", \"last_error\", \"created_at\" FROM \"outbox_message\"");
    await queryRunner.query("DROP TABLE \"outbox_message\"");
    await queryRunner.query("ALTER TABLE \"temporary_outbox_message\" RENAME TO \"outbox_message\"");
    await queryRunner.query("CREATE INDEX \"IDX_outbox_due\" ON \"outbox_message\" (\"status\", \"next_attempt_at\") ");
  }
}
