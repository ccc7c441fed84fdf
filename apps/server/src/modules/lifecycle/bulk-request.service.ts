import { parse } from "csv-parse/sync";
import { In } from "typeorm";
import { HOUR, type Clock } from "../../common/clock";
import {
  CommitOutcomeUnknownError,
  DatabaseUnavailableError,
  DomainError,
  InvalidInputError,
  NotAllowedError,
  NotFoundError,
  TooManyAttemptsError,
  type FieldError,
} from "../../common/errors";
import type { RateLimiter } from "../../common/rate-limiter";
import { newId } from "../../common/secrets";
import type { Db } from "../../db/data-source";
import { emailHost, parseIdentifier, type Identifier } from "../domain/domain-identifier";
import { flowAccessRefusal } from "../domain/identifier-rules";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { IdentifierConflictError } from "../smart-account/smart-account.errors";
import type { ExistingAccount } from "../smart-account/smart-account.service";
import type { ClientInfo } from "../user/session.service";
import type { UserEntity } from "../user/user.entity";
import type { AccountLifecycle, RequestData } from "./account-lifecycle.service";
import { BulkRequestJobEntity } from "./bulk-request-job.entity";
import {
  BulkRequestRowEntity,
  type BulkRowData,
  type BulkRowState,
} from "./bulk-request-row.entity";

/** The most rows one file (or one mutation) may hold. */
export const MAX_BULK_ROWS = 500;

/** The most a row may take, as JSON (a row the single request accepts takes at most ~17 kB). */
const MAX_ROW_BYTES = 32_000;

/** How long a job waits when the caller's request limit refuses its next row. */
export const LIMIT_WAIT_MS = 5 * 60_000;

/** Previews a caller may ask for: each checks up to 500 rows against the database. */
const PREVIEW_LIMITS = [
  { bucket: "bulk-preview", max: 60, windowMs: HOUR },
  { bucket: "bulk-preview:day", max: 300, windowMs: 24 * HOUR },
];

/**
 * The single request's input validators (class-validator on its input class), run on one row;
 * given by the API layer, which owns the input classes. Fields are named as the bulk row names
 * them.
 */
export type RowValidator = (row: BulkRowData) => Promise<FieldError[]>;

/** The file's columns, by their header (case and spacing ignored), and what each fills. */
const COLUMNS: Record<string, keyof BulkRowData> = {
  accountname: "name",
  name: "name",
  identifier: "domainIdentifier",
  domainidentifier: "domainIdentifier",
  accountdomainidentifier: "domainIdentifier",
  customeremails: "customerEmails",
  useremails: "userEmails",
  contactphone: "contactPhone",
  phone: "contactPhone",
  notes: "notes",
  notetocustomers: "notes",
};

/** The header of the template file, in the order of its columns. */
export const TEMPLATE_HEADER = [
  "account name",
  "identifier",
  "customer emails",
  "user emails",
  "contact phone",
  "notes",
];

/** A row as a caller may send it: any column may be missing. */
export type BulkRowInput = { [K in keyof BulkRowData]?: BulkRowData[K] | null };

export type BulkInput = { rows?: BulkRowInput[] | null; csv?: string | null };

export type PreviewState =
  "READY" | "MEETS_EXISTING_ACCOUNTS" | "ALREADY_REQUESTED" | "REPEATS_ROW" | "ERROR";

export type PreviewRow = BulkRowData & {
  rowNumber: number;
  /** The identifier the request would use (the first customer email's host by default). */
  identifier: string | null;
  state: PreviewState;
  errors: FieldError[];
  repeatsRow: number | null;
  existingAccounts: ExistingAccount[];
  smartAccountId: string | null;
};

export type RowOutcome =
  | { kind: "DONE"; state: Exclude<BulkRowState, "PENDING">; smartAccountId?: string }
  | { kind: "FAILED"; errorKind: string; field: string | null; message: string }
  | { kind: "WAIT"; reason: string };

export type JobCounts = {
  created: number;
  alreadyRequested: number;
  failed: number;
  pending: number;
};

function splitEmails(cell: string | undefined): string[] {
  return (cell ?? "")
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter(Boolean);
}

function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** A row as the file or the mutation gave it, trimmed, with empty cells as null. */
function cleanRow(row: BulkRowInput): BulkRowData {
  return {
    name: row.name?.trim() ?? "",
    domainIdentifier: emptyToNull(row.domainIdentifier),
    customerEmails: (row.customerEmails ?? []).map((e) => e.trim()).filter(Boolean),
    userEmails: (row.userEmails ?? []).map((e) => e.trim()).filter(Boolean),
    contactPhone: emptyToNull(row.contactPhone),
    notes: emptyToNull(row.notes),
  };
}

/** The single request (`requestSmartAccountForCustomer`) a row makes. */
function requestOf(row: BulkRowData, acknowledgeExistingAccounts: boolean): RequestData {
  return {
    channel: "PARTNER_FOR_CUSTOMER",
    name: row.name,
    domainIdentifier: row.domainIdentifier,
    contactPhone: row.contactPhone,
    approverEmails: row.customerEmails,
    message: row.notes,
    userEmails: row.userEmails,
    acknowledgeExistingAccounts,
  };
}

/** The identifier a row asks for, when it names one that parses (else its request says why). */
function identifierOf(row: BulkRowData): Identifier | null {
  const raw =
    row.domainIdentifier ??
    (row.customerEmails[0] ? emailHost(row.customerEmails[0].toLowerCase()) : "");
  if (!raw) return null;
  const parsed = parseIdentifier(raw);
  return parsed.ok ? parsed.value : null;
}

/** For each row, the earlier row that asks for the same identifier (row numbers from 1). */
function repeatsOf(rows: readonly BulkRowData[]): (number | null)[] {
  const first = new Map<string, number>();
  return rows.map((row, i) => {
    const identifier = identifierOf(row)?.identifier;
    if (!identifier) return null;
    const earlier = first.get(identifier);
    if (earlier !== undefined) return earlier;
    first.set(identifier, i + 1);
    return null;
  });
}

/** The field an error names: a taken identifier names the identifier; else the row as a whole. */
function errorFields(error: DomainError): FieldError[] {
  if (error.fields.length) return error.fields;
  const field = error instanceof IdentifierConflictError ? "domainIdentifier" : "row";
  return [{ field, message: error.message }];
}

/**
 * A partner's requests for many customers at once (CLC at volume). The preview checks each row
 * as `requestSmartAccountForCustomer` would — its input validators, the lifecycle's checks, the
 * identifier's holder and the accounts on its domain — without writing; a submitted file becomes
 * a job in the database whose rows BulkRequestJob creates one by one through the same
 * `AccountLifecycle.request`, each counted by the caller's request limits.
 *
 * A row is idempotent on (caller, identifier): an identifier already held by an account this
 * caller requested for a customer is that row's account (ALREADY_REQUESTED), and the database's
 * unique live identifier makes sure no row creates a second one, whichever process runs it and
 * however often a file is sent.
 */
export class BulkRequests {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly lifecycle: AccountLifecycle,
    private readonly limiter: RateLimiter,
    private readonly validateRow: RowValidator,
    private readonly wake: () => void,
  ) {}

  /** The rows of a bulk input: given as rows or as the text of a CSV file, 1 to 500 of them. */
  rowsOf(input: BulkInput): BulkRowData[] {
    const given = [input.rows != null, input.csv != null].filter(Boolean).length;
    if (given !== 1) {
      throw new InvalidInputError("rows", "Send either the rows or the text of a CSV file.");
    }
    const field = input.rows ? "rows" : "csv";
    const rows = input.rows ? input.rows.map(cleanRow) : this.parseCsv(input.csv!);
    if (rows.length === 0) throw new InvalidInputError(field, "The file has no rows.");
    if (rows.length > MAX_BULK_ROWS) {
      throw new InvalidInputError(
        field,
        `Send at most ${MAX_BULK_ROWS} rows at once (this has ${rows.length}); split the file.`,
      );
    }
    // Far above any row the single request accepts; bounds what one row keeps in the database.
    const long = rows.findIndex((row) => Buffer.byteLength(JSON.stringify(row)) > MAX_ROW_BYTES);
    if (long >= 0) {
      throw new InvalidInputError(field, `Row ${long + 1} is far too long for a request.`);
    }
    return rows;
  }

  private parseCsv(text: string): BulkRowData[] {
    let records: string[][];
    try {
      records = parse(text, {
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        trim: true,
      }) as string[][];
    } catch (error) {
      const line = (error as { lines?: number }).lines;
      throw new InvalidInputError(
        "csv",
        `The file is not a valid CSV file${line ? ` (line ${line})` : ""}: ${(error as Error).message}`,
      );
    }
    if (records.length === 0) throw new InvalidInputError("csv", "The file is empty.");
    const header = records[0].map((h) => {
      const key = h.toLowerCase().replace(/[\s_-]+/g, "");
      return Object.hasOwn(COLUMNS, key) ? COLUMNS[key] : undefined;
    });
    if (!header.includes("name")) {
      throw new InvalidInputError(
        "csv",
        `The first line must name the columns: ${TEMPLATE_HEADER.join(", ")} (download the template).`,
      );
    }
    return records.slice(1).map((cells) => {
      const row: Partial<Record<keyof BulkRowData, string>> = {};
      header.forEach((column, i) => {
        if (column && cells[i] !== undefined) row[column] = cells[i];
      });
      return cleanRow({
        name: row.name,
        domainIdentifier: row.domainIdentifier,
        customerEmails: splitEmails(row.customerEmails),
        userEmails: splitEmails(row.userEmails),
        contactPhone: row.contactPhone,
        notes: row.notes,
      });
    });
  }

  /** Only partners request accounts for customers, one at a time or in bulk. */
  private assertPartner(user: UserEntity): void {
    const refusal = flowAccessRefusal(user, "CUSTOMER");
    if (refusal) throw new NotAllowedError(refusal.message);
  }

  /** Each row checked as its own request would be, in file order; nothing is written. */
  async preview(
    user: UserEntity,
    input: BulkInput,
    acknowledgeExistingAccounts: boolean,
  ): Promise<PreviewRow[]> {
    this.assertPartner(user);
    const rows = this.rowsOf(input);
    await this.limiter.take(PREVIEW_LIMITS.map((rule) => ({ rule, subject: user.id })));
    const repeats = repeatsOf(rows);
    // The caller's own accounts among the file's identifiers, in one query for all rows.
    const mine = await this.requestedByCaller(
      user,
      rows.flatMap((row) => identifierOf(row)?.identifier ?? []),
    );
    const result: PreviewRow[] = [];
    for (const [i, row] of rows.entries()) {
      result.push(
        await this.previewRow(user, row, i + 1, repeats[i], acknowledgeExistingAccounts, mine),
      );
    }
    return result;
  }

  private async previewRow(
    user: UserEntity,
    row: BulkRowData,
    rowNumber: number,
    repeatsRow: number | null,
    acknowledged: boolean,
    mineByIdentifier: ReadonlyMap<string, string>,
  ): Promise<PreviewRow> {
    const base: PreviewRow = {
      ...row,
      rowNumber,
      identifier: identifierOf(row)?.identifier ?? null,
      state: "READY",
      errors: [],
      repeatsRow: null,
      existingAccounts: [],
      smartAccountId: null,
    };
    const invalid = await this.validateRow(row);
    if (invalid.length) return { ...base, state: "ERROR", errors: invalid };
    if (repeatsRow !== null) {
      return {
        ...base,
        state: "REPEATS_ROW",
        repeatsRow,
        errors: [
          {
            field: "domainIdentifier",
            message: `Row ${repeatsRow} already asks for ${base.identifier}.`,
          },
        ],
      };
    }
    let plan;
    try {
      plan = await this.lifecycle.check(user, requestOf(row, acknowledged));
    } catch (error) {
      if (error instanceof DomainError) {
        return { ...base, state: "ERROR", errors: errorFields(error) };
      }
      throw error;
    }
    const identifier = plan.identifier;
    const mine = mineByIdentifier.get(identifier.identifier);
    if (mine) {
      return {
        ...base,
        identifier: identifier.identifier,
        state: "ALREADY_REQUESTED",
        smartAccountId: mine,
      };
    }
    try {
      const existing = await this.db.read((em) =>
        this.lifecycle.checkHeld(em, user, identifier, true),
      );
      return {
        ...base,
        identifier: identifier.identifier,
        state: existing.length ? "MEETS_EXISTING_ACCOUNTS" : "READY",
        existingAccounts: existing,
      };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ...base, state: "ERROR", errors: errorFields(error) };
      }
      throw error;
    }
  }

  /**
   * The live accounts this caller requested for a customer under exactly these identifiers, by
   * identifier: a row whose identifier is among them was requested before.
   */
  private async requestedByCaller(
    user: UserEntity,
    identifiers: readonly string[],
  ): Promise<Map<string, string>> {
    if (identifiers.length === 0) return new Map();
    const holders = await this.db.read((em) =>
      em.find(SmartAccountEntity, {
        where: {
          liveIdentifier: In([...new Set(identifiers)]),
          requesterId: user.id,
          channel: "PARTNER_FOR_CUSTOMER",
        },
        select: { id: true, liveIdentifier: true },
      }),
    );
    return new Map(holders.map((h) => [h.liveIdentifier!, h.id]));
  }

  /** The caller's own live account for a customer under one identifier, if any. */
  private async ownAccount(user: UserEntity, identifier: Identifier): Promise<string | null> {
    const mine = await this.requestedByCaller(user, [identifier.identifier]);
    return mine.get(identifier.identifier) ?? null;
  }

  /** The job, with every row waiting for it, in one transaction; a process then claims it. */
  async submit(
    user: UserEntity,
    input: BulkInput,
    acknowledgeExistingAccounts: boolean,
    client: ClientInfo,
  ): Promise<BulkRequestJobEntity> {
    this.assertPartner(user);
    const rows = this.rowsOf(input);
    const now = this.clock.now();
    const job = await this.db.transaction(async (em) => {
      const created = em.create(BulkRequestJobEntity, {
        id: newId(),
        requesterId: user.id,
        status: "QUEUED",
        acknowledgeExistingAccounts,
        totalRows: rows.length,
        processedRows: 0,
        clientIp: client.ip?.slice(0, 64) ?? null,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
        nextRunAt: now,
        waitingReason: null,
        lockedUntil: null,
        createdAt: now,
        updatedAt: now,
        finishedAt: null,
      });
      await em.insert(BulkRequestJobEntity, created);
      const entities = rows.map((row, i) =>
        em.create(BulkRequestRowEntity, {
          id: newId(),
          jobId: created.id,
          rowNumber: i + 1,
          input: JSON.stringify(row),
          state: "PENDING",
          errorKind: null,
          errorField: null,
          message: null,
          smartAccountId: null,
          processedAt: null,
        }),
      );
      for (let i = 0; i < entities.length; i += 100) {
        await em.insert(BulkRequestRowEntity, entities.slice(i, i + 100));
      }
      return created;
    });
    this.wake();
    return job;
  }

  /** The job, for its creator and staff; NOT_FOUND for anyone else, as for an unknown id. */
  async job(user: UserEntity, id: string): Promise<BulkRequestJobEntity> {
    const job = await this.db.read((em) => em.findOneBy(BulkRequestJobEntity, { id }));
    if (!job || (job.requesterId !== user.id && !user.isStaff)) {
      throw new NotFoundError("No such bulk request.");
    }
    return job;
  }

  /** How many rows of each job have which result: one grouped query for them all. */
  async counts(jobIds: readonly string[]): Promise<Map<string, JobCounts>> {
    const rows = jobIds.length
      ? await this.db.read((em) =>
          em
            .createQueryBuilder(BulkRequestRowEntity, "r")
            .select("r.jobId", "jobId")
            .addSelect("r.state", "state")
            .addSelect("COUNT(*)", "n")
            .where({ jobId: In([...jobIds]) })
            .groupBy("r.jobId")
            .addGroupBy("r.state")
            .getRawMany<{ jobId: string; state: BulkRowState; n: string | number }>(),
        )
      : [];
    const result = new Map<string, JobCounts>(
      jobIds.map((id) => [id, { created: 0, alreadyRequested: 0, failed: 0, pending: 0 }]),
    );
    for (const { jobId, state, n } of rows) {
      const counts = result.get(jobId)!;
      const count = Number(n);
      if (state === "CREATED") counts.created += count;
      else if (state === "ALREADY_REQUESTED") counts.alreadyRequested += count;
      else if (state === "FAILED") counts.failed += count;
      else counts.pending += count;
    }
    return result;
  }

  /** A job's rows in file order (at most 500). */
  rows(jobId: string): Promise<BulkRequestRowEntity[]> {
    return this.db.read((em) =>
      em.find(BulkRequestRowEntity, { where: { jobId }, order: { rowNumber: "ASC" } }),
    );
  }

  /** Which earlier row of the job each row repeats the identifier of. */
  repeatsInJob(rows: readonly BulkRequestRowEntity[]): Map<number, number> {
    const repeats = repeatsOf(rows.map((r) => JSON.parse(r.input) as BulkRowData));
    const result = new Map<number, number>();
    rows.forEach((row, i) => {
      if (repeats[i] !== null) result.set(row.rowNumber, rows[repeats[i]! - 1].rowNumber);
    });
    return result;
  }

  /**
   * One row, through the single request's validators and `AccountLifecycle.request`. A row the
   * caller's limits refuse is not failed: the job waits and tries it again.
   */
  async runRow(
    user: UserEntity,
    job: BulkRequestJobEntity,
    row: BulkRequestRowEntity,
    repeatsRow: number | null,
  ): Promise<RowOutcome> {
    const data = JSON.parse(row.input) as BulkRowData;
    const invalid = await this.validateRow(data);
    if (invalid.length) {
      return {
        kind: "FAILED",
        errorKind: "INVALID_INPUT",
        field: invalid[0].field,
        message: invalid.map((f) => f.message).join(" "),
      };
    }
    if (repeatsRow !== null) {
      return {
        kind: "FAILED",
        errorKind: "IDENTIFIER_CONFLICT",
        field: "domainIdentifier",
        message: `Row ${repeatsRow} already asks for ${identifierOf(data)?.identifier}.`,
      };
    }
    const identifier = identifierOf(data);
    if (identifier) {
      const mine = await this.ownAccount(user, identifier);
      if (mine) return { kind: "DONE", state: "ALREADY_REQUESTED", smartAccountId: mine };
    }
    try {
      const account = await this.lifecycle.request(
        user,
        requestOf(data, job.acknowledgeExistingAccounts),
        { ip: job.clientIp, userAgent: job.userAgent },
      );
      return { kind: "DONE", state: "CREATED", smartAccountId: account.id };
    } catch (error) {
      if (error instanceof TooManyAttemptsError) {
        return {
          kind: "WAIT",
          reason:
            "Your limit of account requests is reached for now; the rows left are requested as it allows, by themselves.",
        };
      }
      if (error instanceof DatabaseUnavailableError || error instanceof CommitOutcomeUnknownError) {
        // Nothing (or maybe the account) was written: the row runs again, and finds its account
        // if it was.
        return {
          kind: "WAIT",
          reason: "The database could not be reached; the job goes on by itself shortly.",
        };
      }
      if (error instanceof IdentifierConflictError && identifier) {
        // Another run of the same row (a second process, the same file sent twice) won the race.
        const mine = await this.ownAccount(user, identifier);
        if (mine) return { kind: "DONE", state: "ALREADY_REQUESTED", smartAccountId: mine };
      }
      if (error instanceof DomainError) {
        const [first] = errorFields(error);
        return {
          kind: "FAILED",
          errorKind: error.kind,
          field: first.field === "row" ? null : first.field,
          message: error.message,
        };
      }
      throw error;
    }
  }
}
