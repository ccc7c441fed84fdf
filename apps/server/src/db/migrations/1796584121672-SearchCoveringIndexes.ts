import type { MigrationInterface, QueryRunner } from "typeorm";

export class SearchCoveringIndexes1796584121672 implements MigrationInterface {
  name = "SearchCoveringIndexes1796584121672";

  // The wider indexes are built before the ones they replace are dropped: search never runs
  // without an index on a live database.
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE INDEX `IDX_1643cd7f82e6ba8c80dc07091c` ON `smart_accounts` (`domainIdentifier`, `status`, `visibility`)",
    );
    await queryRunner.query(
      "CREATE INDEX `IDX_a6099515db1622fc28f1d52f38` ON `smart_accounts` (`nameKey`, `id`, `status`, `visibility`)",
    );
    await queryRunner.query("DROP INDEX `IDX_36bc3bf7480c8e853d2e2194ec` ON `smart_accounts`");
    await queryRunner.query("DROP INDEX `IDX_b92ad5e92f38bf6ece2f155e9a` ON `smart_accounts`");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_a6099515db1622fc28f1d52f38` ON `smart_accounts`");
    await queryRunner.query("DROP INDEX `IDX_1643cd7f82e6ba8c80dc07091c` ON `smart_accounts`");
    await queryRunner.query(
      "CREATE INDEX `IDX_b92ad5e92f38bf6ece2f155e9a` ON `smart_accounts` (`nameKey`, `id`)",
    );
    await queryRunner.query(
      "CREATE INDEX `IDX_36bc3bf7480c8e853d2e2194ec` ON `smart_accounts` (`domainIdentifier`)",
    );
  }
}
