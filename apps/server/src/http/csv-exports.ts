import { once } from "node:events";
import { Transform } from "node:stream";
import { stringify } from "csv-stringify";
import { Router, type Request, type Response } from "express";
import {
  DomainError,
  InvalidInputError,
  NotAllowedError,
  NotFoundError,
  NotSignedInError,
} from "../common/errors";
import { HOUR, MINUTE } from "../common/clock";
import { MAX_PAGE_SIZE, type Connection } from "../common/pagination";
import { limitSubject, type RateLimitRule } from "../common/rate-limiter";
import type { Auth } from "../graphql/context";
import { publicCode } from "../graphql/errors";
import { createLoaders, type Loaders } from "../graphql/loaders";
import {
  ACCESS_REQUEST_ORDERS,
  type AccessRequestOrder,
} from "../modules/access-request/access-request.service";
import type {
  AccessRequestEntity,
  AccessRequestStatus,
} from "../modules/access-request/access-request.entity";
import { AccessRequestStatusEnum } from "../modules/access-request/access-request.types";
import { checkAuditFilter, type AuditLogFilter } from "../modules/event/audit-log.service";
import type {
  AccountEventEntity,
  AccountEventKind,
} from "../modules/smart-account/account-event.entity";
import {
  DIRECTORY_ORDERS,
  DIRECTORY_REASONS,
  type DirectoryRow,
} from "../modules/directory/directory.service";
import {
  SMART_ACCOUNT_STATUSES,
  type SmartAccountStatus,
} from "../modules/smart-account/smart-account.entity";
import type { Services } from "../services";

/** How many rows each read fetches: one keyset page of the same service the GraphQL list uses. */
export const EXPORT_BATCH = MAX_PAGE_SIZE;

const STATUS_CODES = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  IDEMPOTENCY_KEY_REUSED: 400,
  UNAVAILABLE: 503,
  OUTCOME_UNKNOWN: 503,
} as const;

/**
 * Each download reads the caller's whole list: a few a minute is what a person or a nightly job
 * needs, and the cap keeps one account (or one stolen token) from keeping the database busy.
 * Counted per user across every server process, like the other limits.
 */
export const EXPORT_LIMITS: RateLimitRule[] = [
  { bucket: "csv-export:user", max: 10, windowMs: MINUTE },
  { bucket: "csv-export:user", max: 60, windowMs: HOUR },
];

type Cell = string | number | null;

/** A column of an export: its CSV header, its NDJSON key (for lists offered as NDJSON too), its value. */
type Column<T> = {
  header: string;
  key?: string;
  value: (row: T, loaders: Loaders) => Promise<Cell> | Cell;
};

export type ExportFormat = "csv" | "ndjson";

const FORMATS: Record<ExportFormat, { contentType: string; records: () => Transform }> = {
  csv: {
    contentType: "text/csv; charset=utf-8",
    records: () =>
      stringify({
        header: false,
        escape_formulas: true,
        record_delimiter: "\r\n",
      }),
  },
  ndjson: {
    contentType: "application/x-ndjson; charset=utf-8",
    // One JSON object a line: a JSON reader never runs a cell, so nothing needs neutralising.
    records: () =>
      new Transform({
        writableObjectMode: true,
        transform(record: Record<string, Cell>, _encoding, done) {
          done(null, `${JSON.stringify(record)}\n`);
        },
      }),
  },
};

/** One optional query parameter, which must be one of `allowed` when given. */
function choice<T extends string>(req: Request, name: string, allowed: readonly T[]): T | null {
  const raw = req.query[name];
  if (raw === undefined || raw === "") return null;
  if (typeof raw !== "string" || !(allowed as readonly string[]).includes(raw)) {
    throw new InvalidInputError(name, `${name} must be one of ${allowed.join(", ")}.`);
  }
  return raw as T;
}

function text(req: Request, name: string, max: number): string | null {
  const raw = req.query[name];
  if (raw === undefined || raw === "") return null;
  if (typeof raw !== "string" || raw.length > max) {
    throw new InvalidInputError(name, `${name} must be text of at most ${max} characters.`);
  }
  return raw;
}

/**
 * Streams every page of a list as CSV (a header row, then one record a row) or as NDJSON (one
 * object a line, keyed by the columns' keys). The first page is read before anything is sent, so
 * a caller the list's service refuses gets its error as JSON with the status it means; then each
 * further page is read only when the previous one has been written (the stream's back-pressure),
 * with fresh loaders, so memory holds one page whatever the list's length. csv-stringify's
 * `escape_formulas` prefixes a cell that starts with =, +, -, @, tab or CR (and their full-width
 * forms) with an apostrophe, so a spreadsheet shows it as text instead of running it.
 */
async function streamExport<T>(
  res: Response,
  format: ExportFormat,
  filename: string,
  columns: Column<T>[],
  page: (after: string | null) => Promise<Connection<T>>,
  loadersFor: () => Loaders,
): Promise<void> {
  let current = await page(null);
  let closed = false;
  // A download abandoned while the stream waits for room must not leave it waiting for ever.
  const abandoned = new AbortController();
  res.on("close", () => {
    closed = true;
    abandoned.abort();
  });
  res.status(200);
  res.setHeader("Content-Type", FORMATS[format].contentType);
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`);
  res.setHeader("Cache-Control", "no-store");
  const out = FORMATS[format].records();
  out.pipe(res);
  const toRecord = async (row: T, loaders: Loaders): Promise<unknown> => {
    const cells = await Promise.all(columns.map((c) => c.value(row, loaders)));
    if (format === "csv") return cells.map((cell) => (cell === null ? "" : String(cell)));
    return Object.fromEntries(columns.map((c, i) => [c.key ?? c.header, cells[i]]));
  };
  const write = async (record: unknown): Promise<boolean> => {
    if (closed) return false;
    if (out.write(record)) return true;
    try {
      await once(out, "drain", { signal: abandoned.signal });
      return true;
    } catch {
      return false; // the caller went away: nothing more to write
    }
  };
  if (format === "csv") await write(columns.map((c) => c.header));
  for (;;) {
    const loaders = loadersFor();
    for (const edge of current.edges) {
      if (!(await write(await toRecord(edge.node, loaders)))) break;
    }
    const next = current.pageInfo.endCursor;
    if (closed || !current.pageInfo.hasNextPage || !next) break;
    current = await page(next);
  }
  out.end();
}

function dateText(date: Date | null): string {
  return date ? date.toISOString() : "";
}

const REASON_WORDS: Record<(typeof DIRECTORY_REASONS)[number], string> = {
  HAS_ROLE: "You hold a role",
  ACCESS_REQUESTED: "Access requested",
  REQUESTED_BY_YOU: "You asked to create it",
  ON_YOUR_DOMAIN: "On your email domain",
};

const DIRECTORY_COLUMNS: Column<DirectoryRow>[] = [
  { header: "Name", value: (r) => r.account.name },
  { header: "Account ID", value: (r) => r.account.id },
  { header: "Account Domain Identifier", value: (r) => r.account.domainIdentifier },
  { header: "Status", value: (r) => r.account.status },
  { header: "Visibility", value: (r) => r.account.visibility },
  {
    header: "Admin Contacts",
    value: async (r, l) =>
      (await l.administrators.load(r.account.id)).map((a) => a.email).join("; "),
  },
  {
    header: "Your Roles",
    value: async (r, l) =>
      ((await l.relation.load(r.account))?.grants ?? [])
        .map((g) =>
          g.virtualAccountId ? `${g.role} (virtual account ${g.virtualAccountId})` : g.role,
        )
        .join("; "),
  },
  { header: "Why Listed", value: (r) => REASON_WORDS[r.reason] },
];

const ACCESS_REQUEST_COLUMNS: Column<AccessRequestEntity>[] = [
  { header: "Requested At", value: (r) => dateText(r.createdAt) },
  {
    header: "Smart Account",
    value: async (r, l) => (await l.account.load(r.smartAccountId))?.name ?? "",
  },
  { header: "Smart Account ID", value: (r) => r.smartAccountId },
  { header: "Email", value: (r) => r.email },
  { header: "Asked Role", value: (r) => r.askedRole },
  { header: "Status", value: (r) => r.status },
  { header: "Granted Role", value: (r) => r.grantedRole ?? "" },
  {
    header: "Granted Virtual Account IDs",
    value: (r) => (r.grantedVirtualAccountIds ?? "").split(",").filter(Boolean).join("; "),
  },
  { header: "Reason", value: (r) => r.reason },
  { header: "Decline Reason", value: (r) => r.declineReason ?? "" },
  {
    header: "Requested By",
    value: async (r, l) => (await l.user.load(r.requestedById))?.email ?? "",
  },
  { header: "Decided At", value: (r) => dateText(r.decidedAt) },
];

/** An account's history, as the History section shows it and the events feed serves it. */
const HISTORY_COLUMNS: Column<AccountEventEntity>[] = [
  { header: "When", key: "createdAt", value: (e) => dateText(e.createdAt) },
  { header: "Event Type", key: "type", value: (e) => e.type },
  { header: "Actor Email", key: "actorEmail", value: (e) => e.actorEmail },
  { header: "Status Before", key: "statusBefore", value: (e) => e.statusBefore },
  { header: "Status After", key: "statusAfter", value: (e) => e.statusAfter },
  { header: "Detail", key: "detail", value: (e) => e.detail },
  { header: "Sequence", key: "sequence", value: (e) => e.sequence },
  { header: "Position", key: "position", value: (e) => e.position },
];

/** The audit log: the history columns, with the account each entry is of. */
const AUDIT_COLUMNS: Column<AccountEventEntity>[] = [
  HISTORY_COLUMNS[0],
  { header: "Smart Account ID", key: "accountId", value: (e) => e.smartAccountId },
  {
    header: "Smart Account",
    key: "accountName",
    value: async (e, l) => (await l.account.load(e.smartAccountId))?.name ?? null,
  },
  ...HISTORY_COLUMNS.slice(1),
];

/** `/path.csv` and `/path.ndjson`: one handler, the format from the extension. */
function bothFormats(path: string): string[] {
  return [`${path}.csv`, `${path}.ndjson`];
}

function formatOf(req: Request): ExportFormat {
  return req.path.endsWith(".ndjson") ? "ndjson" : "csv";
}

function dateParam(req: Request, name: string): Date | null {
  const raw = text(req, name, 40);
  if (raw === null) return null;
  const date = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(date.getTime())) {
    throw new InvalidInputError(name, `${name} must be a date and time (ISO 8601).`);
  }
  return date;
}

/** The audit log's filters from the query string, checked as the auditLog query checks them. */
function auditFilter(req: Request): AuditLogFilter {
  const types = text(req, "types", 2000);
  return checkAuditFilter({
    actorEmail: text(req, "actorEmail", 254),
    types:
      types === null
        ? null
        : (types
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean) as AccountEventKind[]),
    accountId: text(req, "accountId", 64),
    from: dateParam(req, "from"),
    to: dateParam(req, "to"),
  });
}

/**
 * The downloads of the directory, of access requests, of an account's history and of the audit log. Each reads its rows through the
 * very service method its GraphQL query calls (the same visibility rules, checked the same way),
 * authenticated like /graphql: the session cookie or an API token (`Authorization: Bearer`).
 */
export function csvExportRoutes(
  services: Services,
  authenticate: (req: Request) => Promise<Auth | null>,
): Router {
  const router = Router();
  const today = () => services.clock.now().toISOString().slice(0, 10);

  const route =
    (handler: (req: Request, res: Response, auth: Auth) => Promise<void>) =>
    async (req: Request, res: Response) => {
      try {
        const auth = await authenticate(req);
        if (!auth) throw new NotSignedInError();
        await services.limiter.take(
          EXPORT_LIMITS.map((rule) => ({ rule, subject: limitSubject(auth.user.id) })),
        );
        await handler(req, res, auth);
      } catch (error) {
        if (res.headersSent) {
          // Mid-stream: the status is gone; cut the download short so it cannot pass as whole.
          (res.locals.log ?? services.log).error({ err: error }, "CSV export failed mid-stream");
          res.destroy(error as Error);
          return;
        }
        if (error instanceof DomainError) {
          const code = publicCode(error.kind as Parameters<typeof publicCode>[0]);
          res.status(STATUS_CODES[code]).json({
            errors: [
              {
                message: error.message,
                extensions: { code, ...(error.fields.length ? { fields: error.fields } : {}) },
              },
            ],
          });
          return;
        }
        (res.locals.log ?? services.log).error({ err: error }, "CSV export failed");
        res.status(500).json({
          errors: [
            {
              message: "Something went wrong on our side. It has been logged.",
              extensions: { code: "INTERNAL_SERVER_ERROR" },
            },
          ],
        });
      }
    };

  // The directory query's gate: @Authorized("VERIFIED").
  router.get(
    "/export/directory.csv",
    route(async (req, res, auth) => {
      if (!auth.user.emailVerifiedAt) {
        throw new NotAllowedError("Verify your email address first.");
      }
      const status = choice<SmartAccountStatus>(req, "status", SMART_ACCOUNT_STATUSES);
      const namePrefix = text(req, "namePrefix", 200);
      const order = choice(req, "order", DIRECTORY_ORDERS) ?? "RELEVANCE";
      await streamExport(
        res,
        "csv",
        `directory-${today()}.csv`,
        DIRECTORY_COLUMNS,
        (after) =>
          services.directory.directory(
            auth.user,
            EXPORT_BATCH,
            after,
            { status, namePrefix },
            order,
          ),
        () => createLoaders(services.db, auth.user),
      );
    }),
  );

  // The accessRequests query's gate: @Authorized(), then the service's own check per account.
  router.get(
    "/export/access-requests.csv",
    route(async (req, res, auth) => {
      const smartAccountId = text(req, "smartAccountId", 64);
      if (smartAccountId !== null && !/^[\w-]+$/.test(smartAccountId)) {
        throw new InvalidInputError(
          "smartAccountId",
          "smartAccountId is not a Smart Account's id.",
        );
      }
      const status = choice<AccessRequestStatus>(
        req,
        "status",
        Object.values(AccessRequestStatusEnum),
      );
      const order =
        choice<AccessRequestOrder>(req, "order", ACCESS_REQUEST_ORDERS) ?? "PENDING_FIRST";
      await streamExport(
        res,
        "csv",
        smartAccountId
          ? `access-requests-${smartAccountId}-${today()}.csv`
          : `my-access-requests-${today()}.csv`,
        ACCESS_REQUEST_COLUMNS,
        (after) =>
          services.accessRequests.list(
            auth.user,
            smartAccountId,
            status,
            EXPORT_BATCH,
            after,
            order,
          ),
        () => createLoaders(services.db, auth.user),
      );
    }),
  );

  // The account's `history` field's rule; NOT_FOUND, not FORBIDDEN, to anyone it does not let read.
  router.get(
    bothFormats("/export/accounts/:id/history"),
    route(async (req, res, auth) => {
      const id = String(req.params.id);
      const format = formatOf(req);
      await streamExport(
        res,
        format,
        `history-${id}-${today()}.${format}`,
        HISTORY_COLUMNS,
        (after) => services.auditLog.accountHistory(auth.user, id, EXPORT_BATCH, after),
        () => createLoaders(services.db, auth.user),
      );
    }),
  );

  // Staff only; to anyone else the route is not there.
  router.get(
    bothFormats("/export/audit"),
    route(async (req, res, auth) => {
      if (!auth.user.isStaff) throw new NotFoundError("Not found.");
      const filter = auditFilter(req);
      const format = formatOf(req);
      await streamExport(
        res,
        format,
        `audit-log-${today()}.${format}`,
        AUDIT_COLUMNS,
        (after) => services.auditLog.auditLog(auth.user, filter, EXPORT_BATCH, after),
        () => createLoaders(services.db, auth.user),
      );
    }),
  );

  return router;
}
