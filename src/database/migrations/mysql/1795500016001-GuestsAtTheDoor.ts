import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guests at the door (issue 18): a check-in is a registration's or an invited guest's
 * (check_in.guest_id, registration_id nullable, the guest's own unique admission key), and a
 * guest's badge can be reprinted (guest_credential.generation).
 */
export class GuestsAtTheDoor1795500016001 implements MigrationInterface {
  name = 'GuestsAtTheDoor1795500016001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `guest_credential` (`id` int NOT NULL AUTO_INCREMENT, `guest_id` int NOT NULL, `generation` int NOT NULL DEFAULT '1', `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `REL_4924868e3012dc27a0b7162465` (`guest_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query('ALTER TABLE `check_in` ADD `guest_id` int NULL');
    // The registration's foreign key and unique admission key stay in place: only NULL becomes allowed.
    await queryRunner.query('ALTER TABLE `check_in` MODIFY `registration_id` int NULL');
    await queryRunner.query('CREATE UNIQUE INDEX `UQ_check_in_guest_admission` ON `check_in` (`guest_id`, `admission`)');
    await queryRunner.query('ALTER TABLE `check_in` ADD CONSTRAINT `FK_58d540bb9c61d8ac308ebfc0b41` FOREIGN KEY (`guest_id`) REFERENCES `guest`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION');
    await queryRunner.query('ALTER TABLE `guest_credential` ADD CONSTRAINT `FK_4924868e3012dc27a0b7162465d` FOREIGN KEY (`guest_id`) REFERENCES `guest`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `guest_credential` DROP FOREIGN KEY `FK_4924868e3012dc27a0b7162465d`');
    await queryRunner.query('ALTER TABLE `check_in` DROP FOREIGN KEY `FK_58d540bb9c61d8ac308ebfc0b41`');
    // Guests' scans have no place in the table before: they go.
    await queryRunner.query('DELETE FROM `check_in` WHERE `guest_id` IS NOT NULL');
    await queryRunner.query('DROP INDEX `UQ_check_in_guest_admission` ON `check_in`');
    await queryRunner.query('ALTER TABLE `check_in` MODIFY `registration_id` int NOT NULL');
    await queryRunner.query('ALTER TABLE `check_in` DROP COLUMN `guest_id`');
    await queryRunner.query('DROP TABLE `guest_credential`');
  }
}
