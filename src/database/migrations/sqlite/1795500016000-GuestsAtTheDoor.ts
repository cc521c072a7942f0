import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = '"id", "edition_id", "gate_id", "registration_id", "session_id", "admission", "outcome", "first_check_in_id", "scanned_at", "received_at", "offline", "device_id", "client_scan_id", "staff_account_id", "staff_name"';
const INDEXES = ['CREATE UNIQUE INDEX "UQ_check_in_device_scan" ON "check_in" ("device_id", "client_scan_id") ', 'CREATE INDEX "IDX_check_in_edition_scanned" ON "check_in" ("edition_id", "scanned_at") ', 'CREATE UNIQUE INDEX "UQ_check_in_admission" ON "check_in" ("registration_id", "admission") '];

/**
 * Guests at the door (issue 18): a check-in is a registration's or an invited guest's
 * (check_in.guest_id, registration_id nullable, the guest's own unique admission key), and a
 * guest's badge can be reprinted (guest_credential.generation). SQLite changes a column's
 * nullability only by rebuilding the table: once, here.
 */
export class GuestsAtTheDoor1795500016000 implements MigrationInterface {
  name = 'GuestsAtTheDoor1795500016000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "guest_credential" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "guest_id" integer NOT NULL, "generation" integer NOT NULL DEFAULT (1), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "REL_4924868e3012dc27a0b7162465" UNIQUE ("guest_id"), CONSTRAINT "FK_4924868e3012dc27a0b7162465d" FOREIGN KEY ("guest_id") REFERENCES "guest" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)');
    for (const index of ['UQ_check_in_admission', 'UQ_check_in_device_scan', 'IDX_check_in_edition_scanned']) await queryRunner.query(`DROP INDEX "${index}"`);
    await queryRunner.query('CREATE TABLE "temporary_check_in" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "edition_id" integer NOT NULL, "gate_id" integer NOT NULL, "registration_id" integer, "session_id" integer, "admission" varchar(16), "outcome" varchar(16) NOT NULL, "first_check_in_id" integer, "scanned_at" datetime(3) NOT NULL, "received_at" datetime(3) NOT NULL, "offline" boolean NOT NULL DEFAULT (0), "device_id" varchar(40) NOT NULL, "client_scan_id" varchar(40) NOT NULL, "staff_account_id" integer, "staff_name" varchar(254), "guest_id" integer, CONSTRAINT "FK_7f95e3911cf43882423fe0848b2" FOREIGN KEY ("gate_id") REFERENCES "check_in_gate" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e2531b03868ef373d26e3682e89" FOREIGN KEY ("registration_id") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_58d540bb9c61d8ac308ebfc0b41" FOREIGN KEY ("guest_id") REFERENCES "guest" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)');
    await queryRunner.query(`INSERT INTO "temporary_check_in"(${COLUMNS}) SELECT ${COLUMNS} FROM "check_in"`);
    await queryRunner.query('DROP TABLE "check_in"');
    await queryRunner.query('ALTER TABLE "temporary_check_in" RENAME TO "check_in"');
    for (const index of INDEXES) await queryRunner.query(index);
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_check_in_guest_admission" ON "check_in" ("guest_id", "admission") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Guests' scans have no place in the table before: they go.
    await queryRunner.query('DELETE FROM "check_in" WHERE "guest_id" IS NOT NULL');
    for (const index of ['UQ_check_in_guest_admission', 'UQ_check_in_admission', 'UQ_check_in_device_scan', 'IDX_check_in_edition_scanned']) await queryRunner.query(`DROP INDEX "${index}"`);
    await queryRunner.query('ALTER TABLE "check_in" RENAME TO "temporary_check_in"');
    await queryRunner.query('CREATE TABLE "check_in" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "edition_id" integer NOT NULL, "gate_id" integer NOT NULL, "registration_id" integer NOT NULL, "session_id" integer, "admission" varchar(16), "outcome" varchar(16) NOT NULL, "first_check_in_id" integer, "scanned_at" datetime(3) NOT NULL, "received_at" datetime(3) NOT NULL, "offline" boolean NOT NULL DEFAULT (0), "device_id" varchar(40) NOT NULL, "client_scan_id" varchar(40) NOT NULL, "staff_account_id" integer, "staff_name" varchar(254), CONSTRAINT "FK_e2531b03868ef373d26e3682e89" FOREIGN KEY ("registration_id") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7f95e3911cf43882423fe0848b2" FOREIGN KEY ("gate_id") REFERENCES "check_in_gate" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)');
    await queryRunner.query(`INSERT INTO "check_in"(${COLUMNS}) SELECT ${COLUMNS} FROM "temporary_check_in"`);
    await queryRunner.query('DROP TABLE "temporary_check_in"');
    for (const index of INDEXES) await queryRunner.query(index);
    await queryRunner.query('DROP TABLE "guest_credential"');
  }
}
