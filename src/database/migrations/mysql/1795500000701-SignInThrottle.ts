import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in throttling moves into the database, shared by every server (see LoginThrottle). */
export class SignInThrottle1795500000701 implements MigrationInterface {
  name = 'SignInThrottle1795500000701';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `sign_in_throttle` (`subject_key` varchar(64) NOT NULL, `failures` int NOT NULL DEFAULT '0', `blocked_until` datetime NULL, `reserved_by` varchar(32) NULL, `reserved_until` datetime NULL, `known_address` tinyint NOT NULL DEFAULT 0, `last_failure_at` datetime NULL, `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_sign_in_throttle_updated` (`updated_at`), PRIMARY KEY (`subject_key`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_sign_in_throttle_updated` ON `sign_in_throttle`");
    await queryRunner.query("DROP TABLE `sign_in_throttle`");
  }
}
