import type { QueryRunner } from "typeorm";

/** The name of the database a migration runs in (TypeORM keys generated-column metadata by it). */
export async function currentDatabase(queryRunner: QueryRunner): Promise<string> {
  const [row] = (await queryRunner.query("SELECT DATABASE() AS name")) as { name: string }[];
  return row.name;
}
