import { Webhook } from "standardwebhooks";
import { DAY, HOUR } from "../../../common/clock";
import { loadConfig } from "../../../config";
import { startTestApp, type Client, type GqlError, type TestApp } from "../../../../test/harness";
import {
  activeAccount,
  APPROVE,
  COMPANY,
  REQUEST_FOR_CUSTOMER,
  RESEND,
  registeredUser,
  SET_ROLES,
  staffClient,
  UPDATE_ACCOUNT,
  accountOf,
} from "../../../../test/account-api";
import { graphql } from "../../../../test/gql";
import type { AccountEventKind } from "../../../../test/gql/graphql";
import { WebhookReceiver } from "../../../../test/webhook-receiver";
import { WebhookDeliveryEntity } from "../webhook-delivery.entity";
import type { ConnectRequest, HostResolver } from "../webhook-sender";

const CREATE = graphql(`
  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        accountId
        url
        eventTypes
        enabled
        disabledReason
        failingSince
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        id
        url
        eventTypes
        enabled
        disabledReason
        failingSince
      }
    }
  }
`);

const ROTATE = graphql(`
  mutation WebhooksRotate($input: WebhookEndpointIdInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      endpoint {
        id
      }
    }
  }
`);

const DELETE = graphql(`
  mutation WebhooksDelete($input: WebhookEndpointIdInput!) {
    deleteWebhookEndpoint(input: $input) {
      id
    }
  }
`);

const SEND_TEST = graphql(`
  mutation WebhooksSendTest($input: WebhookEndpointIdInput!) {
    sendTestWebhook(input: $input) {
      delivery {
        id
        eventType
        status
      }
    }
  }
`);

const REDELIVER = graphql(`
  mutation WebhooksRedeliver($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery {
        id
        status
      }
    }
  }
`);

const ENDPOINTS = graphql(`
  query WebhooksEndpoints($accountId: ID!, $first: Int) {
    webhookEndpoints(accountId: $accountId) {
      id
      url
      eventTypes
      enabled
      disabledReason
      failingSince
      deliveries(first: $first) {
        totalCount
        edges {
          node {
            id
            endpointId
            eventId
            eventType
            payload
            status
            attempts
            nextAttemptAt
            createdAt
            deliveredAt
            attemptLog {
              attemptedAt
              durationMs
              statusCode
              error
              responseBody
            }
          }
        }
      }
    }
  }
`);

const receiver = new WebhookReceiver();
let app: TestApp;

beforeAll(async () => {
  await receiver.start();
  app = await startTestApp({ env: { WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "true" } });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});
beforeEach(async () => {
  await app.reset();
  receiver.reset();
});

function ok<T>(res: { data: T | null; errors?: GqlError[] }): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

function expectError(
  res: { data: unknown; errors?: GqlError[] },
  code: string,
  field?: string,
): string {
  expect(res.data).toBeNull();
  expect(res.errors?.[0].extensions?.code).toBe(code);
  if (field) expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([field]);
  return res.errors![0].message;
}

/** Runs the dispatcher once, as its timer would. */
const dispatch = () => app.services.webhookDispatcher.tick();

async function endpointFor(
  client: Client,
  accountId: string,
  path: string,
  eventTypes: AccountEventKind[] = ["DETAILS_UPDATED"],
) {
  const created = ok(
    await client.gql(CREATE, {
      input: { accountId, url: `${receiver.origin}${path}`, eventTypes },
    }),
  ).createWebhookEndpoint;
  receiver.secrets.set(path, created.secret);
  return created;
}

async function endpoints(client: Client, accountId: string) {
  return ok(await client.gql(ENDPOINTS, { accountId, first: 50 })).webhookEndpoints;
}

const CREATE_TOKEN = graphql(`
  mutation WebhooksCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
    }
  }
`);

/** The same user through an API token (no expiry), for tests that move the clock by days. */
async function viaToken(target: TestApp, owner: Client): Promise<Client> {
  const { secret } = ok(
    await owner.gql(CREATE_TOKEN, { input: { name: "webhooks", scope: "FULL" } }),
  ).createApiToken;
  const client = target.client();
  client.bearer = secret;
  return client;
}

const rename = async (client: Client, id: string, name: string) =>
  ok(await client.gql(UPDATE_ACCOUNT, { input: { smartAccountId: id, name } }));

describe("webhook endpoints", () => {
  it("lets an account's administrator register one, showing its secret once", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const created = await endpointFor(ada, account.id, "/in", [
      "USER_ROLES_CHANGED",
      "DETAILS_UPDATED",
    ]);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.endpoint).toEqual({
      id: expect.any(String),
      accountId: account.id,
      url: `${receiver.origin}/in`,
      // In the schema's order, whatever order they were given in.
      eventTypes: ["USER_ROLES_CHANGED", "DETAILS_UPDATED"],
      enabled: true,
      disabledReason: null,
      failingSince: null,
    });
    const listed = await endpoints(ada, account.id);
    expect(listed.map((e) => e.id)).toEqual([created.endpoint.id]);
    // The secret is in no answer but the creation's: the type has no field for it.
    expect(JSON.stringify(listed)).not.toContain(created.secret);
  });

  it("lets 20 registrations at once on one account pass its limit of 10 together, never more", async () => {
    const ada = await registeredUser(app, { email: "ada@limit-corp.com" });
    const account = await activeAccount(ada, "Limit Corp");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ada.gql(CREATE, {
          input: {
            accountId: account.id,
            url: `${receiver.origin}/limit-${i}`,
            eventTypes: ["DETAILS_UPDATED"],
          },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(10);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(
      Array(10).fill("CONFLICT"),
    );
    expect(await endpoints(ada, account.id)).toHaveLength(10);
  });

  it("names the field of a bad URL or event-type list, and writes nothing", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const attempt = (url: string, eventTypes: AccountEventKind[] = ["APPROVED"]) =>
      ada.gql(CREATE, { input: { accountId: account.id, url, eventTypes } });
    expectError(await attempt("ftp://hooks.example.com/in"), "BAD_USER_INPUT", "url");
    expectError(await attempt("not a url"), "BAD_USER_INPUT", "url");
    expectError(await attempt("https://user:pw@hooks.example.com/"), "BAD_USER_INPUT", "url");
    expectError(await attempt(`https://hooks.example.com/${"a".repeat(2000)}`), "BAD_USER_INPUT");
    expectError(await attempt("https://hooks.example.com/", []), "BAD_USER_INPUT", "eventTypes");
    expect((await app.rowCounts()).webhook_endpoints).toBe(0);
    const created = await endpointFor(ada, account.id, "/in");
    expectError(
      await ada.gql(UPDATE, { input: { id: created.endpoint.id, eventTypes: [] } }),
      "BAD_USER_INPUT",
      "eventTypes",
    );
    expectError(
      await ada.gql(UPDATE, { input: { id: created.endpoint.id, url: "gopher://x.example/" } }),
      "BAD_USER_INPUT",
      "url",
    );
    expect((await endpoints(ada, account.id))[0].eventTypes).toEqual(["DETAILS_UPDATED"]);
  });

  it("answers a stranger NOT_FOUND for an endpoint exactly as for one that does not exist", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const eve = await registeredUser(app, { email: "eve@evil-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const { endpoint } = await endpointFor(ada, account.id, "/in");
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const id of [endpoint.id, missing]) {
      const messages = [
        expectError(await eve.gql(UPDATE, { input: { id, enabled: false } }), "NOT_FOUND"),
        expectError(await eve.gql(ROTATE, { input: { id } }), "NOT_FOUND"),
        expectError(await eve.gql(DELETE, { input: { id } }), "NOT_FOUND"),
        expectError(await eve.gql(SEND_TEST, { input: { id } }), "NOT_FOUND"),
      ];
      expect(messages).toEqual(Array(4).fill("No such webhook endpoint."));
    }
    // An account they can see (unrestricted) but not manage: FORBIDDEN; one that is not: NOT_FOUND.
    expectError(await eve.gql(ENDPOINTS, { accountId: account.id }), "FORBIDDEN");
    expectError(await eve.gql(ENDPOINTS, { accountId: missing }), "NOT_FOUND");
    expectError(
      await eve.gql(CREATE, {
        input: { accountId: account.id, url: "https://x.example.com/", eventTypes: ["APPROVED"] },
      }),
      "FORBIDDEN",
    );
    // A user of the account (not an administrator) may not manage its webhooks either.
    ok(
      await ada.gql(SET_ROLES, {
        input: {
          smartAccountId: account.id,
          email: "eve@evil-corp.com",
          roles: [{ role: "USER" }],
        },
      }),
    );
    expectError(await eve.gql(ENDPOINTS, { accountId: account.id }), "FORBIDDEN");
    expectError(await eve.gql(DELETE, { input: { id: endpoint.id } }), "NOT_FOUND");
    expect(await endpoints(ada, account.id)).toHaveLength(1);
    // Staff manage every account's endpoints.
    const staff = await staffClient(app);
    expect(await endpoints(staff, account.id)).toHaveLength(1);
    ok(await staff.gql(DELETE, { input: { id: endpoint.id } }));
    expect(await endpoints(ada, account.id)).toHaveLength(0);
  });

  it("lets a partner register endpoints for an account they requested, and delivers only what the policy lets them read", async () => {
    const pat = await registeredUser(app, {
      email: "pat@partner-co.com",
      organisationType: "PARTNER",
    });
    const requested = accountOf(
      await pat.gql(REQUEST_FOR_CUSTOMER, {
        input: { name: "Gamma Customer", customerEmails: ["cole@gamma-customer.com"] },
      }),
    );
    expect(requested.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
    const mine = await endpointFor(pat, requested.id, "/partner", [
      "APPROVAL_EMAIL_RESENT",
      "DETAILS_UPDATED",
      "APPROVED",
    ]);
    // While the account is provisional its requester reads its history: the event arrives.
    const cole = await registeredUser(app, { email: "cole@gamma-customer.com" });
    ok(await pat.gql(RESEND, { id: requested.id }));
    await dispatch();
    expect(receiver.received.map((r) => JSON.parse(r.body).type)).toEqual([
      "APPROVAL_EMAIL_RESENT",
    ]);

    ok(
      await cole.gql(APPROVE, {
        input: { smartAccountId: requested.id, acceptTerms: true, company: COMPANY },
      }),
    );
    const admins = await endpointFor(cole, requested.id, "/customer");
    await rename(cole, requested.id, "Gamma Customer Group");
    await dispatch();
    // Active now, and the partner holds no role on it: nothing more for the partner's endpoint.
    expect(receiver.received.map((r) => [r.path, JSON.parse(r.body).type])).toEqual([
      ["/partner", "APPROVAL_EMAIL_RESENT"],
      ["/customer", "DETAILS_UPDATED"],
    ]);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    // The administrator sees every endpoint of the account; the partner only their own.
    expect((await endpoints(cole, requested.id)).map((e) => e.id).sort()).toEqual(
      [mine.endpoint.id, admins.endpoint.id].sort(),
    );
    expect((await endpoints(pat, requested.id)).map((e) => e.id)).toEqual([mine.endpoint.id]);
    expectError(await pat.gql(DELETE, { input: { id: admins.endpoint.id } }), "NOT_FOUND");
  });

  it("accepts private addresses and plain HTTP only where configured", () => {
    const env = { NODE_ENV: "production", SMTP_URL: "smtp://mail.example.com:25" };
    expect(loadConfig(env).webhooks).toEqual({
      allowHttp: false,
      allowPrivateAddresses: false,
      timeoutMs: 10_000,
    });
    expect(loadConfig({ ...env, WEBHOOKS_ALLOW_HTTP: "true" }).webhooks.allowHttp).toBe(true);
    expect(() => loadConfig({ ...env, WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "true" })).toThrow(
      /^WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: may not be true when NODE_ENV=production/,
    );
    expect(loadConfig({ NODE_ENV: "development" }).webhooks).toEqual({
      allowHttp: true,
      allowPrivateAddresses: false,
      timeoutMs: 10_000,
    });
    expect(() => loadConfig({ WEBHOOKS_TIMEOUT_SECONDS: "0" })).toThrow(
      /^WEBHOOKS_TIMEOUT_SECONDS/,
    );
    expect(() => loadConfig({ WEBHOOKS_ALLOW_HTTP: "yes" })).toThrow(/^WEBHOOKS_ALLOW_HTTP/);
  });
});

describe("webhook deliveries to a local receiver", () => {
  it("posts each subscribed event once, signed as Standard Webhooks says, and logs the attempt", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const { endpoint } = await endpointFor(ada, account.id, "/in");
    await rename(ada, account.id, "Beta Corp Two");
    // Not subscribed: no delivery.
    ok(
      await ada.gql(SET_ROLES, {
        input: {
          smartAccountId: account.id,
          email: "uma@beta-corp.com",
          roles: [{ role: "USER" }],
        },
      }),
    );
    await dispatch();
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    expect(message.verifyError).toBeNull();
    expect(message.verified).toBe(true);
    expect(message.headers["webhook-id"]).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(Number(message.headers["webhook-timestamp"])).toBeCloseTo(Date.now() / 1000, -2);
    const body = JSON.parse(message.body);
    expect(body).toEqual({
      type: "DETAILS_UPDATED",
      timestamp: expect.any(String),
      data: expect.objectContaining({
        accountId: account.id,
        sequence: 2,
        actor: { id: expect.any(String), email: "ada@beta-corp.com" },
      }),
    });

    const [listed] = await endpoints(ada, account.id);
    expect(listed.deliveries.totalCount).toBe(1);
    const delivery = listed.deliveries.edges[0].node;
    expect(delivery).toMatchObject({
      id: message.headers["webhook-id"],
      endpointId: endpoint.id,
      eventId: body.data.id,
      eventType: "DETAILS_UPDATED",
      payload: message.body,
      status: "DELIVERED",
      attempts: 1,
    });
    expect(delivery.attemptLog).toEqual([
      {
        attemptedAt: expect.any(String),
        durationMs: expect.any(Number),
        statusCode: 200,
        error: null,
        responseBody: "ok",
      },
    ]);
    // A wrong secret fails the same check the receiver makes.
    const forged = new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`);
    expect(() => forged.verify(message.body, message.headers)).toThrow();
  });

  it("retries a failed delivery with back-off, with the same webhook-id and body", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    await endpointFor(ada, account.id, "/in");
    receiver.answers.push({ status: 500, body: "x".repeat(5000) });
    await rename(ada, account.id, "Beta Corp Two");
    await dispatch();
    expect(receiver.received).toHaveLength(1);
    let [listed] = await endpoints(ada, account.id);
    let delivery = listed.deliveries.edges[0].node;
    expect(delivery.status).toBe("PENDING");
    expect(listed.failingSince).not.toBeNull();
    expect(delivery.attemptLog[0]).toMatchObject({ statusCode: 500, error: "answered 500" });
    // A bounded part of the answer is kept.
    expect(delivery.attemptLog[0].responseBody).toHaveLength(1000);
    const wait = Date.parse(delivery.nextAttemptAt) - Date.now();
    expect(wait).toBeGreaterThan(3_000);
    await dispatch();
    expect(receiver.received).toHaveLength(1);

    app.clock.advance(10_000);
    await dispatch();
    expect(receiver.received).toHaveLength(2);
    const [first, second] = receiver.received;
    expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    expect(second.body).toBe(first.body);
    [listed] = await endpoints(ada, account.id);
    delivery = listed.deliveries.edges[0].node;
    expect(delivery.status).toBe("DELIVERED");
    expect(delivery.attemptLog.map((a) => a.statusCode)).toEqual([500, 200]);
    expect(listed.failingSince).toBeNull();
  });

  it("keeps retrying for at least 24 hours, further apart each time, then gives up", async () => {
    const ada = await viaToken(app, await registeredUser(app, { email: "ada@beta-corp.com" }));
    const account = await activeAccount(ada, "Beta Corp");
    await endpointFor(ada, account.id, "/down");
    await rename(ada, account.id, "Beta Corp Two");
    const created = Date.now();
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      receiver.answers.push({ status: 503 });
      await dispatch();
      const [listed] = await endpoints(ada, account.id);
      const delivery = listed.deliveries.edges[0].node;
      times.push(Date.parse(delivery.attemptLog[delivery.attemptLog.length - 1].attemptedAt));
      if (delivery.status === "FAILED") break;
      app.clock.advance(Date.parse(delivery.nextAttemptAt) - app.clock.now().getTime() + 1);
    }
    const [listed] = await endpoints(ada, account.id);
    expect(listed.deliveries.edges[0].node.status).toBe("FAILED");
    expect(times[times.length - 1] - created).toBeGreaterThanOrEqual(24 * HOUR);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(gaps[1]).toBeGreaterThan(gaps[0] * 2);
    expect(gaps[5]).toBeGreaterThan(gaps[4] * 2);
    // Never closer together (to the clock's millisecond noise once the 6-hour ceiling is reached).
    for (let i = 1; i < gaps.length; i++) {
      expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1] - 1_000);
    }
    expect(listed.deliveries.edges[0].node.attempts).toBe(times.length);
    // Given up: nothing more is sent however long one waits, until redelivered.
    const sent = receiver.received.length;
    app.clock.advance(DAY);
    await dispatch();
    expect(receiver.received).toHaveLength(sent);
  });

  it("disables an endpoint failing for 5 days and emails the account's administrators", async () => {
    const ada = await viaToken(app, await registeredUser(app, { email: "ada@beta-corp.com" }));
    const account = await activeAccount(ada, "Beta Corp");
    ok(
      await ada.gql(SET_ROLES, {
        input: {
          smartAccountId: account.id,
          email: "bob@beta-corp.com",
          roles: [{ role: "ADMINISTRATOR" }],
        },
      }),
    );
    const { endpoint } = await endpointFor(ada, account.id, "/broken");
    for (let day = 0; day <= 5; day++) {
      receiver.answers.push({ status: 500 }, { status: 500 });
      ok(await ada.gql(SEND_TEST, { input: { id: endpoint.id } }));
      await dispatch();
      const [listed] = await endpoints(ada, account.id);
      expect(listed.enabled).toBe(day < 5);
      app.clock.advance(DAY + HOUR);
    }
    const [listed] = await endpoints(ada, account.id);
    expect(listed.disabledReason).toMatch(/^Every delivery failed for 5 days/);
    for (const to of ["ada@beta-corp.com", "bob@beta-corp.com"]) {
      const emails = (await app.outbox(to)).filter((e) => e.subject.startsWith("Webhook"));
      expect(emails.map((e) => e.subject)).toEqual(["Webhook endpoint disabled for Beta Corp"]);
      expect(emails[0].textBody).toContain("/smart-accounts/");
    }
    // Disabled: nothing goes out, a test is refused, until it is enabled again.
    const sent = receiver.received.length;
    expectError(await ada.gql(SEND_TEST, { input: { id: endpoint.id } }), "CONFLICT");
    await rename(ada, account.id, "Beta Corp Two");
    app.clock.advance(DAY);
    await dispatch();
    expect(receiver.received).toHaveLength(sent);
    const enabled = ok(await ada.gql(UPDATE, { input: { id: endpoint.id, enabled: true } }));
    expect(enabled.updateWebhookEndpoint.endpoint).toMatchObject({
      enabled: true,
      disabledReason: null,
      failingSince: null,
    });
  });

  it("sends a test event and redelivers a delivery with its webhook-id", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const { endpoint } = await endpointFor(ada, account.id, "/in");
    const test = ok(await ada.gql(SEND_TEST, { input: { id: endpoint.id } })).sendTestWebhook;
    expect(test.delivery).toMatchObject({ eventType: "TEST", status: "PENDING" });
    await dispatch();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0].verified).toBe(true);
    expect(JSON.parse(receiver.received[0].body)).toMatchObject({
      type: "TEST",
      data: { endpointId: endpoint.id, accountId: account.id },
    });
    const again = ok(await ada.gql(REDELIVER, { input: { deliveryId: test.delivery.id } }));
    expect(again.redeliverWebhook.delivery).toEqual({ id: test.delivery.id, status: "PENDING" });
    await dispatch();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1].headers["webhook-id"]).toBe(test.delivery.id);
    expect(receiver.received[1].body).toBe(receiver.received[0].body);
    expect(receiver.received[1].verified).toBe(true);
    // Someone else's delivery is not found, as one that does not exist.
    const eve = await registeredUser(app, { email: "eve@evil-corp.com" });
    expect(
      expectError(
        await eve.gql(REDELIVER, { input: { deliveryId: test.delivery.id } }),
        "NOT_FOUND",
      ),
    ).toBe("No such webhook delivery.");
    expectError(await eve.gql(REDELIVER, { input: { deliveryId: "msg_none" } }), "NOT_FOUND");
  });

  it("signs with the old secret too for a day after a rotation", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const { endpoint, secret: old } = await endpointFor(ada, account.id, "/in");
    const { secret } = ok(
      await ada.gql(ROTATE, { input: { id: endpoint.id } }),
    ).rotateWebhookSecret;
    expect(secret).not.toBe(old);
    ok(await ada.gql(SEND_TEST, { input: { id: endpoint.id } }));
    await dispatch();
    const [message] = receiver.received;
    expect(message.headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(() => new Webhook(secret).verify(message.body, message.headers)).not.toThrow();
    expect(() => new Webhook(old).verify(message.body, message.headers)).not.toThrow();
  });

  it("does not follow a redirect", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const { endpoint } = await endpointFor(ada, account.id, "/moved");
    receiver.answers.push({ status: 302, headers: { location: `${receiver.origin}/elsewhere` } });
    ok(await ada.gql(SEND_TEST, { input: { id: endpoint.id } }));
    await dispatch();
    expect(receiver.received.map((r) => r.path)).toEqual(["/moved"]);
    const [listed] = await endpoints(ada, account.id);
    expect(listed.deliveries.edges[0].node.attemptLog[0]).toMatchObject({
      statusCode: 302,
      error: "answered 302: redirects are not followed",
    });
  });

  it("deletes an endpoint with its deliveries", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const { endpoint } = await endpointFor(ada, account.id, "/in");
    ok(await ada.gql(SEND_TEST, { input: { id: endpoint.id } }));
    await dispatch();
    ok(await ada.gql(DELETE, { input: { id: endpoint.id } }));
    const counts = await app.rowCounts();
    expect([counts.webhook_endpoints, counts.webhook_deliveries, counts.webhook_attempts]).toEqual([
      0, 0, 0,
    ]);
    expect(await app.services.db.read((em) => em.count(WebhookDeliveryEntity))).toBe(0);
  });

  it("keeps another endpoint's deliveries and their attempts when one is deleted", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const { endpoint: gone } = await endpointFor(ada, account.id, "/gone");
    const { endpoint: kept } = await endpointFor(ada, account.id, "/kept");
    ok(await ada.gql(SEND_TEST, { input: { id: gone.id } }));
    ok(await ada.gql(SEND_TEST, { input: { id: kept.id } }));
    await dispatch();
    ok(await ada.gql(DELETE, { input: { id: gone.id } }));
    const counts = await app.rowCounts();
    expect([counts.webhook_endpoints, counts.webhook_deliveries, counts.webhook_attempts]).toEqual([
      1, 1, 1,
    ]);
    const [left] = await endpoints(ada, account.id);
    expect(left.id).toBe(kept.id);
    expect(left.deliveries.edges.map((e) => e.node.attemptLog.length)).toEqual([1]);
  });
});

describe("webhooks where private addresses are not allowed", () => {
  let guarded: TestApp;
  const connects: ConnectRequest[] = [];
  const answers: Record<string, string[]> = {
    "hooks.example.com": ["93.184.216.34"],
    "rebind.example.com": ["10.1.2.3"],
    "metadata.example.com": ["169.254.169.254"],
  };
  const resolve: HostResolver = async (hostname) =>
    (answers[hostname] ?? []).map((address) => ({ address, family: 4 as const }));

  beforeAll(async () => {
    guarded = await startTestApp({
      webhookResolver: resolve,
      // Records the request and answers without opening a connection.
      webhookConnector: async (request) => {
        connects.push(request);
        return { status: 204, body: "" };
      },
    });
  });
  afterAll(async () => {
    await guarded.close();
  });
  beforeEach(async () => {
    await guarded.reset();
    connects.length = 0;
  });

  it("refuses private hosts when registering, naming the URL", async () => {
    const ada = await registeredUser(guarded, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    for (const url of [
      "https://127.0.0.1/in",
      "https://[::ffff:127.0.0.1]/in",
      "https://169.254.169.254/latest",
      "https://10.0.0.8/",
      "https://localhost:8443/",
      "https://intranet/",
    ]) {
      expectError(
        await ada.gql(CREATE, { input: { accountId: account.id, url, eventTypes: ["APPROVED"] } }),
        "BAD_USER_INPUT",
        "url",
      );
    }
    expect((await guarded.rowCounts()).webhook_endpoints).toBe(0);
  });

  it("checks the address a name resolves to at every send, and connects to that address only", async () => {
    const ada = await registeredUser(guarded, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    const create = (url: string) =>
      ada.gql(CREATE, { input: { accountId: account.id, url, eventTypes: ["APPROVED"] } });
    const good = ok(await create("https://hooks.example.com/in")).createWebhookEndpoint;
    const rebind = ok(await create("https://rebind.example.com/in")).createWebhookEndpoint;
    const metadata = ok(await create("https://metadata.example.com/in")).createWebhookEndpoint;
    for (const { endpoint } of [good, rebind, metadata]) {
      ok(await ada.gql(SEND_TEST, { input: { id: endpoint.id } }));
    }
    await guarded.services.webhookDispatcher.tick();
    expect(connects.map((c) => [c.url.hostname, c.address.address])).toEqual([
      ["hooks.example.com", "93.184.216.34"],
    ]);
    const logs = await guarded.services.db.read((em) =>
      em.query("SELECT error FROM webhook_attempts WHERE statusCode IS NULL ORDER BY error"),
    );
    expect((logs as { error: string }[]).map((l) => l.error)).toEqual([
      "refused: 10.1.2.3 is a private address",
      "refused: 169.254.169.254 is a linkLocal address",
    ]);
  });
});
