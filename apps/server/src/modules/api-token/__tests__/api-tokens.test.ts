import { DAY } from "../../../common/clock";
import { startTestApp, type TestApp } from "../../../../test/harness";
import { ME, registeredUser, REQUEST_RESET, RESET, SIGN_IN } from "../../../../test/user-api";
import { graphql } from "../../../../test/gql";

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

const CREATE = graphql(`
  mutation TokensCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken {
        id
        name
        scope
        prefix
        expiresAt
        revokedAt
      }
    }
  }
`);
const LIST = graphql(`
  query TokensApiTokens($first: Int!, $after: String) {
    apiTokens(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          scope
          lastUsedAt
          revokedAt
          revokedReason
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation TokensRevokeApiToken($id: ID!) {
    revokeApiToken(input: { id: $id }) {
      apiToken {
        id
        revokedAt
        revokedReason
      }
    }
  }
`);

describe("API tokens", () => {
  it("shows the secret once, stores only its hash, and lets an integrator call as the user", async () => {
    const owner = await registeredUser(app);
    const res = await owner.gql(CREATE, { input: { name: "CI robot", scope: "FULL" } });
    expect(res.errors).toBeUndefined();
    const { secret, apiToken } = res.data!.createApiToken;
    expect(secret).toMatch(/^sam_[\w-]{40,}$/);
    expect(secret.startsWith(apiToken.prefix)).toBe(true);
    const stored = await app.services.db.read((em) => em.query("SELECT tokenHash FROM api_tokens"));
    expect(JSON.stringify(stored)).not.toContain(secret);

    const robot = app.client();
    robot.bearer = secret;
    expect((await robot.gql(ME)).data).toMatchObject({ me: { email: "ada@ccoesup.com" } });

    const list = await owner.gql(LIST, { first: 10 });
    expect(list.data).toMatchObject({
      apiTokens: {
        totalCount: 1,
        edges: [{ node: { name: "CI robot", scope: "FULL", revokedAt: null } }],
      },
    });
    expect(JSON.stringify(list.data)).not.toContain(secret);
  });

  it("keeps a read-only token away from mutations", async () => {
    const owner = await registeredUser(app);
    const res = await owner.gql(CREATE, {
      input: { name: "dashboard", scope: "READ_ONLY" },
    });
    const robot = app.client();
    robot.bearer = res.data!.createApiToken.secret;
    expect((await robot.gql(ME)).data).not.toBeNull();
    const before = await app.rowCounts();
    const write = await robot.gql(CREATE, { input: { name: "escalate", scope: "FULL" } });
    expect(write.data).toBeNull();
    expect(write.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await app.rowCounts()).toEqual(before);
  });

  it("stops working when revoked or expired", async () => {
    const owner = await registeredUser(app);
    const revocable = (await owner.gql(CREATE, { input: { name: "one", scope: "FULL" } })).data!
      .createApiToken;
    const expiring = (
      await owner.gql(CREATE, {
        input: {
          name: "two",
          scope: "FULL",
          expiresAt: new Date(app.clock.now().getTime() + DAY).toISOString(),
        },
      })
    ).data!.createApiToken;

    const revoked = await owner.gql(REVOKE, { id: revocable.apiToken.id });
    expect(revoked.data).toMatchObject({
      revokeApiToken: { apiToken: { revokedReason: "REVOKED_BY_USER" } },
    });
    const robot = app.client();
    robot.bearer = revocable.secret;
    expect((await robot.gql(ME)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const twice = await owner.gql(REVOKE, { id: revocable.apiToken.id });
    expect(twice.errors?.[0].extensions?.code).toBe("CONFLICT");

    robot.bearer = expiring.secret;
    expect((await robot.gql(ME)).data).not.toBeNull();
    app.clock.advance(DAY + 1);
    expect((await robot.gql(ME)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an expiry in the past and an empty name, naming the field and writing nothing", async () => {
    const owner = await registeredUser(app);
    const before = await app.rowCounts();
    const past = await owner.gql(CREATE, {
      input: {
        name: "old",
        scope: "FULL",
        expiresAt: new Date(app.clock.now().getTime() - 1000).toISOString(),
      },
    });
    expect(past.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "expiresAt" }],
    });
    const empty = await owner.gql(CREATE, { input: { name: "", scope: "FULL" } });
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "name" }],
    });
    expect(await app.rowCounts()).toEqual(before);
  });

  it("never shows or revokes another user's token", async () => {
    const owner = await registeredUser(app);
    const other = await registeredUser(app, { email: "bob@ccoesup.com" });
    const created = (await owner.gql(CREATE, { input: { name: "mine", scope: "FULL" } })).data!
      .createApiToken;
    expect((await other.gql(LIST, { first: 10 })).data).toMatchObject({
      apiTokens: { totalCount: 0, edges: [] },
    });
    const res = await other.gql(REVOKE, { id: created.apiToken.id });
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await owner.gql(LIST, { first: 10 })).data).toMatchObject({
      apiTokens: { edges: [{ node: { revokedAt: null } }] },
    });
  });

  it("pages newest first with cursors", async () => {
    const owner = await registeredUser(app);
    for (const name of ["first", "second", "third"]) {
      await owner.gql(CREATE, { input: { name, scope: "READ_ONLY" } });
      app.clock.advance(1000);
    }
    const one = await owner.gql(LIST, { first: 2 });
    expect(one.data!.apiTokens.edges.map((e) => e.node.name)).toEqual(["third", "second"]);
    expect(one.data!.apiTokens).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const two = await owner.gql(LIST, {
      first: 2,
      after: one.data!.apiTokens.pageInfo.endCursor,
    });
    expect(two.data!.apiTokens.edges.map((e) => e.node.name)).toEqual(["first"]);
    expect(two.data!.apiTokens.pageInfo.hasNextPage).toBe(false);
    const bad = await owner.gql(LIST, { first: 500 });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "first" }],
    });
  });

  it("are all revoked by a password reset, which says how many and why", async () => {
    const owner = await registeredUser(app);
    const create = async (name: string) =>
      (await owner.gql(CREATE, { input: { name, scope: "FULL" } })).data!.createApiToken;
    const full = await create("deploy robot");
    app.clock.advance(1000);
    const second = await create("reporting");
    app.clock.advance(1000);
    const byHand = await create("old one");
    await owner.gql(REVOKE, { id: byHand.apiToken.id });
    const robot = app.client();
    robot.bearer = full.secret;
    expect((await robot.gql(ME)).data).not.toBeNull();

    await app.client().gql(REQUEST_RESET, { email: "ada@ccoesup.com" });
    const token = await app.linkFrom("ada@ccoesup.com", "/reset-password");
    const resetAt = app.clock.now().getTime();
    expect(
      (await app.client().gql(RESET, { token, password: "a brand new password" })).errors,
    ).toBeUndefined();

    const before = await app.rowCounts();
    const write = await robot.gql(CREATE, { input: { name: "still here?", scope: "FULL" } });
    expect(write.data).toBeNull();
    expect(write.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await app.rowCounts()).toEqual(before);
    const reader = app.client();
    reader.bearer = second.secret;
    expect((await reader.gql(ME)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    const changed = (await app.outbox("ada@ccoesup.com")).find(
      (e) => e.subject === "Your password was changed",
    )!;
    expect(changed.textBody).toContain("Your 2 API tokens were revoked");

    const owned = app.client();
    await owned.gql(SIGN_IN, { email: "ada@ccoesup.com", password: "a brand new password" });
    const list = await owned.gql(LIST, { first: 10 });
    expect(list.data!.apiTokens.edges.map((e) => [e.node.name, e.node.revokedReason])).toEqual([
      ["old one", "REVOKED_BY_USER"],
      ["reporting", "PASSWORD_RESET"],
      ["deploy robot", "PASSWORD_RESET"],
    ]);
    for (const { node } of list.data!.apiTokens.edges.slice(1)) {
      expect(new Date(node.revokedAt!).getTime()).toBeGreaterThanOrEqual(resetAt);
    }
  });

  it("needs a signed-in caller", async () => {
    const res = await app.client().gql(LIST, { first: 10 });
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
