import net from "node:net";
import type { AddressInfo } from "node:net";
import { createConnection } from "mysql2/promise";
import { Client } from "../harness";
import { ME, SIGN_UP, signUpInput } from "../user-api";
import { freshDatabase, ServerProcesses } from "./processes";

/**
 * A server given several nodes (DATABASE_URL with a host list) moves to the next one when its
 * node goes away. The first "node" here is a TCP proxy to the test database, taken down mid-run
 * with every connection through it cut, as a node's crash would.
 */
const servers = new ServerProcesses();
let database = "";
let url = "";
let proxy: net.Server;
const proxied = new Set<net.Socket>();
let connectionsThroughProxy = 0;

beforeAll(async () => {
  database = await freshDatabase("failover");
  const target = new URL(database);
  proxy = net.createServer((client) => {
    connectionsThroughProxy += 1;
    const upstream = net.connect(Number(target.port || 3306), target.hostname);
    for (const socket of [client, upstream]) {
      proxied.add(socket);
      socket.on("close", () => proxied.delete(socket));
      socket.on("error", () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const proxyPort = (proxy.address() as AddressInfo).port;
  const nodes = `127.0.0.1:${proxyPort},${target.hostname}:${target.port || 3306}`;
  const auth = target.username
    ? `${target.username}${target.password ? `:${target.password}` : ""}@`
    : "";
  url = await servers.start({ DATABASE_URL: `mysql://${auth}${nodes}${target.pathname}` });
}, 90_000);

afterAll(async () => {
  servers.stopAll();
  proxy.close();
  for (const socket of proxied) socket.destroy();
});

async function users(): Promise<number> {
  const connection = await createConnection({ uri: database });
  try {
    const [rows] = await connection.query("SELECT COUNT(*) AS n FROM users");
    return Number((rows as { n: number | string }[])[0].n);
  } finally {
    await connection.end();
  }
}

async function connectionRetries(): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text
    .split("\n")
    .find((l) => l.startsWith('db_transaction_retries_total{reason="connection"} '));
  return Number(line?.split(" ").pop() ?? 0);
}

describe("a server given every node", () => {
  it("uses the first node, and carries on on the next when it goes away", async () => {
    const client = new Client(url);
    const first = await client.gql(SIGN_UP, {
      input: signUpInput({ email: "before@ccoesup.com" }),
    });
    expect(first.errors).toBeUndefined();
    expect(connectionsThroughProxy).toBeGreaterThan(0);
    expect(await connectionRetries()).toBe(0);

    // The first node goes away, its connections with it.
    await new Promise<void>((resolve) => {
      proxy.close(() => resolve());
      for (const socket of proxied) socket.destroy();
    });

    for (let i = 0; i < 5; i++) {
      const res = await new Client(url, `10.3.0.${i}`).gql(SIGN_UP, {
        input: signUpInput({ email: `after${i}@ccoesup.com` }),
      });
      expect(res.errors).toBeUndefined();
      expect((await client.gql(ME)).status).toBe(200);
    }
    expect(await users()).toBe(6);
    // The pool met the dead node at least once and ran that unit of work again elsewhere.
    expect(await connectionRetries()).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
