import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The events feed: each history event gets a position in the feed of all accounts, given after
 * commit under the lock of one counter row (EventSequencer). Events already written are numbered
 * here in the order they were made, each account's in its history's order, and the counter
 * starts after them.
 */
export class EventFeedPositions1796546547616 implements MigrationInterface {
  name = "EventFeedPositions1796546547616";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `sequence_counters` (`name` varchar(40) NOT NULL, `value` bigint NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `account_events` ADD `position` bigint NULL");
    await queryRunner.query(
      "UPDATE `account_events` e JOIN (SELECT `id`, ROW_NUMBER() OVER (ORDER BY `createdAt`, `smartAccountId`, `sequence`) AS n FROM `account_events`) r ON r.`id` = e.`id` SET e.`position` = r.n",
    );
    await queryRunner.query(
      "INSERT INTO `sequence_counters` (`name`, `value`) SELECT 'account_events', COALESCE(MAX(`position`), 0) FROM `account_events`",
    );
    await queryRunner.query("ALTER TABLE `account_events` ADD UNIQUE INDEX `IDX_ed17cdf1972482bc181a6041cc` (`position`)");
    await queryRunner.query("CREATE INDEX `IDX_7f3124d6e355b0a7630fdf4cbd` ON `account_events` (`type`, `position`)");
    await queryRunner.query("CREATE INDEX `IDX_c4186c600800b8067842ee4e6d` ON `account_events` (`smartAccountId`, `position`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_c4186c600800b8067842ee4e6d` ON `account_events`");
    await queryRunner.query("DROP INDEX `IDX_7f3124d6e355b0a7630fdf4cbd` ON `account_events`");
    await queryRunner.query("ALTER TABLE `account_events` DROP INDEX `IDX_ed17cdf1972482bc181a6041cc`");
    await queryRunner.query("ALTER TABLE `account_events` DROP COLUMN `position`");
    await queryRunner.query("DROP TABLE `sequence_counters`");
  }
}
