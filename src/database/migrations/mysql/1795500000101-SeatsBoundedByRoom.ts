import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session without a capacity of its own takes its room's seats as its limit: the seat pools
 * of such sessions get the room's capacity. Seats taken beyond it before stay taken (nobody
 * loses a seat); nobody else gets one until enough are given back.
 */
export class SeatsBoundedByRoom1795500000101 implements MigrationInterface {
  name = 'SeatsBoundedByRoom1795500000101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'UPDATE `seat_pool` p INNER JOIN `session` s ON s.`id` = p.`session_id` INNER JOIN `room` r ON r.`id` = s.`room_id` ' +
        'SET p.`capacity` = r.`capacity` WHERE p.`capacity` IS NULL AND s.`capacity` IS NULL AND r.`capacity` IS NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('UPDATE `seat_pool` p INNER JOIN `session` s ON s.`id` = p.`session_id` SET p.`capacity` = s.`capacity`');
  }
}
