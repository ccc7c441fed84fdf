import type { MigrationInterface, QueryRunner } from "typeorm";
import { currentDatabase } from "./current-database";

export class AccessRequests1795420876927 implements MigrationInterface {
  name = "AccessRequests1795420876927";

  async up(queryRunner: QueryRunner): Promise<void> {
    const database = await currentDatabase(queryRunner);
    await queryRunner.query(
      "CREATE TABLE `access_requests` (`id` varchar(36) NOT NULL, `smartAccountId` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `requestedById` varchar(36) NOT NULL, `reason` varchar(2000) NOT NULL, `askedRole` varchar(16) NOT NULL, `status` varchar(16) NOT NULL, `statusRank` int NOT NULL, `pendingEmail` varchar(254) AS (CASE WHEN status = 'PENDING' THEN email ELSE NULL END) STORED, `grantedRole` varchar(16) NULL, `grantedVirtualAccountIds` varchar(2000) NULL, `decidedById` varchar(36) NULL, `declineReason` varchar(2000) NULL, `autoApproved` tinyint NOT NULL DEFAULT 0, `decidedAt` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_ab0790c9e7d71b0799ae820ed9` (`smartAccountId`, `pendingEmail`), INDEX `IDX_bff1d64a7b2073d130bed2e69e` (`email`, `createdAt`), INDEX `IDX_f9d30f0da4e270d88cdc588ead` (`requestedById`, `createdAt`), INDEX `IDX_b6037688d7d3b0999424707bfd` (`smartAccountId`, `statusRank`, `createdAt`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "INSERT INTO `typeorm_metadata`(`database`, `schema`, `table`, `type`, `name`, `value`) VALUES (DEFAULT, ?, ?, ?, ?, ?)",
      [
        database,
        "access_requests",
        "GENERATED_COLUMN",
        "pendingEmail",
        "CASE WHEN status = 'PENDING' THEN email ELSE NULL END",
      ],
    );
    await queryRunner.query("ALTER TABLE `smart_accounts` ADD `autoApproveUpTo` varchar(16) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const database = await currentDatabase(queryRunner);
    await queryRunner.query("ALTER TABLE `smart_accounts` DROP COLUMN `autoApproveUpTo`");
    await queryRunner.query(
      "DELETE FROM `typeorm_metadata` WHERE `type` = ? AND `name` = ? AND `schema` = ? AND `table` = ?",
      ["GENERATED_COLUMN", "pendingEmail", database, "access_requests"],
    );
    await queryRunner.query("DROP INDEX `IDX_b6037688d7d3b0999424707bfd` ON `access_requests`");
    await queryRunner.query("DROP INDEX `IDX_f9d30f0da4e270d88cdc588ead` ON `access_requests`");
    await queryRunner.query("DROP INDEX `IDX_bff1d64a7b2073d130bed2e69e` ON `access_requests`");
    await queryRunner.query("DROP INDEX `IDX_ab0790c9e7d71b0799ae820ed9` ON `access_requests`");
    await queryRunner.query("DROP TABLE `access_requests`");
  }
}
