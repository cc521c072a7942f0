import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReleasedSessionLastChanged1795329628952 implements MigrationInterface {
  name = 'ReleasedSessionLastChanged1795329628952';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Rows frozen before this column existed take their release's publication as their last change.
    await queryRunner.query("ALTER TABLE `released_session` ADD `last_changed_at` datetime NULL");
    await queryRunner.query("UPDATE `released_session` rs JOIN `program_release` r ON r.`id` = rs.`release_id` SET rs.`last_changed_at` = r.`published_at`");
    await queryRunner.query("ALTER TABLE `released_session` MODIFY `last_changed_at` datetime NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `released_session` DROP COLUMN `last_changed_at`");
  }
}
