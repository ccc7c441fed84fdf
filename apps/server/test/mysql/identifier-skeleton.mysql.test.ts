import { createConnection } from "mysql2/promise";
import { createDataSource, migrate } from "../../src/db/data-source";
import { IdentifierSkeleton1796164060874 } from "../../src/db/migrations/1796164060874-IdentifierSkeleton";

const base = process.env.TEST_DATABASE_URL as string;

describe("the identifier skeleton migration", () => {
  it("back-fills the skeleton of the accounts that exist before it", async () => {
    const url = new URL(base);
    const name = `${url.pathname.slice(1) || "test"}_skeleton_backfill`;
    const admin = await createConnection({ uri: base });
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    url.pathname = `/${name}`;
    const dataSource = await createDataSource({ kind: "mysql", url: url.toString() });
    await dataSource.initialize();
    const migration = new IdentifierSkeleton1796164060874();
    const runner = dataSource.createQueryRunner();
    try {
      await migrate(dataSource);
      // Back to the table as it was before the migration, with accounts in it.
      await migration.down(runner);
      const now = new Date();
      for (const [id, identifier] of [
        ["00000000-0000-0000-0000-000000000001", "apple.com"],
        ["00000000-0000-0000-0000-000000000002", "xn--80ak6aa92e.com"],
        ["00000000-0000-0000-0000-000000000003", "orchard.example"],
      ]) {
        await runner.query(
          "INSERT INTO smart_accounts (id, name, nameKey, domainIdentifier, topLevelDomain, status, visibility, channel, requesterId, createdAt, updatedAt, statusChangedAt) VALUES (?, ?, ?, ?, ?, 'ACTIVE', 'UNRESTRICTED', 'CUSTOMER_SELF', ?, ?, ?, ?)",
          [id, identifier, identifier, identifier, identifier, id, now, now, now],
        );
      }
      await migration.up(runner);
      const rows = (await runner.query(
        "SELECT domainIdentifier, identifierSkeleton FROM smart_accounts ORDER BY id",
      )) as { domainIdentifier: string; identifierSkeleton: string }[];
      expect(rows).toEqual([
        { domainIdentifier: "apple.com", identifierSkeleton: "apple.corn" },
        { domainIdentifier: "xn--80ak6aa92e.com", identifierSkeleton: "apple.corn" },
        { domainIdentifier: "orchard.example", identifierSkeleton: "orchard.exarnple" },
      ]);
    } finally {
      await runner.release();
      await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    }
  });
});
