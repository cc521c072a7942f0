import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign out everywhere (account.token_version) and "forgot password" links (password_reset, hashes only). */
export class AccountSecurity1795500000401 implements MigrationInterface {
  name = 'AccountSecurity1795500000401';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `password_reset` (`id` int NOT NULL AUTO_INCREMENT, `account_id` int NOT NULL, `token_hash` varchar(64) NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_password_reset_account` (`account_id`, `created_at`), UNIQUE INDEX `IDX_0309de62e0cb0960ebb2cb65c9` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `account` ADD `token_version` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `password_reset` ADD CONSTRAINT `FK_c491bba845232ca65b799a63252` FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `password_reset` DROP FOREIGN KEY `FK_c491bba845232ca65b799a63252`");
    await queryRunner.query("ALTER TABLE `account` DROP COLUMN `token_version`");
    await queryRunner.query("DROP INDEX `IDX_0309de62e0cb0960ebb2cb65c9` ON `password_reset`");
    await queryRunner.query("DROP INDEX `IDX_password_reset_account` ON `password_reset`");
    await queryRunner.query("DROP TABLE `password_reset`");
  }
}
