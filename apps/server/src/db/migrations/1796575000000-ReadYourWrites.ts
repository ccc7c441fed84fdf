import type { MigrationInterface, QueryRunner } from "typeorm";

export class ReadYourWrites1796575000000 implements MigrationInterface {
  name = "ReadYourWrites1796575000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `users` ADD `lastWriteAt` datetime(3) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `lastWriteAt`");
  }
}
