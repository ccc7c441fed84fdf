import fs from "node:fs";
import path from "node:path";
import { HOUR, MINUTE } from "../src/common/clock";
import { BulkRequestJobEntity } from "../src/modules/lifecycle/bulk-request-job.entity";
import { activeAccount, REQUEST_FOR_CUSTOMER, accountOf, staffClient } from "./account-api";
import { graphql } from "./gql";
import type { BulkRequestInput } from "./gql/graphql";
import { startTestApp, type Client, type TestApp } from "./harness";
import { PASSWORD, registeredUser, SIGN_IN } from "./user-api";

const PREVIEW = graphql(`
  query BulkPreview($input: BulkRequestInput!) {
    bulkRequestPreview(input: $input) {
      readyCount
      meetsExistingCount
      alreadyRequestedCount
      errorCount
      rows {
        rowNumber
        name
        identifier
        state
        repeatsRow
        errors {
          field
          message
        }
        existingAccounts {
          id
          domainIdentifier
          allowedAction
        }
        smartAccountId
      }
    }
  }
`);

const SUBMIT = graphql(`
  mutation BulkSubmit($input: BulkRequestInput!) {
    requestSmartAccountsInBulk(input: $input) {
      job {
        id
        status
        totalRows
        processedRows
      }
    }
  }
`);

const JOB = graphql(`
  query BulkJob($id: ID!) {
    bulkRequestJob(id: $id) {
      id
      status
      totalRows
      processedRows
      createdCount
      alreadyRequestedCount
      failedCount
      waitingReason
      finishedAt
      rows {
        rowNumber
        name
        state
        errorCode
        field
        message
        smartAccountId
      }
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

const partner = (email = "pat@partner.example") =>
  registeredUser(app, { email, organisationType: "PARTNER", company: "Partner Co" });

const accountCount = async () => (await app.rowCounts()).smart_accounts;
const jobCount = async () => (await app.rowCounts()).bulk_request_jobs;

async function submit(client: Client, input: BulkRequestInput): Promise<string> {
  const res = await client.gql(SUBMIT, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  expect(res.data!.requestSmartAccountsInBulk.job).toMatchObject({
    status: "QUEUED",
    processedRows: 0,
  });
  return res.data!.requestSmartAccountsInBulk.job.id;
}

async function job(client: Client, id: string) {
  // A read, sent again if it met a network failure: the test's server runs the job's passes in
  // this same process, and a pass of many rows can outlast the kept-alive connection it closes.
  const res = await client.gql(JOB, { id }).catch(() => client.gql(JOB, { id }));
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.bulkRequestJob;
}

const HEADER = "account name,identifier,customer emails,user emails,contact phone,notes";

/** 500 rows, 20 of them bad (by row number: what is wrong with it). */
function fileOf500(): { csv: string; bad: Map<number, string> } {
  const bad = new Map<number, string>();
  const lines = [HEADER];
  const consumer = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"];
  for (let n = 1; n <= 500; n++) {
    let line = `Customer ${n},c${n}.example,buyer@c${n}.example,user${n}@c${n}.example,,Welcome`;
    if ([10, 60, 110, 160, 210].includes(n)) {
      line = `Customer ${n},c${n}.example,not-an-email,,,`;
      bad.set(n, "email");
    } else if ([20, 70, 120, 170].includes(n)) {
      line = `,c${n}.example,buyer@c${n}.example,,,`;
      bad.set(n, "name");
    } else if ([30, 80, 130, 180].includes(n)) {
      const domain = consumer.shift()!;
      line = `Customer ${n},${domain},someone${n}@${domain},,,`;
      bad.set(n, "consumer");
    } else if ([40, 90, 140, 190].includes(n)) {
      const held = `held${[40, 90, 140, 190].indexOf(n) + 1}.example`;
      line = `Customer ${n},${held},buyer@${held},,,`;
      bad.set(n, "held");
    } else if ([50, 100, 150].includes(n)) {
      const first = [50, 100, 150].indexOf(n) + 1;
      line = `Again ${n},c${first}.example,other@c${first}.example,,,`;
      bad.set(n, "repeat");
    }
    lines.push(line);
  }
  return { csv: `${lines.join("\n")}\n`, bad };
}

const PROGRESS = graphql(`
  query BulkJobProgress($id: ID!) {
    bulkRequestJob(id: $id) {
      status
      processedRows
      waitingReason
    }
  }
`);

const CREATE_TOKEN = graphql(`
  mutation BulkCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
    }
  }
`);

/**
 * The partner's integration: an API token (the job runs for days of the test's clock, longer
 * than a session lasts).
 */
async function integration(client: Client): Promise<Client> {
  const res = await client.gql(CREATE_TOKEN, { input: { name: "bulk", scope: "READ_ONLY" } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const token = app.client();
  token.bearer = res.data!.createApiToken.secret;
  return token;
}

/** Runs the job as the server's background job does, with time moving on while it waits. */
async function runToTheEnd(client: Client, id: string) {
  const waits: string[] = [];
  for (let pass = 0; pass < 120; pass++) {
    await app.services.bulkRequestJob.tick();
    // Sent again if it met a network failure (see job()).
    const res = await client.gql(PROGRESS, { id }).catch(() => client.gql(PROGRESS, { id }));
    const now = res.data!.bulkRequestJob;
    if (now.status === "DONE") return { job: await job(client, id), waits };
    if (now.waitingReason) waits.push(now.waitingReason);
    app.clock.advance(HOUR);
  }
  throw new Error("The job did not finish");
}

describe("a partner's file of 500 customers", () => {
  it("previews every row, creates the 480 good ones one by one within the request limits, and creates nothing the second time", async () => {
    const pat = await partner();
    // Four identifiers held by ACTIVE accounts of their own customers.
    for (let i = 1; i <= 4; i++) {
      const owner = await registeredUser(app, { email: `owner@held${i}.example` });
      expect((await activeAccount(owner, `Held ${i}`)).status).toBe("ACTIVE");
    }
    const { csv, bad } = fileOf500();
    expect(bad.size).toBe(20);

    const preview = await pat.gql(PREVIEW, { input: { csv } });
    expect(preview.errors).toBeUndefined();
    const checked = preview.data!.bulkRequestPreview;
    expect(checked).toMatchObject({
      readyCount: 480,
      errorCount: 20,
      meetsExistingCount: 0,
      alreadyRequestedCount: 0,
    });
    const row = (n: number) => checked.rows[n - 1];
    expect(row(1)).toMatchObject({ state: "READY", identifier: "c1.example", errors: [] });
    expect(row(10)).toMatchObject({ state: "ERROR", errors: [{ field: "customerEmails" }] });
    expect(row(10).errors[0].message).toContain('"not-an-email"');
    expect(row(20)).toMatchObject({ state: "ERROR", errors: [{ field: "name" }] });
    expect(row(30)).toMatchObject({
      state: "ERROR",
      identifier: "gmail.com",
      errors: [{ field: "contactPhone" }],
    });
    expect(row(40)).toMatchObject({ state: "ERROR", errors: [{ field: "domainIdentifier" }] });
    expect(row(40).errors[0].message).toContain("held1.example is already held");
    expect(row(50)).toMatchObject({ state: "REPEATS_ROW", repeatsRow: 1 });
    for (const [n] of bad) expect(row(n).state).not.toBe("READY");
    // The preview wrote nothing.
    expect(await accountCount()).toBe(4);
    expect(await jobCount()).toBe(0);

    const reader = await integration(pat);
    const id = await submit(pat, { csv });
    // Nothing is created until a process runs the job; the first pass stops at the hourly limit.
    expect(await accountCount()).toBe(4);
    await app.services.bulkRequestJob.tick();
    const first = await job(pat, id);
    expect(first).toMatchObject({ status: "RUNNING", createdCount: 50 });
    expect(first.waitingReason).toMatch(/limit/);
    expect(await accountCount()).toBe(4 + 50);

    const { job: done, waits } = await runToTheEnd(reader, id);
    // 50 an hour and 200 a day: the job waited for the limits, across days.
    expect(waits.length).toBeGreaterThan(20);
    expect(done).toMatchObject({
      status: "DONE",
      totalRows: 500,
      processedRows: 500,
      createdCount: 480,
      alreadyRequestedCount: 0,
      failedCount: 20,
      waitingReason: null,
    });
    expect(done.finishedAt).not.toBeNull();
    const result = (n: number) => done.rows[n - 1];
    expect(result(1)).toMatchObject({ state: "CREATED", errorCode: null });
    expect(result(1).smartAccountId).toEqual(expect.any(String));
    expect(result(10)).toMatchObject({
      state: "FAILED",
      errorCode: "BAD_USER_INPUT",
      field: "customerEmails",
    });
    expect(result(20)).toMatchObject({
      state: "FAILED",
      errorCode: "BAD_USER_INPUT",
      field: "name",
    });
    expect(result(30)).toMatchObject({
      state: "FAILED",
      errorCode: "BAD_USER_INPUT",
      field: "contactPhone",
    });
    expect(result(40)).toMatchObject({
      state: "FAILED",
      errorCode: "CONFLICT",
      field: "domainIdentifier",
    });
    expect(result(50)).toMatchObject({
      state: "FAILED",
      errorCode: "CONFLICT",
      field: "domainIdentifier",
      message: "Row 1 already asks for c1.example.",
    });
    for (const [n] of bad) expect(result(n).smartAccountId).toBeNull();
    expect(await accountCount()).toBe(4 + 480);

    // The same file again (days later: signed in again): the preview knows, and the job creates
    // nothing.
    const signIn = await pat.gql(SIGN_IN, { email: "pat@partner.example", password: PASSWORD });
    expect(signIn.errors).toBeUndefined();
    const again = await pat.gql(PREVIEW, { input: { csv } });
    expect(again.data!.bulkRequestPreview).toMatchObject({
      readyCount: 0,
      alreadyRequestedCount: 480,
      errorCount: 20,
    });
    expect(again.data!.bulkRequestPreview.rows[0].smartAccountId).toBe(result(1).smartAccountId);
    const secondId = await submit(pat, { csv });
    await app.services.bulkRequestJob.tick();
    const second = await job(pat, secondId);
    expect(second).toMatchObject({
      status: "DONE",
      createdCount: 0,
      alreadyRequestedCount: 480,
      failedCount: 20,
    });
    expect(second.rows[0].smartAccountId).toBe(result(1).smartAccountId);
    expect(await accountCount()).toBe(4 + 480);
  }, 300_000);
});

describe("rows meeting existing accounts", () => {
  const row = {
    name: "Held Poland",
    domainIdentifier: "pl.held1.example",
    customerEmails: ["buyer@held1.example"],
    contactPhone: "+1 949 555 0100",
  };

  it("are shown with the accounts they meet, and requested only when acknowledged", async () => {
    const pat = await partner();
    const owner = await registeredUser(app, { email: "owner@held1.example" });
    await activeAccount(owner, "Held 1");

    const preview = await pat.gql(PREVIEW, { input: { rows: [row] } });
    expect(preview.data!.bulkRequestPreview).toMatchObject({
      meetsExistingCount: 1,
      rows: [
        {
          state: "MEETS_EXISTING_ACCOUNTS",
          identifier: "pl.held1.example",
          existingAccounts: [
            { domainIdentifier: "held1.example", allowedAction: "REQUEST_ACCESS" },
          ],
        },
      ],
    });

    const refused = await submit(pat, { rows: [row] });
    await app.services.bulkRequestJob.tick();
    expect((await job(pat, refused)).rows[0]).toMatchObject({
      state: "FAILED",
      errorCode: "CONFLICT",
    });
    expect(await accountCount()).toBe(1);

    const acknowledged = await submit(pat, { rows: [row], acknowledgeExistingAccounts: true });
    await app.services.bulkRequestJob.tick();
    expect((await job(pat, acknowledged)).rows[0]).toMatchObject({ state: "CREATED" });
    expect(await accountCount()).toBe(2);
  });

  it("checks the downloadable template as a file of two ready rows", async () => {
    const pat = await partner();
    const template = fs.readFileSync(
      path.join(__dirname, "../../web/public/bulk-request-template.csv"),
      "utf8",
    );
    const preview = await pat.gql(PREVIEW, { input: { csv: template } });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.bulkRequestPreview.rows.map((r) => [r.identifier, r.state])).toEqual([
      ["acme-widgets.example", "READY"],
      ["eu.globex.example", "READY"],
    ]);
  });
});

describe("the job in the database", () => {
  it("is not taken from a process holding its lease, and after the lease goes on where it was without creating a row twice", async () => {
    const pat = await partner();
    const rows = [1, 2, 3].map((n) => ({
      name: `Resumed ${n}`,
      customerEmails: [`buyer@r${n}.example`],
    }));
    const id = await submit(pat, { rows });
    // A process claimed the job, created row 1's account, and died before writing its result.
    const created = accountOf(await pat.gql(REQUEST_FOR_CUSTOMER, { input: rows[0] }));
    await app.services.db.transaction((em) =>
      em.update(
        BulkRequestJobEntity,
        { id },
        { status: "RUNNING", lockedUntil: new Date(app.clock.now().getTime() + 2 * MINUTE) },
      ),
    );
    await app.services.bulkRequestJob.tick();
    expect(await job(pat, id)).toMatchObject({ status: "RUNNING", processedRows: 0 });

    app.clock.advance(3 * MINUTE);
    await app.services.bulkRequestJob.tick();
    const done = await job(pat, id);
    expect(done).toMatchObject({ status: "DONE", createdCount: 2, alreadyRequestedCount: 1 });
    expect(done.rows[0]).toMatchObject({ state: "ALREADY_REQUESTED", smartAccountId: created.id });
    expect(await accountCount()).toBe(3);
  });
  it("fails a row that meets an unexpected fault, logged, and goes on with the rows behind it", async () => {
    const pat = await partner();
    const rows = [1, 2, 3].map((n) => ({
      name: `Faulty ${n}`,
      customerEmails: [`buyer@f${n}.example`],
    }));
    const id = await submit(pat, { rows });
    const lifecycle = app.services.lifecycle;
    const request = lifecycle.request.bind(lifecycle);
    const fault = jest
      .spyOn(lifecycle, "request")
      .mockImplementation((user, input, client) =>
        input.name === "Faulty 2"
          ? Promise.reject(new Error("a fault"))
          : request(user, input, client),
      );
    try {
      await app.services.bulkRequestJob.tick();
    } finally {
      fault.mockRestore();
    }
    const done = await job(pat, id);
    expect(done).toMatchObject({ status: "DONE", createdCount: 2, failedCount: 1 });
    expect(done.rows.map((r) => [r.name, r.state, r.errorCode])).toEqual([
      ["Faulty 1", "CREATED", null],
      ["Faulty 2", "FAILED", "INTERNAL_SERVER_ERROR"],
      ["Faulty 3", "CREATED", null],
    ]);
    expect(done.rows[1].message).toMatch(/went wrong on our side/);
    expect(done.rows[1].message).not.toMatch(/a fault/);
    expect(await accountCount()).toBe(2);
    // Nothing is left to claim: the job is not taken again once its lease would have run out.
    app.clock.advance(3 * MINUTE);
    await app.services.bulkRequestJob.tick();
    expect(await job(pat, id)).toMatchObject({ status: "DONE", createdCount: 2, failedCount: 1 });
    expect(await accountCount()).toBe(2);
  });
});

describe("who may", () => {
  const rows = [{ name: "Someone", customerEmails: ["buyer@someone.example"] }];

  it("refuses customers who are not partners, writing nothing", async () => {
    const customer = await registeredUser(app, { email: "cat@customer.example" });
    const preview = await customer.gql(PREVIEW, { input: { rows } });
    expect(preview.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const submitted = await customer.gql(SUBMIT, { input: { rows } });
    expect(submitted.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await jobCount()).toBe(0);
    const anonymous = await app.client().gql(SUBMIT, { input: { rows } });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("shows a job to its partner and to staff; anyone else gets NOT_FOUND, as for an unknown id", async () => {
    const pat = await partner();
    const id = await submit(pat, { rows });
    const other = await partner("pia@other-partner.example");
    const stranger = await other.gql(JOB, { id });
    expect(stranger.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(stranger.data).toBeNull();
    const unknown = await other.gql(JOB, { id: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.errors?.[0]).toMatchObject({
      message: stranger.errors?.[0].message,
      extensions: { code: "NOT_FOUND" },
    });
    const staff = await staffClient(app);
    expect((await job(staff, id)).totalRows).toBe(1);
    expect((await job(pat, id)).totalRows).toBe(1);
    const anonymous = await app.client().gql(JOB, { id });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("takes at most 500 rows, and names the field that has more", async () => {
    const pat = await partner();
    const many = Array.from({ length: 501 }, (_, i) => ({
      name: `N${i}`,
      customerEmails: [`b@n${i}.example`],
    }));
    const tooMany = await pat.gql(SUBMIT, { input: { rows: many } });
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "rows", message: "Send at most 500 rows at once; split the file." }],
    });
    const csv = [HEADER, ...many.map((r) => `${r.name},,${r.customerEmails[0]},,,`)].join("\n");
    const tooLong = await pat.gql(PREVIEW, { input: { csv } });
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "csv" }],
    });
    expect(tooLong.errors?.[0].message).toContain("at most 500 rows");
    const headless = await pat.gql(SUBMIT, { input: { csv: "a,b\n1,2\n" } });
    expect(headless.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "csv" }],
    });
    const both = await pat.gql(SUBMIT, { input: { rows, csv: `${HEADER}\nX,,a@x.example,,,\n` } });
    expect(both.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "rows" }],
    });
    expect(await jobCount()).toBe(0);
  });
});
