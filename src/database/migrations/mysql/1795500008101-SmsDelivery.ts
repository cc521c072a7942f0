import { MigrationInterface, QueryRunner } from 'typeorm';

export class SmsDelivery1795500008101 implements MigrationInterface {
  name = 'SmsDelivery1795500008101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `sms_delivery` (`id` int NOT NULL AUTO_INCREMENT, `outbox_message_id` int NULL, `provider` varchar(20) NOT NULL, `phone` varchar(32) NOT NULL, `template` varchar(50) NOT NULL, `provider_message_id` varchar(100) NULL, `status` enum ('accepted', 'delivered', 'failed') NOT NULL DEFAULT 'accepted', `report_code` varchar(100) NULL, `reported_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_sms_delivery_provider_message` (`provider`, `provider_message_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sms_number_window` (`subject_key` varchar(64) NOT NULL, `hits` int NOT NULL DEFAULT '0', `ends_at` datetime NOT NULL, INDEX `IDX_sms_number_window_ends` (`ends_at`), PRIMARY KEY (`subject_key`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_sms_number_window_ends` ON `sms_number_window`");
    await queryRunner.query("DROP TABLE `sms_number_window`");
    await queryRunner.query("DROP INDEX `IDX_sms_delivery_provider_message` ON `sms_delivery`");
    await queryRunner.query("DROP TABLE `sms_delivery`");
  }
}
