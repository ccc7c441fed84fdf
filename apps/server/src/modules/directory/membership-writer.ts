import type { EntityManager } from "typeorm";
import { indexName } from "../../db/index-hint";

/**
 * The live statuses from the last to the first in the stored values' order (the order STATUS_DESC
 * lists them in): `statusDesc` is a status's place here. Written out rather than imported, so this
 * writer depends on no other module and every module's service may call it.
 */
const STATUS_DESC_ORDER = [
  "PENDING_DOMAIN_APPROVAL",
  "PENDING_CUSTOMER_ADDRESS",
  "PENDING_CUSTOMER_ACCEPTANCE",
  "DECLINED_BY_CUSTOMER",
  "ACTIVE",
] as const;

/** A status this list does not know sorts last (none is stored: the list is every live status). */
export function statusDesc(status: string): number {
  const at = STATUS_DESC_ORDER.indexOf(status as (typeof STATUS_DESC_ORDER)[number]);
  return at === -1 ? STATUS_DESC_ORDER.length : at;
}

const STATUS_DESC_SQL = `CASE a.status ${STATUS_DESC_ORDER.map((s, i) => `WHEN '${s}' THEN ${i}`).join(" ")} ELSE ${STATUS_DESC_ORDER.length} END`;

/** The principal under which an unrestricted account on a top-level domain is listed. */
export function domainPrincipal(topLevelDomain: string): string {
  return `@${topLevelDomain}`;
}

/** The email index of each table a scoped refresh joins on email (MySQL only: see sourceRows). */
type JoinHints = Record<"users" | "role_assignments" | "access_requests", string>;

const hintsFor = new WeakMap<object, JoinHints>();

/**
 * The names the schema gave the email indexes (db/index-hint.ts reads them from the entities'
 * metadata, by table name here, so that this module imports no entity). None on the embedded
 * database, whose single connection takes no row locks.
 */
function joinHints(em: EntityManager): JoinHints | null {
  const connection = em.connection;
  if (connection.options.type === "sqljs") return null;
  let hints = hintsFor.get(connection);
  if (!hints) {
    const emailIndex = (table: string, columns: string[]) => {
      const metadata = connection.entityMetadatas.find((m) => m.tableName === table);
      if (!metadata) throw new Error(`No table ${table} for the directory refresh`);
      return indexName(em, metadata.target, columns);
    };
    hints = {
      users: emailIndex("users", ["email"]),
      role_assignments: emailIndex("role_assignments", ["email"]),
      access_requests: emailIndex("access_requests", ["email", "createdAt"]),
    };
    hintsFor.set(connection, hints);
  }
  return hints;
}

const COLUMNS = "principal, accountId, rnk, nameKey, status, statusDesc";

/** Large scopes are refreshed in slices, each statement well under the databases' parameter limits. */
const SLICE = 500;

type Scope = { accountIds: string[] } | { userId: string } | null;

/**
 * The directory's rows as the source tables define them (for the given accounts, user, or all):
 * a role held by the user's verified email (1), an access request for that email or made by the
 * user (2), the account the user asked to create (3), an unrestricted account on a top-level
 * domain (4, under the domain); an account in several ways is listed once, for its first reason.
 *
 * Run as the SELECT of an INSERT, these are locking reads: every row the plan touches is locked
 * until commit. On small tables the optimiser likes full scans, which would lock every account
 * and every user and make unrelated writers deadlock on each other. So on MySQL the join order
 * is fixed (STRAIGHT_JOIN) to start from the scope's own rows and reach the others through the
 * index named (FORCE INDEX: a join buffer would scan them): only the rows of the accounts, or of
 * the user, in scope are locked. The whole-table rebuild reads everything and is left free.
 */
function sourceRows(scope: Scope, hints: JoinHints | null): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const byAccount = scope !== null && "accountIds" in scope;
  const byUser = scope !== null && "userId" in scope;
  const ids = (column: string) => {
    if (!byAccount) return "";
    params.push(...scope.accountIds);
    return ` AND ${column} IN (${scope.accountIds.map(() => "?").join(", ")})`;
  };
  const user = (column: string) => {
    if (!byUser) return "";
    params.push(scope.userId);
    return ` AND ${column} = ?`;
  };
  const fixed = scope !== null && hints !== null;
  const then = fixed ? "STRAIGHT_JOIN" : "JOIN";
  const force = (index: string) => (fixed ? ` FORCE INDEX (${index})` : "");
  // A user's rows start from the user; an account's from its roles and requests.
  const withUser = (table: "role_assignments" | "access_requests", alias: string) =>
    byUser
      ? `users u ${then} ${table} ${alias}${force(hints?.[table] ?? "")} ON ${alias}.email = u.email`
      : `${table} ${alias} ${then} users u${force(hints?.users ?? "")} ON u.email = ${alias}.email`;
  const branches = [
    `SELECT u.id AS principal, r.smartAccountId AS accountId, 1 AS rnk FROM ${withUser("role_assignments", "r")} WHERE u.emailVerifiedAt IS NOT NULL${ids("r.smartAccountId")}${user("u.id")}`,
    `SELECT u.id AS principal, q.smartAccountId AS accountId, 2 AS rnk FROM ${withUser("access_requests", "q")} WHERE u.emailVerifiedAt IS NOT NULL${ids("q.smartAccountId")}${user("u.id")}`,
    `SELECT q.requestedById AS principal, q.smartAccountId AS accountId, 2 AS rnk FROM access_requests q WHERE 1 = 1${ids("q.smartAccountId")}${user("q.requestedById")}`,
    `SELECT s.requesterId AS principal, s.id AS accountId, 3 AS rnk FROM smart_accounts s WHERE 1 = 1${ids("s.id")}${user("s.requesterId")}`,
  ];
  // A user's rows never include the domain's: those belong to no user.
  if (!byUser) {
    branches.push(
      `SELECT CONCAT('@', s.topLevelDomain) AS principal, s.id AS accountId, 4 AS rnk FROM smart_accounts s WHERE s.visibility = 'UNRESTRICTED'${ids("s.id")}`,
    );
  }
  return {
    sql:
      `SELECT m.principal AS principal, m.accountId AS accountId, MIN(m.rnk) AS rnk, a.nameKey AS nameKey, a.status AS status, ${STATUS_DESC_SQL} AS statusDesc ` +
      `FROM (${branches.join(" UNION ALL ")}) m ${then} smart_accounts a${force("PRIMARY")} ON a.id = m.accountId ` +
      `WHERE a.status NOT IN ('CANCELLED', 'LAPSED') ` +
      `GROUP BY m.principal, m.accountId, a.nameKey, a.status`,
    params,
  };
}

/**
 * The rows on one side only of the stored table and a rebuild (`rebuilt` 1: as rebuilt, 0: as
 * stored), in one pass over both: grouped on all their columns, a group with one row is a
 * difference. (A join of the stored table with the rebuild, a derived table without an index,
 * would be a nested loop over both.) Also run by the model-based test against its processes.
 */
export function differencesStatement(limit: number): { sql: string; params: unknown[] } {
  const rebuilt = sourceRows(null, null);
  const columns = "principal, accountId, rnk, nameKey, status, statusDesc";
  return {
    sql:
      `SELECT ${columns}, SUM(rebuilt) AS rebuilt FROM (` +
      `SELECT ${columns}, 1 AS rebuilt FROM (${rebuilt.sql}) e ` +
      `UNION ALL SELECT ${columns}, 0 AS rebuilt FROM directory_memberships` +
      `) x GROUP BY ${columns} HAVING COUNT(*) = 1 ORDER BY principal, accountId LIMIT ${Number(limit)}`,
    params: rebuilt.params,
  };
}

export type MembershipRow = {
  principal: string;
  accountId: string;
  rnk: number;
  nameKey: string;
  status: string;
  statusDesc: number;
};

export type MembershipDifferences = {
  /** Rows the source tables define that the table lacks or holds with other values. */
  missingOrChanged: MembershipRow[];
  /** Rows the table holds that the source tables do not define. */
  extra: MembershipRow[];
};

/**
 * Keeps `directory_memberships` equal to what the source tables define. Every service that changes
 * a role, an access request, or an account's requester, name, status, visibility or top-level
 * domain calls it in its own transaction, after the change; both refreshes recompute the rows in
 * scope from the source tables with locking reads (INSERT … SELECT), so a concurrent change to the
 * same rows waits or deadlocks (and is run again) instead of leaving a stale row.
 */
export class MembershipWriter {
  /** Recomputes every row of these accounts (under users and under their domain). */
  async refreshAccounts(em: EntityManager, accountIds: readonly string[]): Promise<void> {
    const unique = [...new Set(accountIds)];
    for (let at = 0; at < unique.length; at += SLICE) {
      const slice = unique.slice(at, at + SLICE);
      await em.query(
        `DELETE FROM directory_memberships WHERE accountId IN (${slice.map(() => "?").join(", ")})`,
        slice,
      );
      const rows = sourceRows({ accountIds: slice }, joinHints(em));
      await em.query(`INSERT INTO directory_memberships (${COLUMNS}) ${rows.sql}`, rows.params);
    }
  }

  /** Recomputes the whole table in one statement: for bulk loads written around the services. */
  async rebuild(em: EntityManager): Promise<void> {
    await em.query("DELETE FROM directory_memberships");
    const rows = sourceRows(null, null);
    await em.query(`INSERT INTO directory_memberships (${COLUMNS}) ${rows.sql}`, rows.params);
  }

  /** Recomputes one user's rows: their email was proven, so its roles and requests count now. */
  async refreshUser(em: EntityManager, userId: string): Promise<void> {
    await em.query("DELETE FROM directory_memberships WHERE principal = ?", [userId]);
    const rows = sourceRows({ userId }, joinHints(em));
    await em.query(`INSERT INTO directory_memberships (${COLUMNS}) ${rows.sql}`, rows.params);
  }

  /** How the table differs from a rebuild from the source tables (at most `limit` of each kind). */
  async differences(em: EntityManager, limit = 1000): Promise<MembershipDifferences> {
    const statement = differencesStatement(2 * limit);
    const rows = (await em.query(statement.sql, statement.params)) as (MembershipRow & {
      rebuilt: number | string;
    })[];
    const normalise = (r: MembershipRow): MembershipRow => ({
      principal: String(r.principal),
      accountId: String(r.accountId),
      rnk: Number(r.rnk),
      nameKey: String(r.nameKey),
      status: String(r.status),
      statusDesc: Number(r.statusDesc),
    });
    const missingOrChanged = rows.filter((r) => Number(r.rebuilt) === 1).map(normalise);
    // A stored row with other values than the rebuilt one is reported once, as rebuilt.
    const changed = new Set(missingOrChanged.map((r) => `${r.principal} ${r.accountId}`));
    const extra = rows
      .filter((r) => Number(r.rebuilt) === 0)
      .map(normalise)
      .filter((r) => !changed.has(`${r.principal} ${r.accountId}`));
    return { missingOrChanged: missingOrChanged.slice(0, limit), extra: extra.slice(0, limit) };
  }

  /**
   * Brings the table back to the source tables: the accounts of every differing row are
   * recomputed, until no difference is left. Returns the differences found first.
   */
  async repair(em: EntityManager): Promise<MembershipDifferences> {
    const found = await this.differences(em);
    let current = found;
    while (current.missingOrChanged.length || current.extra.length) {
      await this.refreshAccounts(
        em,
        [...current.missingOrChanged, ...current.extra].map((r) => r.accountId),
      );
      current = await this.differences(em);
    }
    return found;
  }
}
