import { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner teams (invitations, team admins) and delegated sub-forums (delegations, proposals of speakers, guests and descriptions to review). */
export class PartnerTeamsAndDelegation1795500005000 implements MigrationInterface {
  name = 'PartnerTeamsAndDelegation1795500005000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"session_delegation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"organization_id\" integer NOT NULL, \"allowed_by_id\" integer, \"allowed_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_session_delegation\" ON \"session_delegation\" (\"session_id\", \"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"session_proposal\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"organization_id\" integer NOT NULL, \"edition_id\" integer NOT NULL, \"kind\" varchar CHECK( \"kind\" IN ('speaker','description','guest') ) NOT NULL, \"content\" text NOT NULL, \"photo_file\" varchar(100), \"status\" varchar CHECK( \"status\" IN ('pending','accepted','returned') ) NOT NULL DEFAULT ('pending'), \"review_comment\" varchar(1000), \"reviewed_by_id\" integer, \"reviewed_at\" datetime, \"proposed_by_id\" integer, \"speaker_id\" integer, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_session_proposal_edition\" ON \"session_proposal\" (\"edition_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_session_proposal_organization\" ON \"session_proposal\" (\"organization_id\", \"session_id\") ");
    await queryRunner.query("CREATE TABLE \"partner_admin\" (\"account_id\" integer PRIMARY KEY NOT NULL, \"organization_id\" integer NOT NULL, \"granted_by_id\" integer, \"granted_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE TABLE \"partner_invitation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"organization_id\" integer NOT NULL, \"email\" varchar(254) NOT NULL, \"display_name\" varchar(100), \"partner_admin\" boolean NOT NULL DEFAULT (0), \"token_hash\" varchar(64) NOT NULL, \"invited_by_id\" integer, \"expires_at\" datetime NOT NULL, \"closed_at\" datetime, \"account_id\" integer, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_05dcff6932e9f5bbdc5a10d112e\" UNIQUE (\"token_hash\"))");
    await queryRunner.query("CREATE INDEX \"IDX_partner_invitation_organization\" ON \"partner_invitation\" (\"organization_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"UQ_session_delegation\"");
    await queryRunner.query("CREATE TABLE \"temporary_session_delegation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"organization_id\" integer NOT NULL, \"allowed_by_id\" integer, \"allowed_at\" datetime NOT NULL, CONSTRAINT \"FK_4c412aef96198011089e43b6ba9\" FOREIGN KEY (\"session_id\") REFERENCES \"session\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_a7947e03f6ad18eb3451890b70f\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_session_delegation\"(\"id\", \"session_id\", \"organization_id\", \"allowed_by_id\", \"allowed_at\") SELECT \"id\", \"session_id\", \"organization_id\", \"allowed_by_id\", \"allowed_at\" FROM \"session_delegation\"");
    await queryRunner.query("DROP TABLE \"session_delegation\"");
    await queryRunner.query("ALTER TABLE \"temporary_session_delegation\" RENAME TO \"session_delegation\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_session_delegation\" ON \"session_delegation\" (\"session_id\", \"organization_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_session_proposal_edition\"");
    await queryRunner.query("DROP INDEX \"IDX_session_proposal_organization\"");
    await queryRunner.query("CREATE TABLE \"temporary_session_proposal\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"organization_id\" integer NOT NULL, \"edition_id\" integer NOT NULL, \"kind\" varchar CHECK( \"kind\" IN ('speaker','description','guest') ) NOT NULL, \"content\" text NOT NULL, \"photo_file\" varchar(100), \"status\" varchar CHECK( \"status\" IN ('pending','accepted','returned') ) NOT NULL DEFAULT ('pending'), \"review_comment\" varchar(1000), \"reviewed_by_id\" integer, \"reviewed_at\" datetime, \"proposed_by_id\" integer, \"speaker_id\" integer, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ec6ddb0116611d756c0d5a9616b\" FOREIGN KEY (\"session_id\") REFERENCES \"session\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_6f150e2177a2e5ea3a937dc2fe4\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_session_proposal\"(\"id\", \"session_id\", \"organization_id\", \"edition_id\", \"kind\", \"content\", \"photo_file\", \"status\", \"review_comment\", \"reviewed_by_id\", \"reviewed_at\", \"proposed_by_id\", \"speaker_id\", \"created_at\", \"updated_at\") SELECT \"id\", \"session_id\", \"organization_id\", \"edition_id\", \"kind\", \"content\", \"photo_file\", \"status\", \"review_comment\", \"reviewed_by_id\", \"reviewed_at\", \"proposed_by_id\", \"speaker_id\", \"created_at\", \"updated_at\" FROM \"session_proposal\"");
    await queryRunner.query("DROP TABLE \"session_proposal\"");
    await queryRunner.query("ALTER TABLE \"temporary_session_proposal\" RENAME TO \"session_proposal\"");
    await queryRunner.query("CREATE INDEX \"IDX_session_proposal_edition\" ON \"session_proposal\" (\"edition_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_session_proposal_organization\" ON \"session_proposal\" (\"organization_id\", \"session_id\") ");
    await queryRunner.query("CREATE TABLE \"temporary_partner_admin\" (\"account_id\" integer PRIMARY KEY NOT NULL, \"organization_id\" integer NOT NULL, \"granted_by_id\" integer, \"granted_at\" datetime NOT NULL, CONSTRAINT \"FK_07e7db74c6f3982b31e90dcaf73\" FOREIGN KEY (\"account_id\") REFERENCES \"account\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_dccc07c431ee2f35a2d85047978\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_partner_admin\"(\"account_id\", \"organization_id\", \"granted_by_id\", \"granted_at\") SELECT \"account_id\", \"organization_id\", \"granted_by_id\", \"granted_at\" FROM \"partner_admin\"");
    await queryRunner.query("DROP TABLE \"partner_admin\"");
    await queryRunner.query("ALTER TABLE \"temporary_partner_admin\" RENAME TO \"partner_admin\"");
    await queryRunner.query("DROP INDEX \"IDX_partner_invitation_organization\"");
    await queryRunner.query("CREATE TABLE \"temporary_partner_invitation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"organization_id\" integer NOT NULL, \"email\" varchar(254) NOT NULL, \"display_name\" varchar(100), \"partner_admin\" boolean NOT NULL DEFAULT (0), \"token_hash\" varchar(64) NOT NULL, \"invited_by_id\" integer, \"expires_at\" datetime NOT NULL, \"closed_at\" datetime, \"account_id\" integer, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_05dcff6932e9f5bbdc5a10d112e\" UNIQUE (\"token_hash\"), CONSTRAINT \"FK_f2b1d98c7a940ba27e4fe4a745c\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_partner_invitation\"(\"id\", \"organization_id\", \"email\", \"display_name\", \"partner_admin\", \"token_hash\", \"invited_by_id\", \"expires_at\", \"closed_at\", \"account_id\", \"created_at\") SELECT \"id\", \"organization_id\", \"email\", \"display_name\", \"partner_admin\", \"token_hash\", \"invited_by_id\", \"expires_at\", \"closed_at\", \"account_id\", \"created_at\" FROM \"partner_invitation\"");
    await queryRunner.query("DROP TABLE \"partner_invitation\"");
    await queryRunner.query("ALTER TABLE \"temporary_partner_invitation\" RENAME TO \"partner_invitation\"");
    await queryRunner.query("CREATE INDEX \"IDX_partner_invitation_organization\" ON \"partner_invitation\" (\"organization_id\", \"created_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_partner_invitation_organization\"");
    await queryRunner.query("ALTER TABLE \"partner_invitation\" RENAME TO \"temporary_partner_invitation\"");
    await queryRunner.query("CREATE TABLE \"partner_invitation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"organization_id\" integer NOT NULL, \"email\" varchar(254) NOT NULL, \"display_name\" varchar(100), \"partner_admin\" boolean NOT NULL DEFAULT (0), \"token_hash\" varchar(64) NOT NULL, \"invited_by_id\" integer, \"expires_at\" datetime NOT NULL, \"closed_at\" datetime, \"account_id\" integer, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_05dcff6932e9f5bbdc5a10d112e\" UNIQUE (\"token_hash\"))");
    await queryRunner.query("INSERT INTO \"partner_invitation\"(\"id\", \"organization_id\", \"email\", \"display_name\", \"partner_admin\", \"token_hash\", \"invited_by_id\", \"expires_at\", \"closed_at\", \"account_id\", \"created_at\") SELECT \"id\", \"organization_id\", \"email\", \"display_name\", \"partner_admin\", \"token_hash\", \"invited_by_id\", \"expires_at\", \"closed_at\", \"account_id\", \"created_at\" FROM \"temporary_partner_invitation\"");
    await queryRunner.query("DROP TABLE \"temporary_partner_invitation\"");
    await queryRunner.query("CREATE INDEX \"IDX_partner_invitation_organization\" ON \"partner_invitation\" (\"organization_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"partner_admin\" RENAME TO \"temporary_partner_admin\"");
    await queryRunner.query("CREATE TABLE \"partner_admin\" (\"account_id\" integer PRIMARY KEY NOT NULL, \"organization_id\" integer NOT NULL, \"granted_by_id\" integer, \"granted_at\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"partner_admin\"(\"account_id\", \"organization_id\", \"granted_by_id\", \"granted_at\") SELECT \"account_id\", \"organization_id\", \"granted_by_id\", \"granted_at\" FROM \"temporary_partner_admin\"");
    await queryRunner.query("DROP TABLE \"temporary_partner_admin\"");
    await queryRunner.query("DROP INDEX \"IDX_session_proposal_organization\"");
    await queryRunner.query("DROP INDEX \"IDX_session_proposal_edition\"");
    await queryRunner.query("ALTER TABLE \"session_proposal\" RENAME TO \"temporary_session_proposal\"");
    await queryRunner.query("CREATE TABLE \"session_proposal\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"organization_id\" integer NOT NULL, \"edition_id\" integer NOT NULL, \"kind\" varchar CHECK( \"kind\" IN ('speaker','description','guest') ) NOT NULL, \"content\" text NOT NULL, \"photo_file\" varchar(100), \"status\" varchar CHECK( \"status\" IN ('pending','accepted','returned') ) NOT NULL DEFAULT ('pending'), \"review_comment\" varchar(1000), \"reviewed_by_id\" integer, \"reviewed_at\" datetime, \"proposed_by_id\" integer, \"speaker_id\" integer, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"session_proposal\"(\"id\", \"session_id\", \"organization_id\", \"edition_id\", \"kind\", \"content\", \"photo_file\", \"status\", \"review_comment\", \"reviewed_by_id\", \"reviewed_at\", \"proposed_by_id\", \"speaker_id\", \"created_at\", \"updated_at\") SELECT \"id\", \"session_id\", \"organization_id\", \"edition_id\", \"kind\", \"content\", \"photo_file\", \"status\", \"review_comment\", \"reviewed_by_id\", \"reviewed_at\", \"proposed_by_id\", \"speaker_id\", \"created_at\", \"updated_at\" FROM \"temporary_session_proposal\"");
    await queryRunner.query("DROP TABLE \"temporary_session_proposal\"");
    await queryRunner.query("CREATE INDEX \"IDX_session_proposal_organization\" ON \"session_proposal\" (\"organization_id\", \"session_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_session_proposal_edition\" ON \"session_proposal\" (\"edition_id\", \"status\") ");
    await queryRunner.query("DROP INDEX \"UQ_session_delegation\"");
    await queryRunner.query("ALTER TABLE \"session_delegation\" RENAME TO \"temporary_session_delegation\"");
    await queryRunner.query("CREATE TABLE \"session_delegation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"session_id\" integer NOT NULL, \"organization_id\" integer NOT NULL, \"allowed_by_id\" integer, \"allowed_at\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"session_delegation\"(\"id\", \"session_id\", \"organization_id\", \"allowed_by_id\", \"allowed_at\") SELECT \"id\", \"session_id\", \"organization_id\", \"allowed_by_id\", \"allowed_at\" FROM \"temporary_session_delegation\"");
    await queryRunner.query("DROP TABLE \"temporary_session_delegation\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_session_delegation\" ON \"session_delegation\" (\"session_id\", \"organization_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_partner_invitation_organization\"");
    await queryRunner.query("DROP TABLE \"partner_invitation\"");
    await queryRunner.query("DROP TABLE \"partner_admin\"");
    await queryRunner.query("DROP INDEX \"IDX_session_proposal_organization\"");
    await queryRunner.query("DROP INDEX \"IDX_session_proposal_edition\"");
    await queryRunner.query("DROP TABLE \"session_proposal\"");
    await queryRunner.query("DROP INDEX \"UQ_session_delegation\"");
    await queryRunner.query("DROP TABLE \"session_delegation\"");
  }
}
