import { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner teams (invitations, team admins) and delegated sub-forums (delegations, proposals of speakers, guests and descriptions to review). */
export class PartnerTeamsAndDelegation1795500005000 implements MigrationInterface {
  name = 'PartnerTeamsAndDelegation1795500005000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `session_delegation` (`id` int NOT NULL AUTO_INCREMENT, `session_id` int NOT NULL, `organization_id` int NOT NULL, `allowed_by_id` int NULL, `allowed_at` datetime NOT NULL, UNIQUE INDEX `UQ_session_delegation` (`session_id`, `organization_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `session_proposal` (`id` int NOT NULL AUTO_INCREMENT, `session_id` int NOT NULL, `organization_id` int NOT NULL, `edition_id` int NOT NULL, `kind` enum ('speaker', 'description', 'guest') NOT NULL, `content` text NOT NULL, `photo_file` varchar(100) NULL, `status` enum ('pending', 'accepted', 'returned') NOT NULL DEFAULT 'pending', `review_comment` varchar(1000) NULL, `reviewed_by_id` int NULL, `reviewed_at` datetime NULL, `proposed_by_id` int NULL, `speaker_id` int NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_session_proposal_edition` (`edition_id`, `status`), INDEX `IDX_session_proposal_organization` (`organization_id`, `session_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `partner_admin` (`account_id` int NOT NULL, `organization_id` int NOT NULL, `granted_by_id` int NULL, `granted_at` datetime NOT NULL, PRIMARY KEY (`account_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `partner_invitation` (`id` int NOT NULL AUTO_INCREMENT, `organization_id` int NOT NULL, `email` varchar(254) NOT NULL, `display_name` varchar(100) NULL, `partner_admin` tinyint NOT NULL DEFAULT 0, `token_hash` varchar(64) NOT NULL, `invited_by_id` int NULL, `expires_at` datetime NOT NULL, `closed_at` datetime NULL, `account_id` int NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_partner_invitation_organization` (`organization_id`, `created_at`), UNIQUE INDEX `IDX_05dcff6932e9f5bbdc5a10d112` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `session_delegation` ADD CONSTRAINT `FK_4c412aef96198011089e43b6ba9` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session_delegation` ADD CONSTRAINT `FK_a7947e03f6ad18eb3451890b70f` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session_proposal` ADD CONSTRAINT `FK_ec6ddb0116611d756c0d5a9616b` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session_proposal` ADD CONSTRAINT `FK_6f150e2177a2e5ea3a937dc2fe4` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `partner_admin` ADD CONSTRAINT `FK_07e7db74c6f3982b31e90dcaf73` FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `partner_admin` ADD CONSTRAINT `FK_dccc07c431ee2f35a2d85047978` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `partner_invitation` ADD CONSTRAINT `FK_f2b1d98c7a940ba27e4fe4a745c` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `partner_invitation` DROP FOREIGN KEY `FK_f2b1d98c7a940ba27e4fe4a745c`");
    await queryRunner.query("ALTER TABLE `partner_admin` DROP FOREIGN KEY `FK_dccc07c431ee2f35a2d85047978`");
    await queryRunner.query("ALTER TABLE `partner_admin` DROP FOREIGN KEY `FK_07e7db74c6f3982b31e90dcaf73`");
    await queryRunner.query("ALTER TABLE `session_proposal` DROP FOREIGN KEY `FK_6f150e2177a2e5ea3a937dc2fe4`");
    await queryRunner.query("ALTER TABLE `session_proposal` DROP FOREIGN KEY `FK_ec6ddb0116611d756c0d5a9616b`");
    await queryRunner.query("ALTER TABLE `session_delegation` DROP FOREIGN KEY `FK_a7947e03f6ad18eb3451890b70f`");
    await queryRunner.query("ALTER TABLE `session_delegation` DROP FOREIGN KEY `FK_4c412aef96198011089e43b6ba9`");
    await queryRunner.query("DROP INDEX `IDX_05dcff6932e9f5bbdc5a10d112` ON `partner_invitation`");
    await queryRunner.query("DROP INDEX `IDX_partner_invitation_organization` ON `partner_invitation`");
    await queryRunner.query("DROP TABLE `partner_invitation`");
    await queryRunner.query("DROP TABLE `partner_admin`");
    await queryRunner.query("DROP INDEX `IDX_session_proposal_organization` ON `session_proposal`");
    await queryRunner.query("DROP INDEX `IDX_session_proposal_edition` ON `session_proposal`");
    await queryRunner.query("DROP TABLE `session_proposal`");
    await queryRunner.query("DROP INDEX `UQ_session_delegation` ON `session_delegation`");
    await queryRunner.query("DROP TABLE `session_delegation`");
  }
}
