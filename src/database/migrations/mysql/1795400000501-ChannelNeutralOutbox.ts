import { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox messages become channel-neutral: a channel, an address on it, a template key and its parameters. */
export class ChannelNeutralOutbox1795400000501 implements MigrationInterface {
  name = 'ChannelNeutralOutbox1795400000501';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `outbox_message` ADD `channel` varchar(20) NOT NULL DEFAULT 'email', ADD `language` varchar(8) NOT NULL DEFAULT 'zh', ADD `template` varchar(50) NOT NULL DEFAULT 'verbatim', ADD `params` text NULL");
    // Rows from before were written out in full: they keep their words through the `verbatim` template.
    await queryRunner.query("UPDATE `outbox_message` SET `params` = JSON_OBJECT('subject', `subject`, 'body', `body`)");
    await queryRunner.query("ALTER TABLE `outbox_message` CHANGE `to_address` `address` varchar(254) NOT NULL, MODIFY `channel` varchar(20) NOT NULL, MODIFY `language` varchar(8) NOT NULL, MODIFY `template` varchar(50) NOT NULL, MODIFY `params` text NOT NULL, DROP COLUMN `subject`, DROP COLUMN `body`");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `outbox_message` ADD `subject` varchar(300) NOT NULL DEFAULT '', ADD `body` text NULL");
    // Only verbatim rows have their words stored; a templated row keeps its key and parameters as its text.
    await queryRunner.query("UPDATE `outbox_message` SET `subject` = LEFT(COALESCE(JSON_UNQUOTE(JSON_EXTRACT(`params`, '$.subject')), `template`), 300), `body` = COALESCE(JSON_UNQUOTE(JSON_EXTRACT(`params`, '$.body')), `params`)");
    await queryRunner.query("ALTER TABLE `outbox_message` CHANGE `address` `to_address` varchar(254) NOT NULL, MODIFY `subject` varchar(300) NOT NULL, MODIFY `body` text NOT NULL, DROP COLUMN `channel`, DROP COLUMN `language`, DROP COLUMN `template`, DROP COLUMN `params`");
  }
}
