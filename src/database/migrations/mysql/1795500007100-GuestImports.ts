import { MigrationInterface, QueryRunner } from 'typeorm';

export class GuestImports1795500007100 implements MigrationInterface {
  name = 'GuestImports1795500007100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `guest_import_row` (`import_id` int NOT NULL, `row` int NOT NULL, `fields` text NULL, `problems` text NULL, PRIMARY KEY (`import_id`, `row`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `guest_import` (`id` int NOT NULL AUTO_INCREMENT, `edition_id` int NOT NULL, `file_name` varchar(200) NOT NULL, `digest` varchar(64) NOT NULL, `row_count` int NOT NULL, `error_count` int NOT NULL, `confirmed_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `guest_import_row` ADD CONSTRAINT `FK_0948e5dd75d6802061394ceef77` FOREIGN KEY (`import_id`) REFERENCES `guest_import`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `guest_import` ADD CONSTRAINT `FK_a705e469701c05c9972a583f776` FOREIGN KEY (`edition_id`) REFERENCES `edition`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `guest_import` DROP FOREIGN KEY `FK_a705e469701c05c9972a583f776`");
    await queryRunner.query("ALTER TABLE `guest_import_row` DROP FOREIGN KEY `FK_0948e5dd75d6802061394ceef77`");
    await queryRunner.query("DROP TABLE `guest_import`");
    await queryRunner.query("DROP TABLE `guest_import_row`");
  }
}
