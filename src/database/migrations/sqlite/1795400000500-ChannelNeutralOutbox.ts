import { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox messages become channel-neutral: a channel, an address on it, a template key and its parameters. */
export class ChannelNeutralOutbox1795400000500 implements MigrationInterface {
  name = 'ChannelNeutralOutbox1795400000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_outbox_due\"");
    await queryRunner.query("CREATE TABLE \"temporary_outbox_message\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar CHECK( \"kind\" IN ('confirmation','waitlist_promotion','session_changed','reminder','approval','rejection','cancellation') ) NOT NULL, \"dedupe_key\" varchar(150) NOT NULL, \"registration_id\" integer, \"channel\" varchar(20) NOT NULL, \"address\" varchar(254) NOT NULL, \"language\" varchar(8) NOT NULL, \"template\" varchar(50) NOT NULL, \"params\" text NOT NULL, \"status\" varchar CHECK( \"status\" IN ('pending','sending','sent','failed') ) NOT NULL DEFAULT ('pending'), \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime NOT NULL, \"claimed_by\" varchar(100), \"claimed_until\" datetime, \"sent_at\" datetime, \"last_error\" varchar(500), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_c9d3ed272e281eeb8be7353e2cd\" UNIQUE (\"dedupe_key\"))");
    // Rows from before were written out in full: they keep their words through the `verbatim` template.
    await queryRunner.query("INSERT INTO \"temporary_outbox_message\"(\"id\", \"kind\", \"dedupe_key\", \"registration_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_by\", \"claimed_until\", \"sent_at\", \"last_error\", \"created_at\", \"channel\", \"address\", \"language\", \"template\", \"params\") SELECT \"id\", \"kind\", \"dedupe_key\", \"registration_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_by\", \"claimed_until\", \"sent_at\", \"last_error\", \"created_at\", 'email', \"to_address\", 'zh', 'verbatim', json_object('subject', \"subject\", 'body', \"body\") FROM \"outbox_message\"");
    await queryRunner.query("DROP TABLE \"outbox_message\"");
    await queryRunner.query("ALTER TABLE \"temporary_outbox_message\" RENAME TO \"outbox_message\"");
    await queryRunner.query("CREATE INDEX \"IDX_outbox_due\" ON \"outbox_message\" (\"status\", \"next_attempt_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_outbox_due\"");
    await queryRunner.query("ALTER TABLE \"outbox_message\" RENAME TO \"temporary_outbox_message\"");
    await queryRunner.query("CREATE TABLE \"outbox_message\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar CHECK( \"kind\" IN ('confirmation','waitlist_promotion','session_changed','reminder','approval','rejection','cancellation') ) NOT NULL, \"dedupe_key\" varchar(150) NOT NULL, \"registration_id\" integer, \"to_address\" varchar(254) NOT NULL, \"subject\" varchar(300) NOT NULL, \"body\" text NOT NULL, \"status\" varchar CHECK( \"status\" IN ('pending','sending','sent','failed') ) NOT NULL DEFAULT ('pending'), \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime NOT NULL, \"claimed_by\" varchar(100), \"claimed_until\" datetime, \"sent_at\" datetime, \"last_error\" varchar(500), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_c9d3ed272e281eeb8be7353e2cd\" UNIQUE (\"dedupe_key\"))");
    // Only verbatim rows have their words stored; a templated row keeps its key and parameters as its text.
    await queryRunner.query("INSERT INTO \"outbox_message\"(\"id\", \"kind\", \"dedupe_key\", \"registration_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_by\", \"claimed_until\", \"sent_at\", \"last_error\", \"created_at\", \"to_address\", \"subject\", \"body\") SELECT \"id\", \"kind\", \"dedupe_key\", \"registration_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_by\", \"claimed_until\", \"sent_at\", \"last_error\", \"created_at\", \"address\", substr(coalesce(json_extract(\"params\", '$.subject'), \"template\"), 1, 300), coalesce(json_extract(\"params\", '$.body'), \"params\") FROM \"temporary_outbox_message\"");
    await queryRunner.query("DROP TABLE \"temporary_outbox_message\"");
    await queryRunner.query("CREATE INDEX \"IDX_outbox_due\" ON \"outbox_message\" (\"status\", \"next_attempt_at\") ");
  }
}
