import http from "node:http";
import { createPool } from "mysql2/promise";
import { SESSION_SETTINGS } from "../../db/session-tuning";
import type { CapturedStatement } from "../../db/statement-capture";
import { replay } from "./replay";

/**
 * B1, the bench's baseline: a bare `node:http` server and one mysql2 pool the size of the
 * server's, answering each request by running the statements the server was captured running for
 * it and serialising their rows with JSON.stringify. Nothing else: no GraphQL, no ORM, no checks.
 *
 * POST /load/<slot> with `{ calls: CapturedStatement[][] }` queues calls; POST /run/<slot> runs
 * the next one (a read slot with one call runs it every time).
 */
const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 4401);
const connectionLimit = Number(process.env.POOL_SIZE ?? 10);
if (!url) throw new Error("DATABASE_URL is required");

const pool = createPool({
  uri: url,
  connectionLimit,
  timezone: "Z",
  charset: "utf8mb4_unicode_ci",
});
// The server's own session settings on every connection, so that the same statements are planned
// the same way here (without them an IN list of a page's ids is costed by diving into the index
// once per id, which the server does not do).
pool.pool.on(
  "connection",
  (connection) => void connection.query(SESSION_SETTINGS, () => undefined),
);
const slots = new Map<string, CapturedStatement[][]>();

function body(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const server = http.createServer((req, res) => {
  void (async () => {
    const [, action, slot] = (req.url ?? "").split("/");
    if (req.method === "POST" && action === "load" && slot) {
      const { calls } = JSON.parse(await body(req)) as { calls: CapturedStatement[][] };
      slots.set(slot, [...(slots.get(slot) ?? []), ...calls]);
      res.end("{}");
      return;
    }
    if (req.method === "POST" && action === "run" && slot) {
      await body(req);
      const queue = slots.get(slot) ?? [];
      const call = queue.length > 1 ? queue.shift() : queue[0];
      if (!call) {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: `nothing loaded for ${slot}` }));
        return;
      }
      if (queue.length === 1 && slot.startsWith("write-")) queue.length = 0;
      const { rows, mismatches } = await replay(pool, call);
      res.setHeader("content-type", "application/json");
      if (mismatches.length > 0) res.setHeader("x-replay-mismatches", String(mismatches.length));
      res.end(JSON.stringify({ data: rows, mismatches }));
      return;
    }
    res.statusCode = 404;
    res.end("{}");
  })().catch((error: unknown) => {
    res.statusCode = 500;
    res.end(JSON.stringify({ error: String(error) }));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1");
process.once("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
