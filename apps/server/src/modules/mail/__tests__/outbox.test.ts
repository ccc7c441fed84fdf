import { MINUTE } from "../../../common/clock";
import { CapturingTransport, startTestApp, type TestApp } from "../../../../test/harness";
import { SIGN_UP, signUpInput } from "../../../../test/user-api";
import { OutboxEmailEntity } from "../outbox-email.entity";

let app: TestApp;
const transport = new CapturingTransport();

beforeAll(async () => {
  app = await startTestApp({ mailTransport: transport });
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.reset();
  transport.sent = [];
  transport.failNext = 0;
});

async function signUp(email: string) {
  const res = await app.client().gql(SIGN_UP, { input: signUpInput({ email }) });
  expect(res.errors).toBeUndefined();
}

describe("the outbox dispatcher", () => {
  it("delivers each email once, with its id as Message-ID, text and HTML", async () => {
    await signUp("ada@ccoesup.com");
    await signUp("bob@ccoesup.com");
    await app.services.dispatcher!.tick();
    await app.services.dispatcher!.tick();
    expect(transport.sent.map((e) => e.to).sort()).toEqual(["ada@ccoesup.com", "bob@ccoesup.com"]);
    const rows = await app.outbox();
    expect(rows.every((r) => r.status === "SENT" && r.sentAt !== null)).toBe(true);
    expect(transport.sent.map((e) => e.messageId).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(transport.sent[0].text).toContain("http://app.test/verify-email?token=");
    expect(transport.sent[0].html).toContain('href="http://app.test/verify-email?token=');
  });

  it("retries a failed delivery with backoff and the same Message-ID", async () => {
    await signUp("ada@ccoesup.com");
    transport.failNext = 1;
    await app.services.dispatcher!.tick();
    expect(transport.sent).toHaveLength(0);
    const [failed] = await app.outbox();
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lastError: "SMTP said no" });

    await app.services.dispatcher!.tick(); // not yet due
    expect(transport.sent).toHaveLength(0);
    app.clock.advance(MINUTE);
    await app.services.dispatcher!.tick();
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0].messageId).toBe(failed.id);
    expect((await app.outbox())[0]).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("gives up after repeated failures and marks the email FAILED", async () => {
    await signUp("ada@ccoesup.com");
    transport.failNext = 100;
    for (let i = 0; i < 8; i++) {
      await app.services.dispatcher!.tick();
      app.clock.advance(61 * MINUTE);
    }
    expect((await app.outbox())[0]).toMatchObject({ status: "FAILED", attempts: 8 });
    await app.services.dispatcher!.tick();
    expect((await app.outbox())[0].attempts).toBe(8);
  });

  it("sends again an email whose sender died mid-delivery, once its lease ran out", async () => {
    await signUp("ada@ccoesup.com");
    const [email] = await app.outbox();
    // A process claimed the email and died before marking it sent.
    await app.services.db.transaction((em) =>
      em.update(
        "outbox_emails",
        { id: email.id },
        {
          status: "SENDING",
          attempts: 1,
          lockedUntil: new Date(app.clock.now().getTime() + 2 * MINUTE),
        },
      ),
    );
    await app.services.dispatcher!.tick();
    expect(transport.sent).toHaveLength(0);
    app.clock.advance(3 * MINUTE);
    await app.services.dispatcher!.tick();
    expect(transport.sent.map((e) => e.messageId)).toEqual([email.id]);
  });

  it("sends a burst with several emails in flight, each once, marking them sent", async () => {
    const now = app.clock.now();
    const ids = Array.from(
      { length: 120 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );
    await app.services.db.transaction((em) =>
      em.insert(
        OutboxEmailEntity,
        ids.map((id, i) => ({
          id,
          toAddress: `reader${i}@ccoesup.com`,
          subject: "Hello",
          textBody: "Hello",
          htmlBody: "<p>Hello</p>",
          status: "PENDING" as const,
          attempts: 0,
          nextAttemptAt: now,
          lockedUntil: null,
          lastError: null,
          createdAt: now,
          sentAt: null,
        })),
      ),
    );
    let inFlight = 0;
    let most = 0;
    const send = transport.send.bind(transport);
    transport.send = async (email) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 2));
      try {
        await send(email);
      } finally {
        inFlight -= 1;
      }
    };
    try {
      transport.failNext = 1;
      await app.services.dispatcher!.tick();
    } finally {
      transport.send = send;
    }
    expect(most).toBeGreaterThan(1);
    const sent = transport.sent.map((e) => e.messageId);
    expect(new Set(sent).size).toBe(sent.length);
    expect(sent).toHaveLength(119);
    const rows = await app.outbox();
    expect(rows.filter((r) => r.status === "SENT")).toHaveLength(119);
    expect(
      rows.filter((r) => r.status === "PENDING" && r.lastError === "SMTP said no"),
    ).toHaveLength(1);
  });
});
