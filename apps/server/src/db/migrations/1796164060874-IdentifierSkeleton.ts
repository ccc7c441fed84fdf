import type { MigrationInterface, QueryRunner } from "typeorm";
import { identifierSkeleton } from "../../modules/domain/domain-identifier";

const BATCH = 500;

export class IdentifierSkeleton1796164060874 implements MigrationInterface {
  name = "IdentifierSkeleton1796164060874";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `smart_accounts` ADD `identifierSkeleton` varchar(512) NOT NULL",
    );
    // The skeleton needs the Unicode confusables data, which SQL does not have: computed here,
    // a batch of accounts at a time, in id order.
    let after = "";
    for (;;) {
      const rows = (await queryRunner.query(
        "SELECT `id`, `domainIdentifier` FROM `smart_accounts` WHERE `id` > ? ORDER BY `id` LIMIT ?",
        [after, BATCH],
      )) as { id: string; domainIdentifier: string }[];
      if (rows.length === 0) break;
      const cases = rows.map(() => "WHEN ? THEN ?").join(" ");
      await queryRunner.query(
        `UPDATE \`smart_accounts\` SET \`identifierSkeleton\` = CASE \`id\` ${cases} END WHERE \`id\` IN (${rows.map(() => "?").join(", ")})`,
        [
          ...rows.flatMap((row) => [row.id, identifierSkeleton(row.domainIdentifier)]),
          ...rows.map((row) => row.id),
        ],
      );
      after = rows[rows.length - 1].id;
    }
    await queryRunner.query(
      "CREATE INDEX `IDX_6e11d37b15fb7875868155c431` ON `smart_accounts` (`identifierSkeleton`)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_6e11d37b15fb7875868155c431` ON `smart_accounts`");
    await queryRunner.query("ALTER TABLE `smart_accounts` DROP COLUMN `identifierSkeleton`");
  }
}
