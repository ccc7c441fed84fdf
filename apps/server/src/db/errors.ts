/** True when the database refused a row because a unique index already holds its key. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; errno?: unknown; message?: unknown; driverError?: unknown };
  if (e.code === "ER_DUP_ENTRY" || e.errno === 1062) return true;
  if (typeof e.message === "string" && e.message.includes("UNIQUE constraint failed")) return true;
  return e.driverError !== undefined && isUniqueViolation(e.driverError);
}

/** MariaDB/MySQL errors that end a transaction through no fault of its own: run it again. */
const RETRYABLE_ERRNOS = new Set([
  1213, // ER_LOCK_DEADLOCK: the server chose this transaction as the deadlock's victim
  1205, // ER_LOCK_WAIT_TIMEOUT
]);

/** True when the database gave up on a transaction because of a lock conflict (deadlock, timeout). */
export function isRetryableConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; errno?: unknown; driverError?: unknown };
  if (e.code === "ER_LOCK_DEADLOCK" || e.code === "ER_LOCK_WAIT_TIMEOUT") return true;
  if (typeof e.errno === "number" && RETRYABLE_ERRNOS.has(e.errno)) return true;
  return e.driverError !== undefined && isRetryableConflict(e.driverError);
}
