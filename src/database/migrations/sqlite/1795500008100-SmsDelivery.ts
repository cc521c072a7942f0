import { MigrationInterface, QueryRunner } from 'typeorm';

export class SmsDelivery1795500008100 implements MigrationInterface {
  name = 'SmsDelivery1795500008100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sms_delivery\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"outbox_message_id\" integer, \"provider\" varchar(20) NOT NULL, \"phone\" varchar(32) NOT NULL, \"template\" varchar(50) NOT NULL, \"provider_message_id\" varchar(100), \"status\" varchar CHECK( \"status\" IN ('accepted','delivered','failed') ) NOT NULL DEFAULT ('accepted'), \"report_code\" varchar(100), \"reported_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_sms_delivery_provider_message\" ON \"sms_delivery\" (\"provider\", \"provider_message_id\") ");
    await queryRunner.query("CREATE TABLE \"sms_number_window\" (\"subject_key\" varchar(64) PRIMARY KEY NOT NULL, \"hits\" integer NOT NULL DEFAULT (0), \"ends_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_sms_number_window_ends\" ON \"sms_number_window\" (\"ends_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_sms_number_window_ends\"");
    await queryRunner.query("DROP TABLE \"sms_number_window\"");
    await queryRunner.query("DROP INDEX \"IDX_sms_delivery_provider_message\"");
    await queryRunner.query("DROP TABLE \"sms_delivery\"");
  }
}
