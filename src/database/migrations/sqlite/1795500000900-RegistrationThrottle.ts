import { MigrationInterface, QueryRunner } from 'typeorm';

/** Registration rate limits, shared by every server (see RegistrationLimits). */
export class RegistrationThrottle1795500000900 implements MigrationInterface {
  name = 'RegistrationThrottle1795500000900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"registration_throttle\" (\"subject_key\" varchar(64) PRIMARY KEY NOT NULL, \"hits\" integer NOT NULL DEFAULT (0), \"cap\" integer NOT NULL, \"counted_by\" varchar(24), \"ends_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_registration_throttle_ends\" ON \"registration_throttle\" (\"ends_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_registration_throttle_ends\"");
    await queryRunner.query("DROP TABLE \"registration_throttle\"");
  }
}
