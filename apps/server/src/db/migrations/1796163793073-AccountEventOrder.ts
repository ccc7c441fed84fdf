import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * History events get their own per-account numbering, apart from the account's version: changes
 * to what hangs off an account append events without bumping the version. Existing events are
 * renumbered 1, 2, 3 … per account in the order the history showed them, and each account's
 * counter starts after its last event.
 */
export class AccountEventOrder1796163793073 implements MigrationInterface {
  name = "AccountEventOrder1796163793073";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_4b4be2cfa815c0723b86899581` ON `account_events`");
    await queryRunner.query("ALTER TABLE `smart_accounts` ADD `eventSeq` int NOT NULL DEFAULT '0'");
    await queryRunner.query(
      "UPDATE `account_events` e JOIN (SELECT `id`, ROW_NUMBER() OVER (PARTITION BY `smartAccountId` ORDER BY `createdAt`, `sequence`, `id`) AS n FROM `account_events`) r ON r.`id` = e.`id` SET e.`sequence` = r.n",
    );
    await queryRunner.query(
      "UPDATE `smart_accounts` a SET a.`eventSeq` = (SELECT COALESCE(MAX(e.`sequence`), 0) FROM `account_events` e WHERE e.`smartAccountId` = a.`id`)",
    );
    await queryRunner.query(
      "CREATE UNIQUE INDEX `IDX_9be42e56d98856f04a3e5f0a55` ON `account_events` (`smartAccountId`, `sequence`)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_9be42e56d98856f04a3e5f0a55` ON `account_events`");
    await queryRunner.query("ALTER TABLE `smart_accounts` DROP COLUMN `eventSeq`");
    await queryRunner.query(
      "CREATE INDEX `IDX_4b4be2cfa815c0723b86899581` ON `account_events` (`smartAccountId`, `createdAt`, `sequence`)",
    );
  }
}
