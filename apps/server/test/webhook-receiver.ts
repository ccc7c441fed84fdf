import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type Received = {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Verified with the standardwebhooks package against the secret registered for the path. */
  verified: boolean;
  verifyError: string | null;
};

export type Answer = { status: number; body?: string; headers?: Record<string, string> } | "hold";

/**
 * A webhook receiver on 127.0.0.1 (allowed by configuration in the tests only), as an integrator
 * would write one: it verifies each message's signature with the `standardwebhooks` package.
 * Answers are queued per request (200 when none is queued); "hold" never answers.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  /** The signing secret for each path (as the integrator stores it). */
  readonly secrets = new Map<string, string>();
  readonly answers: Answer[] = [];
  private readonly held: http.ServerResponse[] = [];
  private readonly waiters: Array<() => void> = [];
  private server: http.Server | null = null;
  origin = "";

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, String(v)]),
        );
        const path = req.url ?? "/";
        let verified = false;
        let verifyError: string | null = "no secret registered for this path";
        const secret = this.secrets.get(path);
        if (secret) {
          try {
            new Webhook(secret).verify(body, headers);
            verified = true;
            verifyError = null;
          } catch (error) {
            verifyError = error instanceof Error ? error.message : String(error);
          }
        }
        this.received.push({ path, headers, body, verified, verifyError });
        for (const wake of this.waiters.splice(0)) wake();
        const answer = this.answers.shift() ?? { status: 200, body: "ok" };
        if (answer === "hold") {
          this.held.push(res);
          return;
        }
        res.writeHead(answer.status, answer.headers ?? { "content-type": "text/plain" });
        res.end(answer.body ?? "");
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Waits until `count` requests have arrived in all. */
  async waitFor(count: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) {
        throw new Error(`expected ${count} webhook requests, got ${this.received.length}`);
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  reset(): void {
    this.received.length = 0;
    this.answers.length = 0;
    this.secrets.clear();
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}
