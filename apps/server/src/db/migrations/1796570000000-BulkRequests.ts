import type { MigrationInterface, QueryRunner } from "typeorm";

export class BulkRequests1796570000000 implements MigrationInterface {
  name = "BulkRequests1796570000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `bulk_request_jobs` (`id` varchar(36) NOT NULL, `requesterId` varchar(36) NOT NULL, `status` varchar(16) NOT NULL, `acknowledgeExistingAccounts` tinyint NOT NULL DEFAULT 0, `totalRows` int NOT NULL, `processedRows` int NOT NULL DEFAULT '0', `clientIp` varchar(64) NULL, `userAgent` varchar(300) NULL, `nextRunAt` datetime(3) NOT NULL, `waitingReason` varchar(300) NULL, `lockedUntil` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `finishedAt` datetime(3) NULL, INDEX `IDX_fb9764107c21ec441e79814f8a` (`status`, `nextRunAt`), INDEX `IDX_d85f991bfc60d61a789306e251` (`requesterId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `bulk_request_rows` (`id` varchar(36) NOT NULL, `jobId` varchar(36) NOT NULL, `rowNumber` int NOT NULL, `input` text NOT NULL, `state` varchar(24) NOT NULL, `errorKind` varchar(40) NULL, `errorField` varchar(64) NULL, `message` varchar(1000) NULL, `smartAccountId` varchar(36) NULL, `processedAt` datetime(3) NULL, INDEX `IDX_9aa8ad1d37e7271102fccd7aff` (`jobId`, `state`), UNIQUE INDEX `IDX_894f64e4528cec6b74ea1397a3` (`jobId`, `rowNumber`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `bulk_request_rows`");
    await queryRunner.query("DROP TABLE `bulk_request_jobs`");
  }
}
