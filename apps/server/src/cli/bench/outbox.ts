import { randomUUID } from "node:crypto";
import { createConnection } from "mysql2/promise";
import { SMTPServer } from "smtp-server";

export type SmtpSink = {
  /** Every Message-ID received, with how many times. */
  received: Map<string, number>;
  /** When each Message-ID was last received (performance.now()). */
  lastAt: Map<string, number>;
  close(): Promise<void>;
};

/** A local SMTP server that accepts everything and remembers the Message-IDs it was sent. */
export async function startSmtpSink(port: number): Promise<SmtpSink> {
  const received = new Map<string, number>();
  const lastAt = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    maxClients: 100,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const head = Buffer.concat(chunks)
          .toString("utf8")
          .split(/\r?\n\r?\n/)[0];
        const id = head.match(/^Message-ID:\s*<([^@>]+)@/im)?.[1];
        if (id) {
          received.set(id, (received.get(id) ?? 0) + 1);
          lastAt.set(id, performance.now());
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  // A client going away mid-session (a server stopped between sizes, its pooled connections
  // reset) is that client's end, not the sink's: without a listener it would end the bench.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("SMTP sink:", error);
  });
  return {
    received,
    lastAt,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type OutboxResult = {
  emails: number;
  seconds: number;
  perSecond: number;
  duplicates: number;
};

/**
 * Queues `count` emails in the outbox at once (as a burst of writes would) and times the running
 * server's dispatcher until the SMTP sink has every one of them: emails per second, end to end.
 */
export async function measureOutbox(
  url: string,
  sink: SmtpSink,
  count: number,
): Promise<OutboxResult> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const connection = await createConnection({ uri: url, timezone: "Z" });
  const started = performance.now();
  try {
    const now = new Date();
    for (let at = 0; at < ids.length; at += 500) {
      const rows = ids
        .slice(at, at + 500)
        .map((id, i) => [
          id,
          `reader${at + i}@outbox-bench.example`,
          "Your Smart Account request",
          "A plain-text body of a typical length for a notification from the console.\n".repeat(8),
          `<p>${"An HTML body of a typical length for a notification from the console. ".repeat(8)}</p>`,
          "PENDING",
          0,
          now,
          null,
          null,
          now,
          null,
        ]);
      await connection.query(
        "INSERT INTO outbox_emails (id, toAddress, subject, textBody, htmlBody, status, attempts, nextAttemptAt, lockedUntil, lastError, createdAt, sentAt) VALUES ?",
        [rows],
      );
    }
  } finally {
    await connection.end();
  }
  const deadline = performance.now() + 120_000;
  while (ids.some((id) => !sink.received.has(id)) && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const delivered = ids.filter((id) => sink.received.has(id));
  const last = Math.max(...delivered.map((id) => sink.lastAt.get(id)!));
  const seconds = (last - started) / 1000;
  return {
    emails: delivered.length,
    seconds,
    perSecond: delivered.length / seconds,
    duplicates: ids.filter((id) => (sink.received.get(id) ?? 0) > 1).length,
  };
}
