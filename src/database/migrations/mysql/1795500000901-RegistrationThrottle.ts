import { MigrationInterface, QueryRunner } from 'typeorm';

/** Registration rate limits, shared by every server (see RegistrationLimits). */
export class RegistrationThrottle1795500000901 implements MigrationInterface {
  name = 'RegistrationThrottle1795500000901';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `registration_throttle` (`subject_key` varchar(64) NOT NULL, `hits` int NOT NULL DEFAULT '0', `cap` int NOT NULL, `counted_by` varchar(24) NULL, `ends_at` datetime NOT NULL, INDEX `IDX_registration_throttle_ends` (`ends_at`), PRIMARY KEY (`subject_key`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_registration_throttle_ends` ON `registration_throttle`");
    await queryRunner.query("DROP TABLE `registration_throttle`");
  }
}
