import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795328300622 implements MigrationInterface {
  name = 'Init1795328300622';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `organization` (`id` int NOT NULL AUTO_INCREMENT, `name_zh` varchar(200) NOT NULL, `name_en` varchar(300) NULL, `short_name` varchar(100) NULL, `kind` enum ('government', 'social_organization', 'enterprise', 'media', 'other') NOT NULL DEFAULT 'other', `website` varchar(300) NULL, `description_zh` text NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_adbcd5575531f026311473265b` (`name_zh`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `account` (`id` int NOT NULL AUTO_INCREMENT, `email` varchar(254) NOT NULL, `display_name` varchar(100) NULL, `password_hash` varchar(255) NOT NULL, `kind` enum ('organizer', 'partner') NOT NULL, `organization_id` int NULL, `disabled_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_4c8f96ccf523e9a3faefd5bdd4` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `brand` (`id` int NOT NULL AUTO_INCREMENT, `slug` varchar(64) NOT NULL, `name_zh` varchar(200) NOT NULL, `name_en` varchar(200) NULL, `description_zh` text NULL, `description_en` text NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_f4436285f5d5785c7fb0b28b30` (`slug`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `edition_role` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `organization_id` int NOT NULL, `role` enum ('guide', 'host', 'organizer', 'co_organizer', 'supporter', 'sponsor', 'media_partner') NOT NULL, `printed_name` varchar(200) NULL, `display_order` int NOT NULL DEFAULT '0', `sponsor_tier` varchar(64) NULL, UNIQUE INDEX `UQ_edition_role` (`edition_id`, `organization_id`, `role`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `edition` (`id` int NOT NULL AUTO_INCREMENT, `slug` varchar(80) NOT NULL, `brand_id` int NOT NULL, `year` int NOT NULL, `ordinal` int NULL, `title_zh` varchar(200) NOT NULL, `title_en` varchar(200) NULL, `theme_zh` varchar(300) NULL, `theme_en` varchar(300) NULL, `description_zh` text NULL, `start_date` date NOT NULL, `end_date` date NOT NULL, `time_zone` varchar(64) NOT NULL DEFAULT 'Asia/Shanghai', `city_zh` varchar(100) NULL, `city_en` varchar(100) NULL, `venue_zh` varchar(200) NULL, `venue_en` varchar(200) NULL, `status` enum ('draft', 'published', 'cancelled') NOT NULL DEFAULT 'draft', `source` text NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_edition_brand_year` (`brand_id`, `year`), UNIQUE INDEX `IDX_1089d33096edbb32536a5510c6` (`slug`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `organization_alias` (`id` int NOT NULL AUTO_INCREMENT, `organization_id` int NOT NULL, `name` varchar(200) NOT NULL, UNIQUE INDEX `IDX_0aa9fefb30df56f8d837e57342` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `room` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `name_zh` varchar(200) NOT NULL, `name_en` varchar(200) NULL, `capacity` int NULL, `display_order` int NOT NULL DEFAULT '0', UNIQUE INDEX `UQ_room_edition_name` (`edition_id`, `name_zh`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `session` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `kind` enum ('opening_ceremony', 'main_forum', 'sub_forum', 'summit', 'seminar', 'side_event', 'launch_event', 'exhibition', 'break') NOT NULL, `title_zh` varchar(300) NOT NULL, `title_en` varchar(300) NULL, `theme_zh` varchar(300) NULL, `theme_en` varchar(300) NULL, `description_zh` text NULL, `description_en` text NULL, `starts_at` datetime NULL, `ends_at` datetime NULL, `day` date NULL, `room_id` int NULL, `capacity` int NULL, `status` enum ('scheduled', 'cancelled') NOT NULL DEFAULT 'scheduled', `source` text NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_session_edition_start` (`edition_id`, `starts_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `session_role` (`id` int NOT NULL AUTO_INCREMENT, `session_id` int NOT NULL, `organization_id` int NOT NULL, `role` enum ('guide', 'host', 'organizer', 'co_organizer', 'supporter', 'sponsor', 'media_partner') NOT NULL DEFAULT 'host', `printed_name` varchar(200) NULL, `display_order` int NOT NULL DEFAULT '0', UNIQUE INDEX `UQ_session_role` (`session_id`, `organization_id`, `role`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `speaker` (`id` int NOT NULL AUTO_INCREMENT, `name_zh` varchar(100) NOT NULL, `name_en` varchar(200) NULL, `title_zh` varchar(200) NULL, `title_en` varchar(200) NULL, `affiliation_zh` varchar(200) NULL, `affiliation_en` varchar(300) NULL, `organization_id` int NULL, `bio_zh` text NULL, `bio_en` text NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `session_speaker` (`id` int NOT NULL AUTO_INCREMENT, `session_id` int NOT NULL, `speaker_id` int NOT NULL, `role` enum ('moderator', 'speaker', 'guest') NOT NULL DEFAULT 'speaker', `display_order` int NOT NULL DEFAULT '0', UNIQUE INDEX `UQ_session_speaker` (`session_id`, `speaker_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `account` ADD CONSTRAINT `FK_020686089902f4a0b53aa740196` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `edition_role` ADD CONSTRAINT `FK_a75e42625903b443cc7605f0489` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `edition_role` ADD CONSTRAINT `FK_0d57ce37a4adc53b82a4ea8a8b4` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `edition` ADD CONSTRAINT `FK_a550977b19a38a5f87c9b5c80c9` FOREIGN KEY (`brand_id`) REFERENCES `brand`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `organization_alias` ADD CONSTRAINT `FK_ee2d8ab841acc811a6ab028ad1c` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `room` ADD CONSTRAINT `FK_72beda4bc0cb1fc2e84dd5c34ad` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session` ADD CONSTRAINT `FK_7382421ce65972d7bb6368832e5` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session` ADD CONSTRAINT `FK_a4d58a4fe886b32311887034616` FOREIGN KEY (`room_id`) REFERENCES `room`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session_role` ADD CONSTRAINT `FK_d4f96f4d08a02e7b4ae137303d8` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session_role` ADD CONSTRAINT `FK_474baf827f740bdd9330e107204` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `speaker` ADD CONSTRAINT `FK_c3bc78c0102041bdc4a1a7804db` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session_speaker` ADD CONSTRAINT `FK_a802e3aa1a503e5627d63d8e967` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session_speaker` ADD CONSTRAINT `FK_66bf3df6ddb2793fb75a6a500fa` FOREIGN KEY (`speaker_id`) REFERENCES `speaker`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `session_speaker` DROP FOREIGN KEY `FK_66bf3df6ddb2793fb75a6a500fa`");
    await queryRunner.query("ALTER TABLE `session_speaker` DROP FOREIGN KEY `FK_a802e3aa1a503e5627d63d8e967`");
    await queryRunner.query("ALTER TABLE `speaker` DROP FOREIGN KEY `FK_c3bc78c0102041bdc4a1a7804db`");
    await queryRunner.query("ALTER TABLE `session_role` DROP FOREIGN KEY `FK_474baf827f740bdd9330e107204`");
    await queryRunner.query("ALTER TABLE `session_role` DROP FOREIGN KEY `FK_d4f96f4d08a02e7b4ae137303d8`");
    await queryRunner.query("ALTER TABLE `session` DROP FOREIGN KEY `FK_a4d58a4fe886b32311887034616`");
    await queryRunner.query("ALTER TABLE `session` DROP FOREIGN KEY `FK_7382421ce65972d7bb6368832e5`");
    await queryRunner.query("ALTER TABLE `room` DROP FOREIGN KEY `FK_72beda4bc0cb1fc2e84dd5c34ad`");
    await queryRunner.query("ALTER TABLE `organization_alias` DROP FOREIGN KEY `FK_ee2d8ab841acc811a6ab028ad1c`");
    await queryRunner.query("ALTER TABLE `edition` DROP FOREIGN KEY `FK_a550977b19a38a5f87c9b5c80c9`");
    await queryRunner.query("ALTER TABLE `edition_role` DROP FOREIGN KEY `FK_0d57ce37a4adc53b82a4ea8a8b4`");
    await queryRunner.query("ALTER TABLE `edition_role` DROP FOREIGN KEY `FK_a75e42625903b443cc7605f0489`");
    await queryRunner.query("ALTER TABLE `account` DROP FOREIGN KEY `FK_020686089902f4a0b53aa740196`");
    await queryRunner.query("DROP INDEX `UQ_session_speaker` ON `session_speaker`");
    await queryRunner.query("DROP TABLE `session_speaker`");
    await queryRunner.query("DROP TABLE `speaker`");
    await queryRunner.query("DROP INDEX `UQ_session_role` ON `session_role`");
    await queryRunner.query("DROP TABLE `session_role`");
    await queryRunner.query("DROP INDEX `IDX_session_edition_start` ON `session`");
    await queryRunner.query("DROP TABLE `session`");
    await queryRunner.query("DROP INDEX `UQ_room_edition_name` ON `room`");
    await queryRunner.query("DROP TABLE `room`");
    await queryRunner.query("DROP INDEX `IDX_0aa9fefb30df56f8d837e57342` ON `organization_alias`");
    await queryRunner.query("DROP TABLE `organization_alias`");
    await queryRunner.query("DROP INDEX `IDX_1089d33096edbb32536a5510c6` ON `edition`");
    await queryRunner.query("DROP INDEX `UQ_edition_brand_year` ON `edition`");
    await queryRunner.query("DROP TABLE `edition`");
    await queryRunner.query("DROP INDEX `UQ_edition_role` ON `edition_role`");
    await queryRunner.query("DROP TABLE `edition_role`");
    await queryRunner.query("DROP INDEX `IDX_f4436285f5d5785c7fb0b28b30` ON `brand`");
    await queryRunner.query("DROP TABLE `brand`");
    await queryRunner.query("DROP INDEX `IDX_4c8f96ccf523e9a3faefd5bdd4` ON `account`");
    await queryRunner.query("DROP TABLE `account`");
    await queryRunner.query("DROP INDEX `IDX_adbcd5575531f026311473265b` ON `organization`");
    await queryRunner.query("DROP TABLE `organization`");
  }
}
