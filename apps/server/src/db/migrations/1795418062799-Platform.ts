import type { MigrationInterface, QueryRunner } from "typeorm";

export class Platform1795418062799 implements MigrationInterface {
  name = "Platform1795418062799";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `api_tokens` (`id` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `scope` varchar(16) NOT NULL, `tokenHash` varchar(64) NOT NULL, `prefix` varchar(16) NOT NULL, `createdAt` datetime(3) NOT NULL, `expiresAt` datetime(3) NULL, `lastUsedAt` datetime(3) NULL, `revokedAt` datetime(3) NULL, INDEX `IDX_57285a94887f1b7d7eaacb1c18` (`userId`, `createdAt`), UNIQUE INDEX `IDX_cdac8e064e6e9c2e0835d1c1b8` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `outbox_emails` (`id` varchar(36) NOT NULL, `toAddress` varchar(254) NOT NULL, `subject` varchar(300) NOT NULL, `textBody` text NOT NULL, `htmlBody` text NOT NULL, `status` varchar(16) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(3) NOT NULL, `lockedUntil` datetime(3) NULL, `lastError` varchar(500) NULL, `createdAt` datetime(3) NOT NULL, `sentAt` datetime(3) NULL, INDEX `IDX_13cc1b8513bfc9d635479123f3` (`createdAt`), INDEX `IDX_7088566215afcfb4c01ad95a89` (`status`, `nextAttemptAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `action_tokens` (`id` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `purpose` varchar(32) NOT NULL, `userId` varchar(36) NOT NULL, `expiresAt` datetime(3) NOT NULL, `usedAt` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_a8b77b31fe5bac73d2e077e508` (`userId`, `purpose`), UNIQUE INDEX `IDX_fad96a937dbbbfc18e568815ec` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `rate_limit_hits` (`id` varchar(36) NOT NULL, `bucket` varchar(40) NOT NULL, `subject` varchar(254) NOT NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_95bcc470c6963bc4bc89c3a57b` (`bucket`, `subject`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `sessions` (`idHash` varchar(64) NOT NULL, `userId` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `lastSeenAt` datetime(3) NOT NULL, `absoluteExpiresAt` datetime(3) NOT NULL, `ip` varchar(64) NULL, `userAgent` varchar(255) NULL, INDEX `IDX_57de40bc620f456c7311aa3a1e` (`userId`), PRIMARY KEY (`idHash`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `users` (`id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `name` varchar(200) NOT NULL, `company` varchar(200) NOT NULL, `organisationType` varchar(16) NOT NULL, `isStaff` tinyint NOT NULL DEFAULT 0, `passwordHash` varchar(255) NOT NULL, `emailVerifiedAt` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_97672ac88f789774dd47f7c8be` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_97672ac88f789774dd47f7c8be` ON `users`");
    await queryRunner.query("DROP TABLE `users`");
    await queryRunner.query("DROP INDEX `IDX_57de40bc620f456c7311aa3a1e` ON `sessions`");
    await queryRunner.query("DROP TABLE `sessions`");
    await queryRunner.query("DROP INDEX `IDX_95bcc470c6963bc4bc89c3a57b` ON `rate_limit_hits`");
    await queryRunner.query("DROP TABLE `rate_limit_hits`");
    await queryRunner.query("DROP INDEX `IDX_fad96a937dbbbfc18e568815ec` ON `action_tokens`");
    await queryRunner.query("DROP INDEX `IDX_a8b77b31fe5bac73d2e077e508` ON `action_tokens`");
    await queryRunner.query("DROP TABLE `action_tokens`");
    await queryRunner.query("DROP INDEX `IDX_7088566215afcfb4c01ad95a89` ON `outbox_emails`");
    await queryRunner.query("DROP INDEX `IDX_13cc1b8513bfc9d635479123f3` ON `outbox_emails`");
    await queryRunner.query("DROP TABLE `outbox_emails`");
    await queryRunner.query("DROP INDEX `IDX_cdac8e064e6e9c2e0835d1c1b8` ON `api_tokens`");
    await queryRunner.query("DROP INDEX `IDX_57285a94887f1b7d7eaacb1c18` ON `api_tokens`");
    await queryRunner.query("DROP TABLE `api_tokens`");
  }
}
