import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign out everywhere (account.token_version) and "forgot password" links (password_reset, hashes only). */
export class AccountSecurity1795500000400 implements MigrationInterface {
  name = 'AccountSecurity1795500000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // A plain ADD COLUMN: rebuilding account would have to drop a table others reference.
    await queryRunner.query("ALTER TABLE \"account\" ADD COLUMN \"token_version\" integer NOT NULL DEFAULT (0)");
    await queryRunner.query("CREATE TABLE \"password_reset\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"account_id\" integer NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"expires_at\" datetime NOT NULL, \"used_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_0309de62e0cb0960ebb2cb65c95\" UNIQUE (\"token_hash\"), CONSTRAINT \"FK_c491bba845232ca65b799a63252\" FOREIGN KEY (\"account_id\") REFERENCES \"account\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE INDEX \"IDX_password_reset_account\" ON \"password_reset\" (\"account_id\", \"created_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_password_reset_account\"");
    await queryRunner.query("DROP TABLE \"password_reset\"");
    await queryRunner.query("ALTER TABLE \"account\" DROP COLUMN \"token_version\"");
  }
}
