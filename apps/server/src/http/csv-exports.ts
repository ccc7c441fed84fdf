import { once } from "node:events";
import { stringify } from "csv-stringify";
import { Router, type Request, type Response } from "express";
import {
  DomainError,
  InvalidInputError,
  NotAllowedError,
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

type Column<T> = { header: string; value: (row: T, loaders: Loaders) => Promise<string> | string };

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
 * Streams every page of a list as CSV. The first page is read before anything is sent, so a
 * caller the list's service refuses gets its error as JSON with the status it means; then each
 * further page is read only when the previous one has been written (the stream's back-pressure),
 * with fresh loaders, so memory holds one page whatever the list's length. csv-stringify's
 * `escape_formulas` prefixes a cell that starts with =, +, -, @, tab or CR (and their full-width
 * forms) with an apostrophe, so a spreadsheet shows it as text instead of running it.
 */
async function streamCsv<T>(
  res: Response,
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
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`);
  res.setHeader("Cache-Control", "no-store");
  const csv = stringify({
    header: true,
    columns: columns.map((c) => c.header),
    escape_formulas: true,
    record_delimiter: "\r\n",
  });
  csv.pipe(res);
  for (;;) {
    const loaders = loadersFor();
    for (const edge of current.edges) {
      const record = await Promise.all(columns.map((c) => c.value(edge.node, loaders)));
      if (closed) break;
      if (!csv.write(record)) {
        try {
          await once(csv, "drain", { signal: abandoned.signal });
        } catch {
          break; // the caller went away: nothing more to write
        }
      }
    }
    const next = current.pageInfo.endCursor;
    if (closed || !current.pageInfo.hasNextPage || !next) break;
    current = await page(next);
  }
  csv.end();
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
      (await l.myRoles.load(r.account.id))
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

/**
 * The CSV downloads of the directory and of access requests. Each reads its rows through the
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
      await streamCsv(
        res,
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
      await streamCsv(
        res,
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

  return router;
}
