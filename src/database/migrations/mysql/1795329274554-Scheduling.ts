import { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduling1795329274554 implements MigrationInterface {
  name = 'Scheduling1795329274554';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_entry` (`id` int NOT NULL AUTO_INCREMENT, `at` datetime NOT NULL, `account_id` int NULL, `account_email` varchar(254) NULL, `action` varchar(32) NOT NULL, `entity_type` varchar(64) NOT NULL, `entity_id` int NULL, `edition_id` int NULL, `before` text NULL, `after` text NULL, INDEX `IDX_audit_edition` (`edition_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `program_release` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `version` int NOT NULL, `note` text NULL, `published_at` datetime NOT NULL, `published_by_id` int NULL, `published_by_email` varchar(254) NULL, UNIQUE INDEX `UQ_program_release_version` (`edition_id`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `released_session` (`id` int NOT NULL AUTO_INCREMENT, `release_id` int NOT NULL, `session_id` int NOT NULL, `kind` enum ('opening_ceremony', 'main_forum', 'sub_forum', 'summit', 'seminar', 'side_event', 'launch_event', 'exhibition', 'break') NOT NULL, `title_zh` varchar(300) NOT NULL, `title_en` varchar(300) NULL, `theme_zh` varchar(300) NULL, `theme_en` varchar(300) NULL, `description_zh` text NULL, `description_en` text NULL, `starts_at` datetime NULL, `ends_at` datetime NULL, `day` date NULL, `room_id` int NULL, `room_name_zh` varchar(200) NULL, `room_name_en` varchar(200) NULL, `capacity` int NULL, `status` enum ('scheduled', 'cancelled') NOT NULL, `hosts` text NOT NULL, `speakers` text NOT NULL, `sequence` int NOT NULL DEFAULT '0', `changes` text NOT NULL, INDEX `IDX_released_session_session` (`session_id`, `release_id`), UNIQUE INDEX `UQ_released_session` (`release_id`, `session_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `app_setting` (`key` varchar(64) NOT NULL, `value` text NOT NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `program_release` ADD CONSTRAINT `FK_649bbd6d10989856f95d3b30e70` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `released_session` ADD CONSTRAINT `FK_43b235f7c30858e77c5489c3562` FOREIGN KEY (`release_id`) REFERENCES `program_release`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `released_session` ADD CONSTRAINT `FK_ad4bc2bdb7a1f4273a7414f1ed7` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `released_session` DROP FOREIGN KEY `FK_ad4bc2bdb7a1f4273a7414f1ed7`");
    await queryRunner.query("ALTER TABLE `released_session` DROP FOREIGN KEY `FK_43b235f7c30858e77c5489c3562`");
    await queryRunner.query("ALTER TABLE `program_release` DROP FOREIGN KEY `FK_649bbd6d10989856f95d3b30e70`");
    await queryRunner.query("DROP TABLE `app_setting`");
    await queryRunner.query("DROP INDEX `UQ_released_session` ON `released_session`");
    await queryRunner.query("DROP INDEX `IDX_released_session_session` ON `released_session`");
    await queryRunner.query("DROP TABLE `released_session`");
    await queryRunner.query("DROP INDEX `UQ_program_release_version` ON `program_release`");
    await queryRunner.query("DROP TABLE `program_release`");
    await queryRunner.query("DROP INDEX `IDX_audit_edition` ON `audit_entry`");
    await queryRunner.query("DROP TABLE `audit_entry`");
  }
}
