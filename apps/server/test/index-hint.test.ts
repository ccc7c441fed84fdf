import { forceIndex } from "../src/db/index-hint";
import { DirectoryMembershipEntity } from "../src/modules/directory/directory-membership.entity";
import { RoleAssignmentEntity } from "../src/modules/role/role-assignment.entity";
import { startTestApp, type TestApp } from "./harness";

// The hot reads name their index; the name comes from the schema, so a dropped or renamed index
// fails here (and on MariaDB the statement would be refused) instead of silently slowing a page.
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app.close();
});

const mysql = () => ["mysql", "mariadb"].includes(app.services.db.dataSource.options.type);

it("names the index of exactly these columns on MySQL, and nothing on the embedded database", async () => {
  await app.services.db.read(async (em) => {
    const hint = forceIndex(em, DirectoryMembershipEntity, [
      "principal",
      "rnk",
      "nameKey",
      "accountId",
    ]);
    const index = app.services.db.dataSource
      .getMetadata(DirectoryMembershipEntity)
      .indices.find(
        (i) => i.columns.map((c) => c.databaseName).join() === "principal,rnk,nameKey,accountId",
      );
    expect(index?.name).toBeTruthy();
    expect(hint).toBe(mysql() ? ` FORCE INDEX (\`${index!.name}\`)` : "");
    expect(forceIndex(em, DirectoryMembershipEntity, ["principal", "accountId"])).toBe(
      mysql() ? " FORCE INDEX (`PRIMARY`)" : "",
    );
  });
});

it("refuses columns no index has, in that order", async () => {
  await app.services.db.read(async (em) => {
    expect(() => forceIndex(em, DirectoryMembershipEntity, ["rnk", "principal"])).toThrow(
      "No index on directory_memberships(rnk,principal)",
    );
    expect(() => forceIndex(em, RoleAssignmentEntity, ["smartAccountId"])).toThrow(
      "No index on role_assignments(smartAccountId)",
    );
  });
});

it("answers a directory page whose statement names the index, in every order", async () => {
  await app.services.db.read(async (em) => {
    for (const columns of [["rnk"], ["nameKey"], ["status"], ["statusDesc"]]) {
      const rows = await em.query(
        `SELECT t.accountId FROM directory_memberships t${forceIndex(em, DirectoryMembershipEntity, ["principal", ...columns, ...(columns[0] === "nameKey" ? [] : ["nameKey"]), "accountId"])} WHERE t.principal = ? LIMIT 1`,
        ["nobody"],
      );
      expect(rows).toEqual([]);
    }
  });
});
