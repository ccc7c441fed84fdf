import type { MigrationInterface, QueryRunner } from "typeorm";

export class Webhooks1796559496425 implements MigrationInterface {
  name = "Webhooks1796559496425";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `webhook_attempts` (`id` varchar(36) NOT NULL, `deliveryId` varchar(40) NOT NULL, `attemptedAt` datetime(3) NOT NULL, `durationMs` int NOT NULL, `statusCode` int NULL, `error` varchar(500) NULL, `responseBody` varchar(1000) NULL, INDEX `IDX_3b7c1a4babc5f663b4b958fe5e` (`deliveryId`, `attemptedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `webhook_deliveries` (`id` varchar(40) NOT NULL, `endpointId` varchar(36) NOT NULL, `smartAccountId` varchar(36) NOT NULL, `eventId` varchar(36) NULL, `eventType` varchar(40) NOT NULL, `payload` text NOT NULL, `status` varchar(16) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(3) NOT NULL, `lockedUntil` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, `deliveredAt` datetime(3) NULL, UNIQUE INDEX `IDX_21c506d3d732e44bc48d170d25` (`endpointId`, `eventId`), INDEX `IDX_a4390e170e6735b92bba9d5511` (`endpointId`, `createdAt`), INDEX `IDX_2ea65145f74113a92ac3107d54` (`status`, `nextAttemptAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `webhook_endpoints` (`id` varchar(36) NOT NULL, `smartAccountId` varchar(36) NOT NULL, `createdById` varchar(36) NOT NULL, `url` varchar(2000) NOT NULL, `eventTypes` varchar(1000) NOT NULL, `secret` varchar(100) NOT NULL, `previousSecret` varchar(100) NULL, `previousSecretUntil` datetime(3) NULL, `enabled` tinyint NOT NULL, `disabledReason` varchar(300) NULL, `failingSince` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_e85d31fb592b07ed6c1d499a47` (`enabled`), INDEX `IDX_673072190579599350e01b8c0e` (`smartAccountId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_673072190579599350e01b8c0e` ON `webhook_endpoints`");
    await queryRunner.query("DROP INDEX `IDX_e85d31fb592b07ed6c1d499a47` ON `webhook_endpoints`");
    await queryRunner.query("DROP TABLE `webhook_endpoints`");
    await queryRunner.query("DROP INDEX `IDX_2ea65145f74113a92ac3107d54` ON `webhook_deliveries`");
    await queryRunner.query("DROP INDEX `IDX_a4390e170e6735b92bba9d5511` ON `webhook_deliveries`");
    await queryRunner.query("DROP INDEX `IDX_21c506d3d732e44bc48d170d25` ON `webhook_deliveries`");
    await queryRunner.query("DROP TABLE `webhook_deliveries`");
    await queryRunner.query("DROP INDEX `IDX_3b7c1a4babc5f663b4b958fe5e` ON `webhook_attempts`");
    await queryRunner.query("DROP TABLE `webhook_attempts`");
  }
}
