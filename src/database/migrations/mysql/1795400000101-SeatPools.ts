import { MigrationInterface, QueryRunner } from 'typeorm';

/** The seat counters move from session to seat_pool (the seats module's), one row per session. */
export class SeatPools1795400000101 implements MigrationInterface {
  name = 'SeatPools1795400000101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `seat_pool` (`session_id` int NOT NULL, `capacity` int NULL, `taken` int NOT NULL DEFAULT '0', `waitlist_seq` int NOT NULL DEFAULT '0', PRIMARY KEY (`session_id`)) ENGINE=InnoDB");
    await queryRunner.query("INSERT INTO `seat_pool` (`session_id`, `capacity`, `taken`, `waitlist_seq`) SELECT `id`, `capacity`, `taken`, `waitlist_seq` FROM `session`");
    await queryRunner.query("ALTER TABLE `session` DROP COLUMN `taken`");
    await queryRunner.query("ALTER TABLE `session` DROP COLUMN `waitlist_seq`");
    await queryRunner.query("ALTER TABLE `seat_pool` ADD CONSTRAINT `FK_cd4e5b9335bab099cc69b4a5c79` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `seat_pool` DROP FOREIGN KEY `FK_cd4e5b9335bab099cc69b4a5c79`");
    await queryRunner.query("ALTER TABLE `session` ADD `taken` int NOT NULL DEFAULT '0' AFTER `updated_at`");
    await queryRunner.query("ALTER TABLE `session` ADD `waitlist_seq` int NOT NULL DEFAULT '0' AFTER `taken`");
    await queryRunner.query("UPDATE `session` s INNER JOIN `seat_pool` p ON p.`session_id` = s.`id` SET s.`taken` = p.`taken`, s.`waitlist_seq` = p.`waitlist_seq`");
    await queryRunner.query("DROP TABLE `seat_pool`");
  }
}
