import { MigrationInterface, QueryRunner } from 'typeorm';

/** A room block's rank rule (issue 19, rooms): guests of this rank or higher sleep alone in it. */
export class RoomBlockRankRule1795500012000 implements MigrationInterface {
  name = 'RoomBlockRankRule1795500012000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "room_block" ADD COLUMN "alone_up_to_rank_id" integer');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "room_block" DROP COLUMN "alone_up_to_rank_id"');
  }
}
