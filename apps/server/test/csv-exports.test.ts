import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { EXPORT_BATCH } from "../src/http/csv-exports";
import { ACCESS_REQUESTS, activeAccount, registeredUser, REQUEST_ACCESS } from "./account-api";
import { graphql } from "./gql";
import { PASSWORD, SIGN_IN, SIGN_UP, signUpInput } from "./user-api";
import { startTestApp, type Client, type TestApp } from "./harness";
import { administeredAccounts, pendingAccessRequests } from "./listing-fixtures";

const CREATE_TOKEN = graphql(`
  mutation ExportCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.reset();
});

type Download = { status: number; headers: Headers; body: string };

async function download(url: string, as: Client | { bearer: string } | null): Promise<Download> {
  const headers: Record<string, string> = {};
  if (as && "cookie" in as && as.cookie) headers.cookie = as.cookie;
  if (as?.bearer) headers.authorization = `Bearer ${as.bearer}`;
  const res = await fetch(`${app.url}${url}`, { headers });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

function rows(body: string): string[][] {
  return parse(body) as string[][];
}

describe("GET /export/directory.csv", () => {
  it("streams every page of the caller's directory, in the asked order, with a header row", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    const count = EXPORT_BATCH * 2 + 17;
    await administeredAccounts(app, "owner@acme.com", count, (i) =>
      i === 5 ? '=HYPERLINK("http://evil.example")' : `Account ${String(i).padStart(4, "0")}`,
    );
    const res = await download("/export/directory.csv?order=NAME_DESC", owner);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="directory-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...data] = rows(res.body);
    expect(header).toEqual([
      "Name",
      "Account ID",
      "Account Domain Identifier",
      "Status",
      "Visibility",
      "Admin Contacts",
      "Your Roles",
      "Why Listed",
    ]);
    expect(data).toHaveLength(count);
    expect(new Set(data.map((r) => r[1])).size).toBe(count);
    // Z to A: the digits, then the neutralised formula (an apostrophe sorts after nothing here).
    expect(data[0][0]).toBe(`Account ${String(count - 1).padStart(4, "0")}`);
    expect(data.find((r) => r[0].includes("HYPERLINK"))?.[0]).toBe(
      '\'=HYPERLINK("http://evil.example")',
    );
    expect(data[0].slice(5)).toEqual(["owner@acme.com", "ADMINISTRATOR", "You hold a role"]);
  });

  it("neutralises every formula lead: =, +, -, @, tab and carriage return", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    const leads = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"];
    await administeredAccounts(app, "owner@acme.com", leads.length, (i) => leads[i]);
    const res = await download("/export/directory.csv", owner);
    const names = rows(res.body)
      .slice(1)
      .map((r) => r[0]);
    // Names are trimmed into their key, but the stored name keeps its lead character.
    for (const lead of leads) expect(names).toContain(`'${lead}`);
  });

  it("answers 401 JSON with no caller, and 403 to an unverified one, like the directory query", async () => {
    const anonymous = await download("/export/directory.csv", null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toMatch(/^application\/json/);
    expect(JSON.parse(anonymous.body)).toMatchObject({
      errors: [{ extensions: { code: "UNAUTHENTICATED" } }],
    });
    const wrongToken = await download("/export/directory.csv", { bearer: "sam_not-a-token" });
    expect(wrongToken.status).toBe(401);

    const fresh = app.client();
    await fresh.gql(SIGN_UP, { input: signUpInput({ email: "new@acme.com" }) });
    const signIn = await fresh.gql(SIGN_IN, { email: "new@acme.com", password: PASSWORD });
    expect(signIn.errors).toBeUndefined();
    const unverified = await download("/export/directory.csv", fresh);
    expect(unverified.status).toBe(403);
    expect(JSON.parse(unverified.body)).toMatchObject({
      errors: [{ extensions: { code: "FORBIDDEN" } }],
    });
  });

  it("names a bad parameter", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    const res = await download("/export/directory.csv?order=SIDEWAYS", owner);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      errors: [{ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "order" }] } }],
    });
  });

  it("reads through an API token what its user reads", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    await activeAccount(owner, "Acme Widgets");
    const token = await owner.gql(CREATE_TOKEN, { input: { name: "export", scope: "READ_ONLY" } });
    const secret = token.data!.createApiToken.secret;
    const res = await download("/export/directory.csv", { bearer: secret });
    expect(res.status).toBe(200);
    expect(rows(res.body).map((r) => r[0])).toEqual(["Name", "Acme Widgets"]);
    // A stranger's directory does not hold the owner's account.
    const stranger = await registeredUser(app, { email: "someone@other.example" });
    const theirs = await download("/export/directory.csv", stranger);
    expect(rows(theirs.body)).toHaveLength(1);
  });
});

describe("GET /export/access-requests.csv", () => {
  async function accountWithRequests(total: number) {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    const account = await activeAccount(owner, "Acme Widgets");
    await registeredUser(app, { email: "asker@partner.example" });
    await pendingAccessRequests(app, account.id, "asker@partner.example", total, (i) =>
      i === 3 ? "@cmd|' /C calc'!A0" : `Reason ${i}`,
    );
    return { owner, account };
  }

  it("streams all of an account's requests to its administrator, every page, neutralised", async () => {
    const total = EXPORT_BATCH + 31;
    const { owner, account } = await accountWithRequests(total);
    const res = await download(
      `/export/access-requests.csv?smartAccountId=${account.id}&order=OLDEST_FIRST`,
      owner,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`access-requests-${account.id}-`);
    const [header, ...data] = rows(res.body);
    expect(header.slice(0, 6)).toEqual([
      "Requested At",
      "Smart Account",
      "Smart Account ID",
      "Email",
      "Asked Role",
      "Status",
    ]);
    expect(data).toHaveLength(total);
    expect(data[0][3]).toBe("person0@elsewhere.example");
    expect(data[total - 1][3]).toBe(`person${total - 1}@elsewhere.example`);
    expect(data[3][8]).toBe("'@cmd|' /C calc'!A0");
    expect(data[0][1]).toBe("Acme Widgets");
    expect(data[0][10]).toBe("asker@partner.example");
  });

  it("refuses, as the accessRequests query does, a stranger, a user without administration and another account's administrator", async () => {
    const { account } = await accountWithRequests(3);
    const stranger = await registeredUser(app, { email: "stranger@elsewhere.example" });
    const other = await registeredUser(app, { email: "boss@other.example" });
    await activeAccount(other, "Other Co");
    const askerClient = await signedIn("asker@partner.example");
    const status = { FORBIDDEN: 403, NOT_FOUND: 404 } as Record<string, number>;
    for (const caller of [stranger, other, askerClient]) {
      const query = await caller.gql(ACCESS_REQUESTS, { sid: account.id, first: 10 });
      const code = query.errors?.[0].extensions?.code;
      expect(code === "FORBIDDEN" || code === "NOT_FOUND").toBe(true);
      const res = await download(
        `/export/access-requests.csv?smartAccountId=${account.id}`,
        caller,
      );
      expect(res.status).toBe(status[code!]);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(JSON.parse(res.body)).toMatchObject({ errors: [{ extensions: { code } }] });
      expect(res.body).not.toContain("Reason");
    }
    // A RESTRICTED account is not even found by a stranger, through either door.
    await app.services.db.transaction(async (em) => {
      await em.query("UPDATE smart_accounts SET visibility = 'RESTRICTED' WHERE id = ?", [
        account.id,
      ]);
      await app.services.membership.refreshAccounts(em, [account.id]);
    });
    const hidden = await download(
      `/export/access-requests.csv?smartAccountId=${account.id}`,
      stranger,
    );
    expect(hidden.status).toBe(404);
  });

  it("without an account, streams the caller's own requests, also to their API token", async () => {
    await accountWithRequests(EXPORT_BATCH + 2);
    const asker = await signedIn("asker@partner.example");
    const mine = await download("/export/access-requests.csv", asker);
    expect(mine.status).toBe(200);
    expect(rows(mine.body)).toHaveLength(EXPORT_BATCH + 3);
    expect(mine.headers.get("content-disposition")).toContain("my-access-requests-");

    const token = await asker.gql(CREATE_TOKEN, { input: { name: "export", scope: "READ_ONLY" } });
    const viaToken = await download("/export/access-requests.csv", {
      bearer: token.data!.createApiToken.secret,
    });
    expect(rows(viaToken.body)).toHaveLength(EXPORT_BATCH + 3);

    const owner = await signedIn("owner@acme.com");
    const ownersOwn = await download("/export/access-requests.csv", owner);
    expect(rows(ownersOwn.body)).toEqual([rows(mine.body)[0]]);
  });

  it("answers 401 JSON with no caller", async () => {
    const res = await download("/export/access-requests.csv", null);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({
      errors: [{ extensions: { code: "UNAUTHENTICATED" } }],
    });
  });

  it("takes a real request made through the API", async () => {
    const { owner, account } = await accountWithRequests(0);
    const asker = await signedIn("asker@partner.example");
    const asked = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "-2+3" },
    });
    expect(asked.errors).toBeUndefined();
    const res = await download(`/export/access-requests.csv?smartAccountId=${account.id}`, owner);
    expect(rows(res.body)[1][8]).toBe("'-2+3");
  });
});

describe("download limits", () => {
  it("caps each user's downloads per minute and per hour, over both routes and every credential", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    await activeAccount(owner, "Acme Widgets");
    const token = await owner.gql(CREATE_TOKEN, { input: { name: "export", scope: "READ_ONLY" } });
    const bearer = { bearer: token.data!.createApiToken.secret };
    const urls = ["/export/directory.csv", "/export/access-requests.csv"];
    for (let i = 0; i < 10; i += 1) {
      const res = await download(urls[i % 2], i % 3 === 0 ? bearer : owner);
      expect(res.status).toBe(200);
    }
    // The eleventh in the minute, whichever route and credential: refused before any row is read.
    for (const [url, as] of [
      [urls[0], owner],
      [urls[1], bearer],
    ] as const) {
      const refused = await download(url, as);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("content-type")).toMatch(/^application\/json/);
      expect(JSON.parse(refused.body)).toMatchObject({
        errors: [{ extensions: { code: "RATE_LIMITED" } }],
      });
    }
    // Someone else is not held back by it.
    const colleague = await registeredUser(app, { email: "colleague@acme.com" });
    expect((await download(urls[0], colleague)).status).toBe(200);

    // A minute later the minute's cap is lifted; the hour's (60) still counts every download.
    let allowed = 10;
    for (let minute = 1; minute <= 6; minute += 1) {
      app.clock.advance(61_000);
      for (let i = 0; i < 10; i += 1) {
        const res = await download(urls[i % 2], owner);
        if (res.status === 200) allowed += 1;
        else expect(res.status).toBe(429);
      }
    }
    expect(allowed).toBe(60);
  });
});

describe("docs/security.md", () => {
  it("lists every export route this suite checks", () => {
    const markdown = fs.readFileSync(
      path.join(__dirname, "..", "..", "..", "docs", "security.md"),
      "utf8",
    );
    expect(markdown).toContain("`GET /export/directory.csv`");
    expect(markdown).toContain("`GET /export/access-requests.csv`");
  });
});

async function signedIn(email: string): Promise<Client> {
  const client = app.client();
  const res = await client.gql(SIGN_IN, { email, password: PASSWORD });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return client;
}
