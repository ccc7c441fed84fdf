import type { MigrationInterface, QueryRunner } from "typeorm";

export class SignInLimitsAndTokenRevocation1796164343216 implements MigrationInterface {
  name = "SignInLimitsAndTokenRevocation1796164343216";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `server_secrets` (`name` varchar(64) NOT NULL, `value` varchar(128) NOT NULL, `createdAt` datetime(3) NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `api_tokens` ADD `revokedReason` varchar(32) NULL");
    await queryRunner.query(
      "CREATE INDEX `IDX_0105af84b87bc8496c148ef911` ON `rate_limit_hits` (`createdAt`)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_0105af84b87bc8496c148ef911` ON `rate_limit_hits`");
    await queryRunner.query("ALTER TABLE `api_tokens` DROP COLUMN `revokedReason`");
    await queryRunner.query("DROP TABLE `server_secrets`");
  }
}
