import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { activeAccount, DIRECTORY, SET_ROLES } from "./account-api";
import { onMysql, startTestApp, testDatabaseUrl, type Client, type TestApp } from "./harness";
import { PASSWORD, registeredUser, SIGN_IN } from "./user-api";

const serverDir = path.resolve(__dirname, "..");

/** `pnpm db:repair-directory` on the test's database, as an operator runs it. */
function repairCommand(
  args: string[],
  databaseUrl: string,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["-r", "@swc-node/register", "src/cli/repair-directory.ts", ...args],
      {
        cwd: serverDir,
        env: { ...process.env, NODE_ENV: "test", DATABASE_URL: databaseUrl },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

let databaseUrl: string;
let file: string | null = null;
let app: TestApp | null = null;

beforeAll(async () => {
  if (onMysql) {
    databaseUrl = await testDatabaseUrl();
  } else {
    // The command runs in a process of its own, so the embedded database lives in a file here.
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "directory-repair-")), "db.sqlite");
    databaseUrl = `sqlite:${file}`;
  }
});
afterAll(async () => {
  await app?.close();
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

const names = async (client: Client) =>
  (await client.gql(DIRECTORY, { first: 50 })).data!.directory.edges.map(
    (e) => `${e.node.reason} ${e.node.smartAccount.name}`,
  );

describe("pnpm db:repair-directory", () => {
  it("reports how the membership table differs from the source tables, and fixes it", async () => {
    app = await startTestApp({ env: { DATABASE_URL: databaseUrl } });
    await app.reset();
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    const zeta = await activeAccount(owner, "Zeta");
    const given = await owner.gql(SET_ROLES, {
      input: { smartAccountId: zeta.id, email: "carol@cisco.com", roles: [{ role: "USER" }] },
    });
    expect(given.errors).toBeUndefined();
    const carol = await registeredUser(app, { email: "carol@cisco.com" });
    expect(await names(carol)).toEqual(["HAS_ROLE Zeta"]);
    expect(await names(owner)).toEqual(["HAS_ROLE Zeta"]);

    // Damage as a hand-made fix or a write around the services would: rows lost (the owner's and
    // the domain's), one changed, one for an account that does not exist.
    await app.services.db.transaction(async (em) => {
      const [user] = (await em.query("SELECT id FROM users WHERE email = ?", [
        "carol@cisco.com",
      ])) as { id: string }[];
      await em.query("DELETE FROM directory_memberships WHERE accountId = ? AND principal <> ?", [
        zeta.id,
        user.id,
      ]);
      await em.query("UPDATE directory_memberships SET rnk = 2 WHERE principal = ?", [user.id]);
      await em.query(
        "INSERT INTO directory_memberships (principal, accountId, rnk, nameKey, status, statusDesc) VALUES (?, ?, 1, 'ghost', 'ACTIVE', 4)",
        [user.id, "00000000-0000-4000-8000-00000000dead"],
      );
      // The account's copy of its administrators says someone else; its virtual accounts' copy
      // is gone (read from the source tables until filled).
      await em.query(
        "UPDATE smart_accounts SET administratorList = ?, virtualAccountList = NULL WHERE id = ?",
        [JSON.stringify(["mallory@evil.example"]), zeta.id],
      );
    });
    // The directory reads the table: the damage shows.
    expect(await names(owner)).toEqual([]);
    expect(await names(carol)).toEqual(["ACCESS_REQUESTED Zeta"]);
    await app.close();
    app = null;

    const checked = await repairCommand(["--check"], databaseUrl);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain("3 rows missing or different (as rebuilt):");
    expect(checked.out).toContain("1 rows not in the rebuild:");
    expect(checked.out).toContain("00000000-0000-4000-8000-00000000dead");
    expect(checked.out).toContain(
      `1 accounts' list copies different from the source tables:\n  ${zeta.id} administrators`,
    );
    expect(checked.out).toContain("Not repaired (--check).");

    const repaired = await repairCommand([], databaseUrl);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toContain("3 rows missing or different (as rebuilt):");
    expect(repaired.out).toContain(`${zeta.id} administrators`);
    expect(repaired.out).toContain("Filled the list copies of 1 accounts that had none.");
    expect(repaired.out).toContain("Repaired: the directory's tables now match the source tables.");

    const again = await repairCommand(["--check"], databaseUrl);
    expect(again).toEqual({ code: 0, out: "The directory's tables match the source tables.\n" });

    app = await startTestApp({ env: { DATABASE_URL: databaseUrl } });
    const ownerAgain = app.client();
    const signedIn = await ownerAgain.gql(SIGN_IN, { email: "owner@acme.com", password: PASSWORD });
    expect(signedIn.errors).toBeUndefined();
    expect(await names(ownerAgain)).toEqual(["HAS_ROLE Zeta"]);
    const carolAgain = app.client();
    await carolAgain.gql(SIGN_IN, { email: "carol@cisco.com", password: PASSWORD });
    expect(await names(carolAgain)).toEqual(["HAS_ROLE Zeta"]);
    // The copies are back: the administrators and virtual accounts come with the row again.
    app.statements.length = 0;
    const row = (await ownerAgain.gql(DIRECTORY, { first: 50 })).data!.directory.edges[0].node;
    expect(row.smartAccount).toMatchObject({
      administrators: ["owner@acme.com"],
      virtualAccounts: [{ name: "DEFAULT" }],
    });
    expect(
      app.statements.filter((s) =>
        /FROM [`"](role_assignments|virtual_accounts)[`"] t WHERE (t.smartAccountId)/.test(s),
      ),
    ).toEqual([]);
  }, 120_000);
});
