import { MigrationInterface, QueryRunner } from 'typeorm';

export class Pickups1795500011001 implements MigrationInterface {
  name = 'Pickups1795500011001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `pickup_assignment` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `trip_id` int NOT NULL, `vehicle_id` int NOT NULL, `window_start` datetime NOT NULL, `meeting_point` varchar(100) NOT NULL, `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_pickup_assignment_run` (`vehicle_id`, `window_start`), UNIQUE INDEX `UQ_pickup_assignment_trip` (`trip_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `pickup_vehicle` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `plate` varchar(20) NOT NULL, `seats` int NOT NULL, `driver_name` varchar(100) NOT NULL, `driver_phone` varchar(32) NULL, `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_pickup_vehicle_plate` (`edition_id`, `plate`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `pickup_assignment` ADD CONSTRAINT `FK_c74dff17cf473a9e163077d3d37` FOREIGN KEY (`trip_id`) REFERENCES `guest_trip`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `pickup_assignment` ADD CONSTRAINT `FK_f30ece8ad56f14c5c5ccfd650e4` FOREIGN KEY (`vehicle_id`) REFERENCES `pickup_vehicle`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `pickup_assignment` DROP FOREIGN KEY `FK_f30ece8ad56f14c5c5ccfd650e4`");
    await queryRunner.query("ALTER TABLE `pickup_assignment` DROP FOREIGN KEY `FK_c74dff17cf473a9e163077d3d37`");
    await queryRunner.query("DROP INDEX `UQ_pickup_vehicle_plate` ON `pickup_vehicle`");
    await queryRunner.query("DROP TABLE `pickup_vehicle`");
    await queryRunner.query("DROP INDEX `UQ_pickup_assignment_trip` ON `pickup_assignment`");
    await queryRunner.query("DROP INDEX `IDX_pickup_assignment_run` ON `pickup_assignment`");
    await queryRunner.query("DROP TABLE `pickup_assignment`");
  }
}
