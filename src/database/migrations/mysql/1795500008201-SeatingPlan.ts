import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeatingPlan1795500008201 implements MigrationInterface {
  name = 'SeatingPlan1795500008201';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `seating_plan` (`id` int NOT NULL AUTO_INCREMENT, `session_id` int NOT NULL, `convention` enum ('chinese', 'international') NOT NULL DEFAULT 'chinese', `row_sizes` text NOT NULL, `guest_ids` text NULL, `pins` text NOT NULL, `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_seating_plan_session` (`session_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `seating_plan` ADD CONSTRAINT `FK_fba7dd8f7fa30ee031e9aebcd68` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `seating_plan` DROP FOREIGN KEY `FK_fba7dd8f7fa30ee031e9aebcd68`");
    await queryRunner.query("DROP INDEX `UQ_seating_plan_session` ON `seating_plan`");
    await queryRunner.query("DROP TABLE `seating_plan`");
  }
}
