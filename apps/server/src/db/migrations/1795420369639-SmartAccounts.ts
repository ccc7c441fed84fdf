import type { MigrationInterface, QueryRunner } from "typeorm";
import { currentDatabase } from "./current-database";

export class SmartAccounts1795420369639 implements MigrationInterface {
  name = "SmartAccounts1795420369639";

  async up(queryRunner: QueryRunner): Promise<void> {
    const database = await currentDatabase(queryRunner);
    await queryRunner.query(
      "CREATE TABLE `domain_reviews` (`id` varchar(36) NOT NULL, `smartAccountId` varchar(36) NOT NULL, `identifier` varchar(253) NOT NULL, `status` varchar(20) NOT NULL, `reasons` varchar(100) NOT NULL, `contactPhone` varchar(32) NOT NULL, `note` varchar(2000) NULL, `dnsChallenge` varchar(64) NOT NULL, `decidedById` varchar(36) NULL, `decidedAt` datetime(3) NULL, `decisionReason` varchar(2000) NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_2d53ed10c3094c25dcc99839f7` (`smartAccountId`, `createdAt`), INDEX `IDX_4e870e4c3fb4d77927e9a7e602` (`status`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `nominations` (`id` varchar(36) NOT NULL, `smartAccountId` varchar(36) NOT NULL, `kind` varchar(16) NOT NULL, `email` varchar(254) NOT NULL, `status` varchar(16) NOT NULL, `nominatedById` varchar(36) NULL, `message` varchar(2000) NULL, `sentAt` datetime(3) NULL, `expiresAt` datetime(3) NULL, `decidedAt` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_e0c343ecd84d73d14de2fa2284` (`smartAccountId`, `kind`, `status`), INDEX `IDX_be377bd4862f2b975362812424` (`email`, `status`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `role_assignments` (`id` varchar(36) NOT NULL, `smartAccountId` varchar(36) NOT NULL, `virtualAccountId` varchar(36) NULL, `scopeKey` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `userId` varchar(36) NULL, `role` varchar(16) NOT NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_4c31464b76da5895e211a5d209` (`userId`), INDEX `IDX_6a413b4c06ba3d79902b13a81f` (`email`), UNIQUE INDEX `IDX_3f8df1d736aac8f3ceb1599315` (`smartAccountId`, `scopeKey`, `email`, `role`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `account_events` (`id` varchar(36) NOT NULL, `smartAccountId` varchar(36) NOT NULL, `sequence` int NOT NULL, `type` varchar(40) NOT NULL, `actorId` varchar(36) NULL, `actorEmail` varchar(254) NULL, `statusBefore` varchar(32) NULL, `statusAfter` varchar(32) NULL, `detail` varchar(2000) NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_4b4be2cfa815c0723b86899581` (`smartAccountId`, `createdAt`, `sequence`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `account_approvers` (`id` varchar(36) NOT NULL, `smartAccountId` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `active` tinyint NOT NULL, `position` int NOT NULL, `addedAt` datetime(3) NOT NULL, `removedAt` datetime(3) NULL, INDEX `IDX_fbbfaf9222539f9488ea44dcb6` (`email`, `active`), INDEX `IDX_4653e0ea3ebfde6503a7e9b5d7` (`smartAccountId`, `active`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `smart_accounts` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `nameKey` varchar(200) NOT NULL, `domainIdentifier` varchar(253) NOT NULL, `topLevelDomain` varchar(253) NOT NULL, `liveIdentifier` varchar(253) AS (CASE WHEN status IN ('CANCELLED', 'LAPSED') THEN NULL ELSE domainIdentifier END) STORED, `status` varchar(32) NOT NULL, `visibility` varchar(16) NOT NULL, `channel` varchar(32) NOT NULL, `requesterId` varchar(36) NOT NULL, `companyName` varchar(200) NULL, `country` varchar(2) NULL, `addressLine` varchar(300) NULL, `city` varchar(100) NULL, `region` varchar(100) NULL, `postalCode` varchar(20) NULL, `messageToApprovers` varchar(2000) NULL, `noteToDomainApprover` varchar(2000) NULL, `noteToUsers` varchar(2000) NULL, `approvedById` varchar(36) NULL, `declineReason` varchar(2000) NULL, `version` int NOT NULL DEFAULT '0', `remindersSent` int NOT NULL DEFAULT '0', `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `statusChangedAt` datetime(3) NOT NULL, `lapseAt` datetime(3) NULL, `activatedAt` datetime(3) NULL, INDEX `IDX_36bc3bf7480c8e853d2e2194ec` (`domainIdentifier`), UNIQUE INDEX `IDX_844d49fcbd64ea1c5fbd33c5e3` (`liveIdentifier`), INDEX `IDX_b92ad5e92f38bf6ece2f155e9a` (`nameKey`, `id`), INDEX `IDX_3e6c33c9441d2a5b08e6580435` (`status`, `lapseAt`), INDEX `IDX_3745319d87accd6d87f14311c6` (`requesterId`, `createdAt`), INDEX `IDX_f804971f97f79d110e77711c7c` (`topLevelDomain`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "INSERT INTO `typeorm_metadata`(`database`, `schema`, `table`, `type`, `name`, `value`) VALUES (DEFAULT, ?, ?, ?, ?, ?)",
      [
        database,
        "smart_accounts",
        "GENERATED_COLUMN",
        "liveIdentifier",
        "CASE WHEN status IN ('CANCELLED', 'LAPSED') THEN NULL ELSE domainIdentifier END",
      ],
    );
    await queryRunner.query(
      "CREATE TABLE `virtual_accounts` (`id` varchar(36) NOT NULL, `smartAccountId` varchar(36) NOT NULL, `parentId` varchar(36) NULL, `name` varchar(100) NOT NULL, `description` varchar(1000) NULL, `isDefault` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_33da53e51e2dcbe3514e51451e` (`smartAccountId`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `action_tokens` ADD `subjectId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `action_tokens` ADD `email` varchar(254) NULL");
    await queryRunner.query("DROP INDEX `IDX_a8b77b31fe5bac73d2e077e508` ON `action_tokens`");
    await queryRunner.query(
      "ALTER TABLE `action_tokens` CHANGE `userId` `userId` varchar(36) NULL",
    );
    await queryRunner.query(
      "CREATE INDEX `IDX_014459abb01c59f467dce9a364` ON `action_tokens` (`subjectId`)",
    );
    await queryRunner.query(
      "CREATE INDEX `IDX_a8b77b31fe5bac73d2e077e508` ON `action_tokens` (`userId`, `purpose`)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const database = await currentDatabase(queryRunner);
    await queryRunner.query("DROP INDEX `IDX_a8b77b31fe5bac73d2e077e508` ON `action_tokens`");
    await queryRunner.query("DROP INDEX `IDX_014459abb01c59f467dce9a364` ON `action_tokens`");
    await queryRunner.query(
      "ALTER TABLE `action_tokens` CHANGE `userId` `userId` varchar(36) NOT NULL",
    );
    await queryRunner.query(
      "CREATE INDEX `IDX_a8b77b31fe5bac73d2e077e508` ON `action_tokens` (`userId`, `purpose`)",
    );
    await queryRunner.query("ALTER TABLE `action_tokens` DROP COLUMN `email`");
    await queryRunner.query("ALTER TABLE `action_tokens` DROP COLUMN `subjectId`");
    await queryRunner.query("DROP INDEX `IDX_33da53e51e2dcbe3514e51451e` ON `virtual_accounts`");
    await queryRunner.query("DROP TABLE `virtual_accounts`");
    await queryRunner.query(
      "DELETE FROM `typeorm_metadata` WHERE `type` = ? AND `name` = ? AND `schema` = ? AND `table` = ?",
      ["GENERATED_COLUMN", "liveIdentifier", database, "smart_accounts"],
    );
    await queryRunner.query("DROP INDEX `IDX_f804971f97f79d110e77711c7c` ON `smart_accounts`");
    await queryRunner.query("DROP INDEX `IDX_3745319d87accd6d87f14311c6` ON `smart_accounts`");
    await queryRunner.query("DROP INDEX `IDX_3e6c33c9441d2a5b08e6580435` ON `smart_accounts`");
    await queryRunner.query("DROP INDEX `IDX_b92ad5e92f38bf6ece2f155e9a` ON `smart_accounts`");
    await queryRunner.query("DROP INDEX `IDX_844d49fcbd64ea1c5fbd33c5e3` ON `smart_accounts`");
    await queryRunner.query("DROP INDEX `IDX_36bc3bf7480c8e853d2e2194ec` ON `smart_accounts`");
    await queryRunner.query("DROP TABLE `smart_accounts`");
    await queryRunner.query("DROP INDEX `IDX_4653e0ea3ebfde6503a7e9b5d7` ON `account_approvers`");
    await queryRunner.query("DROP INDEX `IDX_fbbfaf9222539f9488ea44dcb6` ON `account_approvers`");
    await queryRunner.query("DROP TABLE `account_approvers`");
    await queryRunner.query("DROP INDEX `IDX_4b4be2cfa815c0723b86899581` ON `account_events`");
    await queryRunner.query("DROP TABLE `account_events`");
    await queryRunner.query("DROP INDEX `IDX_3f8df1d736aac8f3ceb1599315` ON `role_assignments`");
    await queryRunner.query("DROP INDEX `IDX_6a413b4c06ba3d79902b13a81f` ON `role_assignments`");
    await queryRunner.query("DROP INDEX `IDX_4c31464b76da5895e211a5d209` ON `role_assignments`");
    await queryRunner.query("DROP TABLE `role_assignments`");
    await queryRunner.query("DROP INDEX `IDX_be377bd4862f2b975362812424` ON `nominations`");
    await queryRunner.query("DROP INDEX `IDX_e0c343ecd84d73d14de2fa2284` ON `nominations`");
    await queryRunner.query("DROP TABLE `nominations`");
    await queryRunner.query("DROP INDEX `IDX_4e870e4c3fb4d77927e9a7e602` ON `domain_reviews`");
    await queryRunner.query("DROP INDEX `IDX_2d53ed10c3094c25dcc99839f7` ON `domain_reviews`");
    await queryRunner.query("DROP TABLE `domain_reviews`");
  }
}
