import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session without a capacity of its own takes its room's seats as its limit: the seat pools
 * of such sessions get the room's capacity. Seats taken beyond it before stay taken (nobody
 * loses a seat); nobody else gets one until enough are given back.
 */
export class SeatsBoundedByRoom1795500000100 implements MigrationInterface {
  name = 'SeatsBoundedByRoom1795500000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'UPDATE "seat_pool" SET "capacity" = (SELECT r."capacity" FROM "session" s INNER JOIN "room" r ON r."id" = s."room_id" WHERE s."id" = "seat_pool"."session_id") ' +
        'WHERE "capacity" IS NULL AND "session_id" IN (SELECT s."id" FROM "session" s INNER JOIN "room" r ON r."id" = s."room_id" WHERE s."capacity" IS NULL AND r."capacity" IS NOT NULL)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('UPDATE "seat_pool" SET "capacity" = (SELECT s."capacity" FROM "session" s WHERE s."id" = "seat_pool"."session_id")');
  }
}
