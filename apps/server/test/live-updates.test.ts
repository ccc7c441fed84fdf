import {
  activeAccount,
  REQUEST_ACCESS,
  SET_ROLES,
  staffClient,
  UPDATE_ACCOUNT,
} from "./account-api";
import { graphql } from "./gql";
import { startTestApp, type Client, type TestApp } from "./harness";
import { handshake, LiveClient, nextOf, until, type SocketOptions } from "./live";
import { registeredUser, SIGN_OUT } from "./user-api";

/**
 * Subscriptions through a real WebSocket (graphql-ws's client), on the embedded database and on
 * MySQL: what a subscriber receives, what a stranger gets, who may open a socket, and that a
 * socket ends with its session or token and leaves nothing behind.
 */

const ACCOUNT_CHANGED = graphql(`
  subscription LiveAccountChanged($id: ID!) {
    accountChanged(id: $id) {
      id
      type
      accountId
      account {
        id
        name
      }
      actor {
        email
      }
      payload {
        detail
      }
    }
  }
`);

const COUNTS = graphql(`
  subscription LivePendingCounts {
    pendingCounts {
      approvals
      accessRequests
      domainReviews
    }
  }
`);

const COUNTS_QUERY = graphql(`
  query LivePendingCountsNow {
    pendingCounts {
      approvals
      accessRequests
      domainReviews
    }
  }
`);

// 31 aliases: one more than the limit /graphql applies.
const TOO_MANY_ALIASES = graphql(`
  subscription LiveTooManyAliases {
    pendingCounts {
      a1: approvals
      a2: approvals
      a3: approvals
      a4: approvals
      a5: approvals
      a6: approvals
      a7: approvals
      a8: approvals
      a9: approvals
      a10: approvals
      a11: approvals
      a12: approvals
      a13: approvals
      a14: approvals
      a15: approvals
      a16: approvals
      a17: approvals
      a18: approvals
      a19: approvals
      a20: approvals
      a21: approvals
      a22: approvals
      a23: approvals
      a24: approvals
      a25: approvals
      a26: approvals
      a27: approvals
      a28: approvals
      a29: approvals
      a30: approvals
      a31: approvals
    }
  }
`);

const CREATE_TOKEN = graphql(`
  mutation LiveCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken {
        id
      }
    }
  }
`);

const REVOKE_TOKEN = graphql(`
  mutation LiveRevokeApiToken($id: ID!) {
    revokeApiToken(input: { id: $id }) {
      apiToken {
        id
      }
    }
  }
`);

const PHONE = "+1 949 555 0100";

let app: TestApp;
const open: LiveClient[] = [];

beforeAll(async () => {
  app = await startTestApp({
    env: { LIVE_POLL_MS: "50", LIVE_MAX_SOCKETS_PER_USER: "3" },
  });
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.reset();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.dispose()));
  // Every socket and subscription is gone once its client is.
  await until(() => app.sockets.size === 0 && app.services.live.size === 0);
});

function socketFor(client: Client, options: SocketOptions = {}): LiveClient {
  const live = new LiveClient(app.url, { cookie: client.cookie, ...options });
  open.push(live);
  return live;
}

async function tokenOf(owner: Client): Promise<{ secret: string; id: string }> {
  const res = await owner.gql(CREATE_TOKEN, { input: { name: "live", scope: "READ_ONLY" } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { secret: res.data!.createApiToken.secret, id: res.data!.createApiToken.apiToken.id };
}

async function rename(client: Client, id: string, name: string) {
  const res = await client.gql(UPDATE_ACCOUNT, { input: { smartAccountId: id, name } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

describe("accountChanged", () => {
  it("sends an account's administrator each change to it, as the events feed has it", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const stream = socketFor(ada).subscribe(ACCOUNT_CHANGED, { id: account.id });
    // The subscription is in place once the server answers anything on the socket: a change
    // made before it began is not sent, so wait until the socket counts it.
    await until(() => app.services.live.size === 1);

    await rename(ada, account.id, "Beta Corp Renamed");
    const first = await nextOf(stream);
    expect(first.errors).toBeUndefined();
    expect(first.data!.accountChanged).toEqual({
      id: expect.any(String),
      type: "DETAILS_UPDATED",
      accountId: account.id,
      account: { id: account.id, name: "Beta Corp Renamed" },
      actor: { email: "ada@beta-corp.com" },
      payload: { detail: expect.any(String) },
    });

    // Each event's execution reads the account as it is then, not as the first one did.
    await rename(ada, account.id, "Beta Corp Third");
    const second = await nextOf(stream);
    expect(second.data!.accountChanged.account.name).toBe("Beta Corp Third");
    await stream.return!();
  });

  it("works with an API token in the connection parameters, from a program without an Origin", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const { secret } = await tokenOf(ada);
    const stream = socketFor(app.client(), {
      origin: null,
      connectionParams: { authorization: `Bearer ${secret}` },
    }).subscribe(ACCOUNT_CHANGED, { id: account.id });
    await until(() => app.services.live.size === 1);
    await rename(ada, account.id, "Beta By Token");
    expect((await nextOf(stream)).data!.accountChanged.account.name).toBe("Beta By Token");
  });

  it("refuses a stranger with an error and never sends them an event", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const bob = await registeredUser(app, { email: "bob@other-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");

    const stream = socketFor(bob).subscribe(ACCOUNT_CHANGED, { id: account.id });
    const refused = await nextOf(stream);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect((await stream.next()).done).toBe(true);

    // An account they cannot see at all, or none at all: NOT_FOUND, the same answer.
    const restricted = await activeAccount(ada, "Hidden Corp", {
      domainIdentifier: "hidden.beta-corp.com",
      contactPhone: PHONE,
      visibility: "RESTRICTED",
    });
    for (const id of [restricted.id, "no-such-account"]) {
      const answer = await nextOf(socketFor(bob).subscribe(ACCOUNT_CHANGED, { id }));
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
    }
    expect(app.services.live.size).toBe(0);
  });

  it("ends with FORBIDDEN when the subscriber loses the right to read the history", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const cleo = await registeredUser(app, { email: "cleo@beta-corp.com" });
    const grant = (roles: { role: "ADMINISTRATOR" | "USER" }[]) =>
      ada.gql(SET_ROLES, {
        input: { smartAccountId: account.id, email: "cleo@beta-corp.com", roles },
      });
    expect((await grant([{ role: "ADMINISTRATOR" }])).errors).toBeUndefined();

    const stream = socketFor(cleo).subscribe(ACCOUNT_CHANGED, { id: account.id });
    await until(() => app.services.live.size === 1);
    expect((await grant([{ role: "USER" }])).errors).toBeUndefined();
    const last = await nextOf(stream);
    expect(last.data ?? null).toBeNull();
    expect(last.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect((await stream.next()).done).toBe(true);
  });
});

describe("pendingCounts", () => {
  it("is a query, and a subscription that sends the counts now and again when they change", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const now = await ada.gql(COUNTS_QUERY);
    expect(now.data!.pendingCounts).toEqual({
      approvals: 0,
      accessRequests: 0,
      domainReviews: null,
    });

    const stream = socketFor(ada).subscribe(COUNTS);
    expect((await nextOf(stream)).data!.pendingCounts).toEqual(now.data!.pendingCounts);

    const bob = await registeredUser(app, { email: "bob@beta-corp.com" });
    const asked = await bob.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "I work here", role: "USER" },
    });
    expect(asked.errors).toBeUndefined();
    expect((await nextOf(stream)).data!.pendingCounts).toEqual({
      approvals: 0,
      accessRequests: 1,
      domainReviews: null,
    });

    // Staff see the identifiers waiting for review too.
    const staff = await staffClient(app);
    const staffStream = socketFor(staff).subscribe(COUNTS);
    expect((await nextOf(staffStream)).data!.pendingCounts.domainReviews).toBe(0);
    await activeAccount(bob, "Pl Beta", {
      domainIdentifier: "pl.beta-corp.com",
      contactPhone: PHONE,
    });
    expect((await nextOf(staffStream)).data!.pendingCounts.domainReviews).toBe(1);
  });
});

describe("the socket", () => {
  it("refuses a handshake from another Origin, and a session cookie without one", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    expect(await handshake(app.url, { cookie: ada.cookie! }, "http://evil.example")).toBe(403);
    expect(await handshake(app.url, { cookie: ada.cookie! }, "http://app.test")).toBe(101);

    // Without an Origin the cookie is not a credential (only a token is): closed as unauthorised.
    const noOrigin = socketFor(ada, { origin: null });
    await expect(nextOf(noOrigin.subscribe(COUNTS))).rejects.toBeDefined();
    expect(await noOrigin.closed()).toBe(4401);
  });

  it("is closed when its session ends by signing out", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const live = socketFor(ada);
    const stream = live.subscribe(COUNTS);
    await nextOf(stream);
    const signOut = await ada.gql(SIGN_OUT);
    expect(signOut.errors).toBeUndefined();
    expect(await live.closed()).toBe(4401);
  });

  it("is closed when its session expires", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const live = socketFor(ada);
    await nextOf(live.subscribe(COUNTS));
    app.clock.advance(13 * 60 * 60 * 1000);
    expect(await live.closed()).toBe(4401);
  });

  it("is closed when its API token is revoked", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const { secret, id } = await tokenOf(ada);
    const live = socketFor(app.client(), { origin: null, bearer: secret });
    await nextOf(live.subscribe(COUNTS));
    const revoked = await ada.gql(REVOKE_TOKEN, { id });
    expect(revoked.errors).toBeUndefined();
    expect(await live.closed()).toBe(4401);
  });

  it("applies the query limits of /graphql to subscription documents", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const live = socketFor(ada);
    const error = await nextOf(live.subscribe(TOO_MANY_ALIASES)).catch((e: unknown) => e);
    expect(error).toEqual([
      expect.objectContaining({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }),
    ]);
  });

  it("serves only subscriptions (queries go over HTTP), and HTTP serves no subscription", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const error = await nextOf(socketFor(ada).subscribe(COUNTS_QUERY)).catch((e: unknown) => e);
    expect(error).toEqual([expect.objectContaining({ extensions: { code: "BAD_REQUEST" } })]);

    const overHttp = await ada.gql(COUNTS);
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_REQUEST"]);
  });

  it("refuses a person more sockets than the limit, and frees them when they close", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const sockets = [socketFor(ada), socketFor(ada), socketFor(ada)];
    for (const live of sockets) await nextOf(live.subscribe(COUNTS));
    expect(app.sockets.size).toBe(3);

    const fourth = socketFor(ada);
    await expect(nextOf(fourth.subscribe(COUNTS))).rejects.toBeDefined();
    expect(await fourth.closed()).toBe(4429);

    await sockets[0].dispose();
    await until(() => app.sockets.size === 2);
    const again = socketFor(ada);
    expect((await nextOf(again.subscribe(COUNTS))).data!.pendingCounts.approvals).toBe(0);
  });
});
