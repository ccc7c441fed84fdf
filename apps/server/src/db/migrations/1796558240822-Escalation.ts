import type { MigrationInterface, QueryRunner } from "typeorm";

export class Escalation1796558240822 implements MigrationInterface {
  name = "Escalation1796558240822";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `access_requests` ADD `remindersSent` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `smart_accounts` ADD `decisionRemindersSent` int NOT NULL DEFAULT '0'");
    await queryRunner.query("CREATE INDEX `IDX_fffc912170726054ab0542676b` ON `access_requests` (`status`, `remindersSent`, `createdAt`)");
    await queryRunner.query("CREATE INDEX `IDX_d3fb69b17efbfdeb023dd6e194` ON `smart_accounts` (`status`, `decisionRemindersSent`, `statusChangedAt`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_d3fb69b17efbfdeb023dd6e194` ON `smart_accounts`");
    await queryRunner.query("DROP INDEX `IDX_fffc912170726054ab0542676b` ON `access_requests`");
    await queryRunner.query("ALTER TABLE `smart_accounts` DROP COLUMN `decisionRemindersSent`");
    await queryRunner.query("ALTER TABLE `access_requests` DROP COLUMN `remindersSent`");
  }
}
