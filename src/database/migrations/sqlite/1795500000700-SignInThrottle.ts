import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in throttling moves into the database, shared by every server (see LoginThrottle). */
export class SignInThrottle1795500000700 implements MigrationInterface {
  name = 'SignInThrottle1795500000700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sign_in_throttle\" (\"subject_key\" varchar(64) PRIMARY KEY NOT NULL, \"failures\" integer NOT NULL DEFAULT (0), \"blocked_until\" datetime, \"reserved_by\" varchar(32), \"reserved_until\" datetime, \"known_address\" boolean NOT NULL DEFAULT (0), \"last_failure_at\" datetime, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_sign_in_throttle_updated\" ON \"sign_in_throttle\" (\"updated_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_sign_in_throttle_updated\"");
    await queryRunner.query("DROP TABLE \"sign_in_throttle\"");
  }
}
