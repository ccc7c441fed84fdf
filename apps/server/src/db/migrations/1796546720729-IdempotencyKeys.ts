import type { MigrationInterface, QueryRunner } from "typeorm";

export class IdempotencyKeys1796546720729 implements MigrationInterface {
  name = "IdempotencyKeys1796546720729";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `idempotency_keys` (`id` varchar(36) NOT NULL, `caller` varchar(64) NOT NULL, `idempotencyKey` varchar(255) NOT NULL, `fingerprint` varchar(64) NOT NULL, `state` varchar(16) NOT NULL, `httpStatus` int NULL, `response` text NULL, `createdAt` datetime(3) NOT NULL, `leaseUntil` datetime(3) NOT NULL, `expiresAt` datetime(3) NOT NULL, INDEX `IDX_69cdd42dc83e6208402de6acef` (`expiresAt`), UNIQUE INDEX `IDX_d2f8dc36a0d5384d8d0d42ea92` (`caller`, `idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_d2f8dc36a0d5384d8d0d42ea92` ON `idempotency_keys`");
    await queryRunner.query("DROP INDEX `IDX_69cdd42dc83e6208402de6acef` ON `idempotency_keys`");
    await queryRunner.query("DROP TABLE `idempotency_keys`");
  }
}
