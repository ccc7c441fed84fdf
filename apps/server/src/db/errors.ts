/** True when the database refused a row because a unique index already holds its key. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; errno?: unknown; message?: unknown; driverError?: unknown };
  if (e.code === "ER_DUP_ENTRY" || e.errno === 1062) return true;
  if (typeof e.message === "string" && e.message.includes("UNIQUE constraint failed")) return true;
  return e.driverError !== undefined && isUniqueViolation(e.driverError);
}

type DriverError = {
  code?: unknown;
  errno?: unknown;
  fatal?: unknown;
  driverError?: unknown;
};

function driverErrorOf(error: unknown): DriverError | null {
  return typeof error === "object" && error !== null ? (error as DriverError) : null;
}

/**
 * MariaDB/MySQL errors that end a transaction through no fault of its own: run it again. On a
 * Galera cluster a transaction that loses certification to a write committed on another node
 * ends with the same 1213 ("WSREP detected deadlock/conflict"), at any statement or at COMMIT,
 * and is rolled back: it is retried like a local deadlock.
 */
const RETRYABLE_ERRNOS = new Set([
  1213, // ER_LOCK_DEADLOCK: a deadlock's victim, or a Galera certification failure
  1205, // ER_LOCK_WAIT_TIMEOUT
]);

/** True when the database gave up on a transaction because of a lock conflict (deadlock, timeout). */
export function isRetryableConflict(error: unknown): boolean {
  const e = driverErrorOf(error);
  if (!e) return false;
  if (e.code === "ER_LOCK_DEADLOCK" || e.code === "ER_LOCK_WAIT_TIMEOUT") return true;
  if (typeof e.errno === "number" && RETRYABLE_ERRNOS.has(e.errno)) return true;
  return e.driverError !== undefined && isRetryableConflict(e.driverError);
}

/**
 * Errors of a node that is up but may not run statements: a Galera node still joining, donating
 * its state or cut off from the cluster's primary component answers 1047 ("WSREP has not yet
 * prepared node for application use"), and a server going down 1053. Nothing ran; another node
 * (or this one a little later) will.
 */
const NODE_NOT_READY_ERRNOS = new Set([
  1047, // ER_UNKNOWN_COM_ERROR, as Galera's "not ready"
  1053, // ER_SERVER_SHUTDOWN
]);

/** Connection-level failures: the socket is gone (or never came up). */
const CONNECTION_CODES = new Set([
  "PROTOCOL_CONNECTION_LOST",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ER_CONNECTION_KILLED", // 1927: KILL CONNECTION from another session
  "ER_SERVER_SHUTDOWN",
]);

/**
 * True when the connection to the database was lost or could not be made, or its node cannot
 * take statements now. A transaction that was not yet committing when this happened did not
 * commit (the server rolls back a transaction whose connection goes away) and may run again on
 * a fresh connection; one that was committing has an unknown outcome (see `Db.transaction`).
 */
export function isConnectionFailure(error: unknown): boolean {
  const e = driverErrorOf(error);
  if (!e) return false;
  // mysql2 marks every error that ends its connection as fatal, the "closed state" ones included.
  if (e.fatal === true) return true;
  if (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) return true;
  if (typeof e.errno === "number" && (NODE_NOT_READY_ERRNOS.has(e.errno) || e.errno === 1927)) {
    return true;
  }
  return e.driverError !== undefined && isConnectionFailure(e.driverError);
}

/** A node that answered it cannot take statements yet: nothing ran, not even a COMMIT. */
export function isNodeNotReady(error: unknown): boolean {
  const e = driverErrorOf(error);
  if (!e) return false;
  if (e.errno === 1047) return true;
  return e.driverError !== undefined && isNodeNotReady(e.driverError);
}

/** Why a unit of work was run again, as counted in /metrics. */
export type RetryReason = "conflict" | "connection";
