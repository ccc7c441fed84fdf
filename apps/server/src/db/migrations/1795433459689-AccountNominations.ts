import type { MigrationInterface, QueryRunner } from "typeorm";

export class AccountNominations1795433459689 implements MigrationInterface {
  name = "AccountNominations1795433459689";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE INDEX `IDX_bcfc01bac53377befc179f4038` ON `nominations` (`smartAccountId`, `createdAt`, `id`)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_bcfc01bac53377befc179f4038` ON `nominations`");
  }
}
