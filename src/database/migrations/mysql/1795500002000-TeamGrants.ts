import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizers' roles per brand or edition (teams); the organizers there were become owners of everything. */
export class TeamGrants1795500002000 implements MigrationInterface {
  name = 'TeamGrants1795500002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `team_grant` (`id` int NOT NULL AUTO_INCREMENT, `account_id` int NOT NULL, `role` enum ('owner', 'editor', 'desk', 'check_in', 'viewer') NOT NULL, `brand_id` int NULL, `edition_id` int NULL, `scope_key` varchar(32) NOT NULL, `granted_by` int NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_team_grant_scope` (`account_id`, `scope_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `team_grant` ADD CONSTRAINT `FK_b67eb3c001eed772dbe01555899` FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `team_grant` ADD CONSTRAINT `FK_c2b43a3d6384bff68e6d765821a` FOREIGN KEY (`brand_id`) REFERENCES `brand`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `team_grant` ADD CONSTRAINT `FK_4c217ee9e9f7187b8d76bc1533d` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    // Until now every organizer could do everything: each keeps that, as an owner of everything.
    await queryRunner.query("INSERT INTO `team_grant` (`account_id`, `role`, `scope_key`) SELECT `id`, 'owner', 'all' FROM `account` WHERE `kind` = 'organizer'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `team_grant` DROP FOREIGN KEY `FK_4c217ee9e9f7187b8d76bc1533d`");
    await queryRunner.query("ALTER TABLE `team_grant` DROP FOREIGN KEY `FK_c2b43a3d6384bff68e6d765821a`");
    await queryRunner.query("ALTER TABLE `team_grant` DROP FOREIGN KEY `FK_b67eb3c001eed772dbe01555899`");
    await queryRunner.query("DROP INDEX `UQ_team_grant_scope` ON `team_grant`");
    await queryRunner.query("DROP TABLE `team_grant`");
  }
}
