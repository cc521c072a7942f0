import { MigrationInterface, QueryRunner } from 'typeorm';

export class GuestsReception1795500007000 implements MigrationInterface {
  name = 'GuestsReception1795500007000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `guest_invitation` (`guest_id` int NOT NULL, `session_id` int NOT NULL, PRIMARY KEY (`guest_id`, `session_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `guest_rank` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `name` varchar(50) NOT NULL, `position` int NOT NULL, UNIQUE INDEX `UQ_guest_rank_edition_name` (`edition_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `guest` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `code` varchar(16) NOT NULL, `name` varchar(100) NOT NULL, `organization` varchar(200) NULL, `title` varchar(200) NULL, `rank_id` int NULL, `phone` varchar(32) NULL, `email` varchar(254) NULL, `gender` enum ('male', 'female') NULL, `category` enum ('guest', 'speaker', 'media', 'staff', 'other') NOT NULL DEFAULT 'guest', `reply` enum ('pending', 'attending', 'declined', 'deputy') NOT NULL DEFAULT 'pending', `replied_at` datetime NULL, `deputy_state` enum ('none', 'requested', 'approved', 'refused') NOT NULL DEFAULT 'none', `deputy_name` varchar(100) NULL, `deputy_title` varchar(200) NULL, `deputy_phone` varchar(32) NULL, `needs_room` tinyint NOT NULL DEFAULT 1, `invited_at` datetime NULL, `reminded_at` datetime NULL, `anonymized_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_guest_edition_email` (`edition_id`, `email`), UNIQUE INDEX `UQ_guest_edition_phone` (`edition_id`, `phone`), UNIQUE INDEX `IDX_375c52e84c71f335eda3a8eafa` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invite_only_session` (`session_id` int NOT NULL, PRIMARY KEY (`session_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `guest_trip` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `guest_id` int NOT NULL, `direction` enum ('arrival', 'departure') NOT NULL, `mode` enum ('flight', 'train', 'car', 'other') NOT NULL, `number` varchar(20) NULL, `at` datetime NOT NULL, `station` varchar(100) NOT NULL, `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_guest_trip_edition_at` (`edition_id`, `direction`, `at`), UNIQUE INDEX `UQ_guest_trip_direction` (`guest_id`, `direction`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `hotel` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `name` varchar(200) NOT NULL, `address` varchar(300) NULL, UNIQUE INDEX `UQ_hotel_edition_name` (`edition_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `room_assignment` (`id` int NOT NULL AUTO_INCREMENT, `block_id` int NOT NULL, `guest_id` int NOT NULL, `room_number` int NOT NULL, `bed` int NOT NULL, UNIQUE INDEX `UQ_room_assignment_guest` (`guest_id`), UNIQUE INDEX `UQ_room_assignment_bed` (`block_id`, `room_number`, `bed`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `room_block` (`id` int NOT NULL AUTO_INCREMENT, `hotel_id` int NOT NULL, `room_type` varchar(50) NOT NULL, `room_count` int NOT NULL, `beds` int NOT NULL, `first_night` date NOT NULL, `nights` int NOT NULL, `price_band` varchar(50) NULL, `sharing_allowed` tinyint NOT NULL DEFAULT 0, `mixed_gender_allowed` tinyint NOT NULL DEFAULT 0, `priority` int NOT NULL DEFAULT '1', PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `guest_invitation` ADD CONSTRAINT `FK_d7a604e14da1f5d3ea3d0958b9b` FOREIGN KEY (`guest_id`) REFERENCES `guest`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `guest_invitation` ADD CONSTRAINT `FK_b83af78ad44d1eea75a7c7c7df4` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `guest_rank` ADD CONSTRAINT `FK_bfe4ae6c353da90541752c18461` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `guest` ADD CONSTRAINT `FK_a8e0a9946256ec471876b60783f` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `guest` ADD CONSTRAINT `FK_f51b45a88099e2f704eaee7ef03` FOREIGN KEY (`rank_id`) REFERENCES `guest_rank`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invite_only_session` ADD CONSTRAINT `FK_b696032679e2560f5d847ceab96` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `guest_trip` ADD CONSTRAINT `FK_e78de32198509a27d790bf94019` FOREIGN KEY (`guest_id`) REFERENCES `guest`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `hotel` ADD CONSTRAINT `FK_4b1fbd25e961d27627cca6526b3` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `room_assignment` ADD CONSTRAINT `FK_bca73ac988efb7915249071be87` FOREIGN KEY (`block_id`) REFERENCES `room_block`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `room_assignment` ADD CONSTRAINT `FK_72317a135cf42e0d2a6c458f2b9` FOREIGN KEY (`guest_id`) REFERENCES `guest`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `room_block` ADD CONSTRAINT `FK_eccbc2b39bc07b870f4bad05a64` FOREIGN KEY (`hotel_id`) REFERENCES `hotel`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `room_block` DROP FOREIGN KEY `FK_eccbc2b39bc07b870f4bad05a64`");
    await queryRunner.query("ALTER TABLE `room_assignment` DROP FOREIGN KEY `FK_72317a135cf42e0d2a6c458f2b9`");
    await queryRunner.query("ALTER TABLE `room_assignment` DROP FOREIGN KEY `FK_bca73ac988efb7915249071be87`");
    await queryRunner.query("ALTER TABLE `hotel` DROP FOREIGN KEY `FK_4b1fbd25e961d27627cca6526b3`");
    await queryRunner.query("ALTER TABLE `guest_trip` DROP FOREIGN KEY `FK_e78de32198509a27d790bf94019`");
    await queryRunner.query("ALTER TABLE `invite_only_session` DROP FOREIGN KEY `FK_b696032679e2560f5d847ceab96`");
    await queryRunner.query("ALTER TABLE `guest` DROP FOREIGN KEY `FK_f51b45a88099e2f704eaee7ef03`");
    await queryRunner.query("ALTER TABLE `guest` DROP FOREIGN KEY `FK_a8e0a9946256ec471876b60783f`");
    await queryRunner.query("ALTER TABLE `guest_rank` DROP FOREIGN KEY `FK_bfe4ae6c353da90541752c18461`");
    await queryRunner.query("ALTER TABLE `guest_invitation` DROP FOREIGN KEY `FK_b83af78ad44d1eea75a7c7c7df4`");
    await queryRunner.query("ALTER TABLE `guest_invitation` DROP FOREIGN KEY `FK_d7a604e14da1f5d3ea3d0958b9b`");
    await queryRunner.query("DROP TABLE `room_block`");
    await queryRunner.query("DROP INDEX `UQ_room_assignment_bed` ON `room_assignment`");
    await queryRunner.query("DROP INDEX `UQ_room_assignment_guest` ON `room_assignment`");
    await queryRunner.query("DROP TABLE `room_assignment`");
    await queryRunner.query("DROP INDEX `UQ_hotel_edition_name` ON `hotel`");
    await queryRunner.query("DROP TABLE `hotel`");
    await queryRunner.query("DROP INDEX `UQ_guest_trip_direction` ON `guest_trip`");
    await queryRunner.query("DROP INDEX `IDX_guest_trip_edition_at` ON `guest_trip`");
    await queryRunner.query("DROP TABLE `guest_trip`");
    await queryRunner.query("DROP TABLE `invite_only_session`");
    await queryRunner.query("DROP INDEX `IDX_375c52e84c71f335eda3a8eafa` ON `guest`");
    await queryRunner.query("DROP INDEX `UQ_guest_edition_phone` ON `guest`");
    await queryRunner.query("DROP INDEX `UQ_guest_edition_email` ON `guest`");
    await queryRunner.query("DROP TABLE `guest`");
    await queryRunner.query("DROP INDEX `UQ_guest_rank_edition_name` ON `guest_rank`");
    await queryRunner.query("DROP TABLE `guest_rank`");
    await queryRunner.query("DROP TABLE `guest_invitation`");
  }
}
