import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { Client } from "../harness";
import { ME, PASSWORD, SIGN_IN, SIGN_UP, signUpInput } from "../user-api";
import { freshDatabase, ServerProcesses } from "./processes";

type Received = { to: string; messageId: string };

const servers = new ServerProcesses();
const received: Received[] = [];
let smtp: SMTPServer;
let urls: string[] = [];

beforeAll(async () => {
  const database = await freshDatabase("two_processes");

  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString()));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(","),
          messageId: raw.match(/^Message-ID:\s*(.+)$/im)?.[1].trim() ?? "",
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const env = { DATABASE_URL: database, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` };
  // Both start at once: the migration lock lets exactly one of them migrate.
  urls = await Promise.all([servers.start(env), servers.start(env)]);
}, 90_000);

afterAll(async () => {
  servers.stopAll();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

describe("two server processes on one database", () => {
  it("share sessions: signed in on one, recognised on the other", async () => {
    const [a, b] = urls.map((u) => new Client(u));
    expect((await a.gql(SIGN_UP, { input: signUpInput() })).errors).toBeUndefined();
    expect(
      (await a.gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD })).errors,
    ).toBeUndefined();
    b.cookie = a.cookie;
    expect((await b.gql(ME)).data).toMatchObject({ me: { email: "ada@ccoesup.com" } });
  });

  it("deliver every email of the outbox exactly once", async () => {
    const client = new Client(urls[1]);
    for (let i = 0; i < 10; i++) {
      const res = await client.gql(SIGN_UP, {
        input: signUpInput({ email: `user${i}@ccoesup.com` }),
      });
      expect(res.errors).toBeUndefined();
    }
    const deadline = Date.now() + 20_000;
    while (received.length < 11 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    // Both dispatchers keep polling; a duplicate would arrive within a few more ticks.
    await new Promise((r) => setTimeout(r, 3000));
    expect(received).toHaveLength(11);
    expect(new Set(received.map((r) => r.messageId)).size).toBe(11);
    expect(received.map((r) => r.to).sort()).toEqual(
      ["ada@ccoesup.com", ...Array.from({ length: 10 }, (_, i) => `user${i}@ccoesup.com`)].sort(),
    );
  }, 40_000);
});
