import fs from "node:fs";
import path from "node:path";
import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import type { DataSource } from "typeorm";
import type { SqlCaptureConfig } from "../config";
import { TransientScope } from "../common/transient-scope";

/**
 * A parameter as written to the capture file: JSON has no dates or bytes, so those are tagged
 * (`{ "$date": iso }`, `{ "$bytes": base64 }`) and turned back into the same values on replay.
 */
export type CapturedValue =
  string | number | boolean | null | { $date: string } | { $bytes: string } | CapturedValue[];

export type CapturedStatement = {
  /** The connection it ran on (its MySQL thread id): statements of one transaction share it. */
  connection: number;
  sql: string;
  parameters: CapturedValue[];
  /** Rows returned by a read, rows affected by a write; null when the statement failed. */
  rows: number | null;
  affectedRows: number | null;
};

/** One line of the capture file. */
export type CapturedRequest = { requestId: string; statements: CapturedStatement[] };

/** The first line of the capture file: the pool the server runs with. */
export type CaptureHeader = { pool: { connectionLimit: number } };

// Open only while a captured request runs: the load between captures runs without it.
const scope = new TransientScope<CapturedStatement[]>();

function encode(value: unknown): CapturedValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Buffer.isBuffer(value)) return { $bytes: value.toString("base64") };
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  if (typeof value === "bigint") return value.toString();
  return JSON.stringify(value);
}

/** The captured parameter as the driver takes it. */
export function decodeCaptured(value: CapturedValue): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(decodeCaptured);
  if ("$date" in value) return new Date(value.$date);
  return Buffer.from(value.$bytes, "base64");
}

type QueryCallback = (error: unknown, result: unknown, fields?: unknown) => void;
type CapturedConnection = {
  threadId: number;
  query: (...args: unknown[]) => unknown;
  __captured?: true;
};
type CallbackPool = {
  config: { connectionLimit: number };
  getConnection: (cb: (error: unknown, connection: CapturedConnection) => void) => void;
};

/** Wraps a connection's `query` so that statements run inside a capture scope are recorded. */
function watch(connection: CapturedConnection): void {
  if (connection.__captured) return;
  connection.__captured = true;
  const query = connection.query.bind(connection);
  connection.query = (...args: unknown[]) => {
    const statements = scope.get();
    const callbackAt = args.findIndex((a) => typeof a === "function");
    if (!statements || callbackAt < 0) return query(...args);
    const first = args[0] as string | { sql: string; values?: unknown[] };
    const sql = typeof first === "string" ? first : first.sql;
    const values = callbackAt > 1 ? args[1] : typeof first === "object" ? (first.values ?? []) : [];
    const entry: CapturedStatement = {
      connection: connection.threadId,
      sql,
      parameters: (Array.isArray(values) ? values : []).map(encode),
      rows: null,
      affectedRows: null,
    };
    statements.push(entry);
    const callback = args[callbackAt] as QueryCallback;
    args[callbackAt] = (error: unknown, result: unknown, fields?: unknown) => {
      if (!error) {
        if (Array.isArray(result)) entry.rows = result.length;
        else entry.affectedRows = (result as { affectedRows?: number })?.affectedRows ?? 0;
      }
      callback(error, result, fields);
    };
    return query(...args);
  };
}

/**
 * The benchmark's view of the server's SQL: for a request that carries the capture token, every
 * statement it ran on the MySQL pool (in the order the driver received them), its parameters and
 * the rows it returned or changed, appended to the capture file when the response is sent. The
 * bare-driver baseline replays exactly these, so it cannot drift from what the server does.
 * Off unless SQL_CAPTURE_FILE and SQL_CAPTURE_TOKEN are set; never for the embedded database.
 */
export class StatementCapture {
  private readonly token: Buffer;

  private constructor(private readonly config: SqlCaptureConfig) {
    this.token = Buffer.from(config.token);
  }

  static install(config: SqlCaptureConfig | null, dataSource: DataSource): StatementCapture | null {
    if (!config) return null;
    const pool = (dataSource.driver as unknown as { pool?: CallbackPool }).pool;
    if (!pool) throw new Error("SQL_CAPTURE_FILE: statement capture needs a MySQL database");
    const getConnection = pool.getConnection.bind(pool);
    pool.getConnection = (cb) =>
      getConnection((error, connection) => {
        if (!error) watch(connection);
        cb(error, connection);
      });
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const header: CaptureHeader = { pool: { connectionLimit: pool.config.connectionLimit } };
    fs.writeFileSync(config.file, `${JSON.stringify(header)}\n`);
    return new StatementCapture(config);
  }

  /** Express middleware: runs the rest of a request marked with the token inside a capture scope. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const given = req.headers["x-sql-capture"];
      const asked = typeof given === "string" ? Buffer.from(given) : null;
      if (!asked || asked.length !== this.token.length || !timingSafeEqual(asked, this.token)) {
        next();
        return;
      }
      const statements: CapturedStatement[] = [];
      res.on("finish", () => {
        const line: CapturedRequest = {
          requestId: String(res.locals.requestId ?? ""),
          statements,
        };
        fs.appendFileSync(this.config.file, `${JSON.stringify(line)}\n`);
      });
      res.once("close", scope.enter(statements, next));
    };
  }
}

/**
 * Reads a capture file: its header and every request recorded so far. The server may be writing
 * a line as it is read: only whole lines (those ended by their newline) are taken.
 */
export function readCaptureFile(file: string): {
  header: CaptureHeader;
  requests: CapturedRequest[];
} {
  const text = fs.readFileSync(file, "utf8");
  const whole = text.slice(0, text.lastIndexOf("\n") + 1);
  const [first, ...rest] = whole.split("\n").filter(Boolean);
  return {
    header: JSON.parse(first) as CaptureHeader,
    requests: rest.map((line) => JSON.parse(line) as CapturedRequest),
  };
}
