import { createConnection } from "mysql2/promise";
import { createDataSource, migrate } from "../../src/db/data-source";

const base = process.env.TEST_DATABASE_URL as string;

describe("MySQL migrations", () => {
  it("bring an empty database exactly to the entities, and twice is harmless", async () => {
    const url = new URL(base);
    const name = `${url.pathname.slice(1) || "test"}_schema_check`;
    const admin = await createConnection({ uri: base });
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    url.pathname = `/${name}`;
    const dataSource = await createDataSource({ kind: "mysql", url: url.toString() });
    await dataSource.initialize();
    try {
      await Promise.all([migrate(dataSource), migrate(dataSource)]);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      const applied = (await dataSource.query("SELECT COUNT(*) AS n FROM migrations")) as {
        n: number;
      }[];
      expect(Number(applied[0].n)).toBe(dataSource.migrations.length);
    } finally {
      await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    }
  });
});
