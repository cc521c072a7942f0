import { MigrationInterface, QueryRunner } from 'typeorm';

export class Pickups1795500011000 implements MigrationInterface {
  name = 'Pickups1795500011000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"pickup_assignment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"trip_id\" integer NOT NULL, \"vehicle_id\" integer NOT NULL, \"window_start\" datetime NOT NULL, \"meeting_point\" varchar(100) NOT NULL, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_pickup_assignment_run\" ON \"pickup_assignment\" (\"vehicle_id\", \"window_start\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_pickup_assignment_trip\" ON \"pickup_assignment\" (\"trip_id\") ");
    await queryRunner.query("CREATE TABLE \"pickup_vehicle\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"plate\" varchar(20) NOT NULL, \"seats\" integer NOT NULL, \"driver_name\" varchar(100) NOT NULL, \"driver_phone\" varchar(32), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_pickup_vehicle_plate\" ON \"pickup_vehicle\" (\"edition_id\", \"plate\") ");
    await queryRunner.query("DROP INDEX \"IDX_pickup_assignment_run\"");
    await queryRunner.query("DROP INDEX \"UQ_pickup_assignment_trip\"");
    await queryRunner.query("CREATE TABLE \"temporary_pickup_assignment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"trip_id\" integer NOT NULL, \"vehicle_id\" integer NOT NULL, \"window_start\" datetime NOT NULL, \"meeting_point\" varchar(100) NOT NULL, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_c74dff17cf473a9e163077d3d37\" FOREIGN KEY (\"trip_id\") REFERENCES \"guest_trip\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_f30ece8ad56f14c5c5ccfd650e4\" FOREIGN KEY (\"vehicle_id\") REFERENCES \"pickup_vehicle\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_pickup_assignment\"(\"id\", \"edition_id\", \"trip_id\", \"vehicle_id\", \"window_start\", \"meeting_point\", \"updated_at\") SELECT \"id\", \"edition_id\", \"trip_id\", \"vehicle_id\", \"window_start\", \"meeting_point\", \"updated_at\" FROM \"pickup_assignment\"");
    await queryRunner.query("DROP TABLE \"pickup_assignment\"");
    await queryRunner.query("ALTER TABLE \"temporary_pickup_assignment\" RENAME TO \"pickup_assignment\"");
    await queryRunner.query("CREATE INDEX \"IDX_pickup_assignment_run\" ON \"pickup_assignment\" (\"vehicle_id\", \"window_start\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_pickup_assignment_trip\" ON \"pickup_assignment\" (\"trip_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"UQ_pickup_assignment_trip\"");
    await queryRunner.query("DROP INDEX \"IDX_pickup_assignment_run\"");
    await queryRunner.query("ALTER TABLE \"pickup_assignment\" RENAME TO \"temporary_pickup_assignment\"");
    await queryRunner.query("CREATE TABLE \"pickup_assignment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"edition_id\" integer NOT NULL, \"trip_id\" integer NOT NULL, \"vehicle_id\" integer NOT NULL, \"window_start\" datetime NOT NULL, \"meeting_point\" varchar(100) NOT NULL, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"pickup_assignment\"(\"id\", \"edition_id\", \"trip_id\", \"vehicle_id\", \"window_start\", \"meeting_point\", \"updated_at\") SELECT \"id\", \"edition_id\", \"trip_id\", \"vehicle_id\", \"window_start\", \"meeting_point\", \"updated_at\" FROM \"temporary_pickup_assignment\"");
    await queryRunner.query("DROP TABLE \"temporary_pickup_assignment\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_pickup_assignment_trip\" ON \"pickup_assignment\" (\"trip_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_pickup_assignment_run\" ON \"pickup_assignment\" (\"vehicle_id\", \"window_start\") ");
    await queryRunner.query("DROP INDEX \"UQ_pickup_vehicle_plate\"");
    await queryRunner.query("DROP TABLE \"pickup_vehicle\"");
    await queryRunner.query("DROP INDEX \"UQ_pickup_assignment_trip\"");
    await queryRunner.query("DROP INDEX \"IDX_pickup_assignment_run\"");
    await queryRunner.query("DROP TABLE \"pickup_assignment\"");
  }
}
