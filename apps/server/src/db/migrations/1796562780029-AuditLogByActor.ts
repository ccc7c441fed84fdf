import type { MigrationInterface, QueryRunner } from "typeorm";

export class AuditLogByActor1796562780029 implements MigrationInterface {
  name = "AuditLogByActor1796562780029";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_e3df6016efa992a452c439001e` ON `account_events` (`actorEmail`, `position`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_e3df6016efa992a452c439001e` ON `account_events`");
  }
}
