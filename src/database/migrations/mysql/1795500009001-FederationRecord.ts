import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The federation's record (issue 20): editions whose dates are still to be announced (nullable
 * start/end dates), an edition's province, brands run by others (run_by), provenance of brands and
 * organizations (source, organizer_added), founding facts, the committee and alliance kinds, and
 * organization_relation (membership tiers, founders, committees, supervising authority).
 */
export class FederationRecord1795500009001 implements MigrationInterface {
  name = 'FederationRecord1795500009001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `organization_relation` (`id` int NOT NULL AUTO_INCREMENT, `organization_id` int NOT NULL, `relation` enum ('member_of', 'founder_of', 'committee_of', 'supervised_by') NOT NULL, `related_id` int NOT NULL, `tier` enum ('executive_council_member', 'council_member', 'member') NULL, `since` date NULL, `source` text NULL, UNIQUE INDEX `UQ_organization_relation` (`organization_id`, `related_id`, `relation`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `brand` ADD `run_by` enum ('federation', 'others') NOT NULL DEFAULT 'federation'");
    await queryRunner.query("ALTER TABLE `brand` ADD `source` text NULL");
    await queryRunner.query("ALTER TABLE `brand` ADD `organizer_added` text NULL");
    await queryRunner.query("ALTER TABLE `edition` ADD `province_zh` varchar(50) NULL");
    await queryRunner.query("ALTER TABLE `edition` ADD `organizer_added` text NULL");
    await queryRunner.query("ALTER TABLE `organization` ADD `founded_on` date NULL");
    await queryRunner.query("ALTER TABLE `organization` ADD `founded_in_zh` varchar(100) NULL");
    await queryRunner.query("ALTER TABLE `organization` ADD `source` text NULL");
    await queryRunner.query("ALTER TABLE `organization` ADD `organizer_added` text NULL");
    await queryRunner.query("ALTER TABLE `edition` CHANGE `start_date` `start_date` date NULL");
    await queryRunner.query("ALTER TABLE `edition` CHANGE `end_date` `end_date` date NULL");
    await queryRunner.query("ALTER TABLE `organization` CHANGE `kind` `kind` enum ('government', 'social_organization', 'enterprise', 'media', 'committee', 'alliance', 'other') NOT NULL DEFAULT 'other'");
    await queryRunner.query("ALTER TABLE `organization_relation` ADD CONSTRAINT `FK_27b8b1da8b1a5cc2b1e6095f536` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `organization_relation` ADD CONSTRAINT `FK_a6b0d27cc827a3d5dec8b6ad9be` FOREIGN KEY (`related_id`) REFERENCES `organization`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The old schema has no kinds for committees and alliances, and no edition without dates: a
    // revert makes them 'other' and gives an edition whose dates are to be announced 1 January of
    // its year (the only loss; rows are kept).
    await queryRunner.query("UPDATE `organization` SET `kind` = 'other' WHERE `kind` IN ('committee', 'alliance')");
    await queryRunner.query("UPDATE `edition` SET `start_date` = CONCAT(`year`, '-01-01'), `end_date` = CONCAT(`year`, '-01-01') WHERE `start_date` IS NULL OR `end_date` IS NULL");
    await queryRunner.query("ALTER TABLE `organization_relation` DROP FOREIGN KEY `FK_a6b0d27cc827a3d5dec8b6ad9be`");
    await queryRunner.query("ALTER TABLE `organization_relation` DROP FOREIGN KEY `FK_27b8b1da8b1a5cc2b1e6095f536`");
    await queryRunner.query("ALTER TABLE `organization` CHANGE `kind` `kind` enum ('government', 'social_organization', 'enterprise', 'media', 'other') NOT NULL DEFAULT 'other'");
    await queryRunner.query("ALTER TABLE `edition` CHANGE `end_date` `end_date` date NOT NULL");
    await queryRunner.query("ALTER TABLE `edition` CHANGE `start_date` `start_date` date NOT NULL");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `organizer_added`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `source`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `founded_in_zh`");
    await queryRunner.query("ALTER TABLE `organization` DROP COLUMN `founded_on`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `organizer_added`");
    await queryRunner.query("ALTER TABLE `edition` DROP COLUMN `province_zh`");
    await queryRunner.query("ALTER TABLE `brand` DROP COLUMN `organizer_added`");
    await queryRunner.query("ALTER TABLE `brand` DROP COLUMN `source`");
    await queryRunner.query("ALTER TABLE `brand` DROP COLUMN `run_by`");
    await queryRunner.query("DROP INDEX `UQ_organization_relation` ON `organization_relation`");
    await queryRunner.query("DROP TABLE `organization_relation`");
  }
}
