import type { MigrationInterface, QueryRunner } from "typeorm";

export class AccessRequestsByDate1796534613099 implements MigrationInterface {
  name = "AccessRequestsByDate1796534613099";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_c79249f1c2a9fddbdf3f009456` ON `access_requests` (`smartAccountId`, `createdAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_c79249f1c2a9fddbdf3f009456` ON `access_requests`");
  }
}
