import { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerPortal1795330921784 implements MigrationInterface {
  name = 'PartnerPortal1795330921784';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `attendee_list_grant` (`id` int NOT NULL AUTO_INCREMENT, `session_id` int NOT NULL, `organization_id` int NOT NULL, `granted_by_id` int NULL, `granted_at` datetime NOT NULL, UNIQUE INDEX `UQ_attendee_list_grant` (`session_id`, `organization_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `organization` ADD `description_en` text NULL");
    await queryRunner.query("ALTER TABLE `organization` ADD `contact_name` varchar(100) NULL");
    await queryRunner.query("ALTER TABLE `organization` ADD `contact_email` varchar(254) NULL");
    await queryRunner.query("ALTER TABLE `organization` ADD `contact_phone` varchar(32) NULL");
    await queryRunner.query("ALTER TABLE `organization` ADD `share_contact` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `organization` ADD `logo_file` varchar(100) NULL");
    await queryRunner.query("ALTER TABLE `organization` ADD `logo_content_type` varchar(50) NULL");
    await queryRunner.query("ALTER TABLE `attendee_list_grant` ADD CONSTRAINT `FK_98657399567a23aa0946170d5a8` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `attendee_list_grant` ADD CONSTRAINT `FK_28805874c49779b3fa057b68b84` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `attendee_list_grant` DROP FOREIGN KEY `FK_28805874c49779b3fa057b68b84`");
    await queryRunner.query("ALTER TABLE `attendee_list_grant` DROP FOREIGN KEY `FK_98657399567a23aa0946170d5a8`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `logo_content_type`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `logo_file`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `share_contact`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `contact_phone`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `contact_email`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `contact_name`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `description_en`");
    await queryRunner.query("DROP INDEX `UQ_attendee_list_grant` ON `attendee_list_grant`");
    await queryRunner.query("DROP TABLE `attendee_list_grant`");
  }
}
