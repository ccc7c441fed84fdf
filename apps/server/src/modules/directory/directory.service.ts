import { In } from "typeorm";
import { InvalidInputError } from "../../common/errors";
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  type Connection,
  type PageInfo,
} from "../../common/pagination";
import type { Db } from "../../db/data-source";
import { emailHost, isConsumerDomain, parseIdentifier } from "../domain/domain-identifier";
import { SmartAccountEntity, type SmartAccountStatus } from "../smart-account/smart-account.entity";
import { nameKey } from "../smart-account/account-fields";
import type { UserEntity } from "../user/user.entity";

/** Why a row is in the user's directory, in the order the directory lists them. */
export const DIRECTORY_REASONS = [
  "HAS_ROLE",
  "ACCESS_REQUESTED",
  "REQUESTED_BY_YOU",
  "ON_YOUR_DOMAIN",
] as const;
export type DirectoryReason = (typeof DIRECTORY_REASONS)[number];

export type DirectoryRow = { account: SmartAccountEntity; reason: DirectoryReason };

/** The orders the directory can be listed in; RELEVANCE is the reasons' order, then name. */
export const DIRECTORY_ORDERS = [
  "RELEVANCE",
  "NAME_ASC",
  "NAME_DESC",
  "STATUS_ASC",
  "STATUS_DESC",
] as const;
export type DirectoryOrder = (typeof DIRECTORY_ORDERS)[number];

type OrderKey = { column: "rnk" | "nameKey" | "status" | "id"; desc: boolean };
// Status sorts by its stored value, which orders exactly as the status names read (Active,
// Cancelled, Declined by Customer, Lapsed, Pending …); ties by name. Every order ends on the id.
const ORDER_KEYS: Record<DirectoryOrder, OrderKey[]> = {
  RELEVANCE: [
    { column: "rnk", desc: false },
    { column: "nameKey", desc: false },
    { column: "id", desc: false },
  ],
  NAME_ASC: [
    { column: "nameKey", desc: false },
    { column: "id", desc: false },
  ],
  NAME_DESC: [
    { column: "nameKey", desc: true },
    { column: "id", desc: true },
  ],
  STATUS_ASC: [
    { column: "status", desc: false },
    { column: "nameKey", desc: false },
    { column: "id", desc: false },
  ],
  STATUS_DESC: [
    { column: "status", desc: true },
    { column: "nameKey", desc: false },
    { column: "id", desc: false },
  ],
};

/** `a > ? OR (a = ? AND (b > ? OR …))`: the form MariaDB range-scans (not the row form). */
function keysetAfter(
  keys: OrderKey[],
  values: ReadonlyArray<string | number>,
  i = 0,
): { sql: string; params: unknown[] } {
  const { column, desc } = keys[i];
  const past = `t.${column} ${desc ? "<" : ">"} ?`;
  if (i === keys.length - 1) return { sql: past, params: [values[i]] };
  const rest = keysetAfter(keys, values, i + 1);
  return {
    sql: `(${past} OR (t.${column} = ? AND ${rest.sql}))`,
    params: [values[i], values[i], ...rest.params],
  };
}
export type SearchResult = Connection<SmartAccountEntity> & { totalCountIsCapped: boolean };

export const SEARCH_COUNT_CAP = 1000;
const TERMINAL = "('CANCELLED', 'LAPSED')";

/** LIKE patterns escape their own wildcards with "!" (the same on MySQL and SQLite). */
function prefixPattern(value: string): string {
  return `${value.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

type Row = Record<string, unknown>;

/**
 * The directory ("Your Smart and Virtual Account access") and the account search. Both are
 * keyset-paged on indexed columns, with one statement per page whatever its size.
 */
export class DirectoryService {
  constructor(private readonly db: Db) {}

  async directory(
    user: UserEntity,
    first: number,
    after: string | null,
    filter: { status?: SmartAccountStatus | null; namePrefix?: string | null },
    order: DirectoryOrder = "RELEVANCE",
  ): Promise<Connection<DirectoryRow>> {
    checkPageSize(first);
    const keys = ORDER_KEYS[order];
    // A cursor names its order, so one from another order is refused rather than misread.
    const decoded = after ? decodeCursor(after, keys.length + 1) : null;
    if (decoded && decoded[0] !== order) {
      throw new InvalidInputError("after", "after is a cursor from another order of this list.");
    }
    const cursor = decoded ? decoded.slice(1) : null;
    const verified = Boolean(user.emailVerifiedAt);
    const branches: string[] = [];
    const params: unknown[] = [];
    if (verified) {
      branches.push("SELECT smartAccountId AS id, 1 AS rnk FROM role_assignments WHERE email = ?");
      params.push(user.email);
      branches.push("SELECT smartAccountId AS id, 2 AS rnk FROM access_requests WHERE email = ?");
      params.push(user.email);
    }
    branches.push(
      "SELECT smartAccountId AS id, 2 AS rnk FROM access_requests WHERE requestedById = ?",
    );
    params.push(user.id);
    branches.push("SELECT id, 3 AS rnk FROM smart_accounts WHERE requesterId = ?");
    params.push(user.id);
    const own = parseIdentifier(emailHost(user.email));
    if (verified && own.ok && !isConsumerDomain(own.value.identifier, own.value.topLevelDomain)) {
      // Being on the domain is no relation: a restricted account shows only to those with one.
      branches.push(
        "SELECT id, 4 AS rnk FROM smart_accounts WHERE topLevelDomain = ? AND visibility = 'UNRESTRICTED'",
      );
      params.push(own.value.topLevelDomain);
    }
    const members = `SELECT x.id AS id, MIN(x.rnk) AS rnk FROM (${branches.join(" UNION ALL ")}) x GROUP BY x.id`;
    const where: string[] = [`a.status NOT IN ${TERMINAL}`];
    const filterParams: unknown[] = [];
    if (filter.status) {
      where.push("a.status = ?");
      filterParams.push(filter.status);
    }
    if (filter.namePrefix?.trim()) {
      where.push("a.nameKey LIKE ? ESCAPE '!'");
      filterParams.push(prefixPattern(nameKey(filter.namePrefix)));
    }
    // One statement: the window counts every row of the directory before the keyset picks the page.
    const past = cursor ? keysetAfter(keys, cursor) : null;
    const keyset = past ? `WHERE ${past.sql}` : "";
    const keysetParams = past?.params ?? [];
    const orderBy = keys.map((k) => `t.${k.column}${k.desc ? " DESC" : ""}`).join(", ");
    const from = `FROM (${members}) m JOIN smart_accounts a ON a.id = m.id WHERE ${where.join(" AND ")}`;
    const sql =
      `SELECT t.id, t.rnk, t.nameKey, t.status, t.total FROM (` +
      `SELECT a.id AS id, m.rnk AS rnk, a.nameKey AS nameKey, a.status AS status, COUNT(*) OVER () AS total ${from}` +
      `) t ${keyset} ORDER BY ${orderBy} LIMIT ?`;
    return this.db.read(async (em) => {
      const rows = (await em.query(sql, [
        ...params,
        ...filterParams,
        ...keysetParams,
        first + 1,
      ])) as Row[];
      // A page past the end has no row to carry the total: only then count separately.
      const total = rows.length
        ? Number(rows[0].total)
        : Number(
            (
              (await em.query(`SELECT COUNT(*) AS n ${from}`, [
                ...params,
                ...filterParams,
              ])) as Row[]
            )[0].n,
          );
      const page = rows.slice(0, first);
      const accounts = page.length
        ? await em.findBy(SmartAccountEntity, { id: In(page.map((r) => String(r.id))) })
        : [];
      const edges = page.map((r) => ({
        cursor: encodeCursor([
          order,
          ...keys.map((k) => (k.column === "rnk" ? Number(r.rnk) : String(r[k.column]))),
        ]),
        node: {
          account: accounts.find((a) => a.id === r.id)!,
          reason: DIRECTORY_REASONS[Number(r.rnk) - 1],
        },
      }));
      return {
        edges,
        totalCount: total,
        pageInfo: this.pageInfo(edges, rows.length > first, cursor !== null),
      };
    });
  }

  /**
   * Any account by name prefix, identifier prefix, or every account on a top-level domain;
   * restricted accounts only on an exact full name or identifier. Ordered by name.
   */
  async search(query: string, first: number, after: string | null): Promise<SearchResult> {
    checkPageSize(first);
    const name = nameKey(query);
    const identifier = query.trim().toLowerCase().replace(/\.$/, "");
    if (!name) throw new InvalidInputError("query", "Type at least one character to search.");
    const cursor = after ? decodeCursor(after, 2) : null;
    const branches: { sql: string; params: unknown[] }[] = [
      {
        sql: "nameKey LIKE ? ESCAPE '!' AND (visibility = 'UNRESTRICTED' OR nameKey = ?)",
        params: [prefixPattern(name), name],
      },
      {
        sql: "domainIdentifier LIKE ? ESCAPE '!' AND (visibility = 'UNRESTRICTED' OR domainIdentifier = ?)",
        params: [prefixPattern(identifier), identifier],
      },
      {
        sql: "topLevelDomain = ? AND (visibility = 'UNRESTRICTED' OR domainIdentifier = ?)",
        params: [identifier, identifier],
      },
    ];
    const keyset = cursor ? " AND (nameKey > ? OR (nameKey = ? AND id > ?))" : "";
    const keysetParams = cursor ? [cursor[0], cursor[0], cursor[1]] : [];
    return this.db.read(async (em) => {
      const pages = await Promise.all(
        branches.map(
          (b) =>
            em.query(
              `SELECT id, nameKey FROM smart_accounts WHERE status NOT IN ${TERMINAL} AND ${b.sql}${keyset} ORDER BY nameKey, id LIMIT ?`,
              [...b.params, ...keysetParams, first + 1],
            ) as Promise<Row[]>,
        ),
      );
      const merged = new Map<string, Row>();
      for (const row of pages.flat()) merged.set(String(row.id), row);
      const ordered = [...merged.values()].sort((x, y) =>
        String(x.nameKey) === String(y.nameKey)
          ? String(x.id).localeCompare(String(y.id))
          : String(x.nameKey) < String(y.nameKey)
            ? -1
            : 1,
      );
      const capped = branches
        .map(
          (b, i) =>
            `SELECT id FROM (SELECT id FROM smart_accounts WHERE status NOT IN ${TERMINAL} AND ${b.sql} LIMIT ${SEARCH_COUNT_CAP + 1}) b${i}`,
        )
        .join(" UNION ");
      const [counted] = (await em.query(
        `SELECT COUNT(*) AS n FROM (${capped}) c`,
        branches.flatMap((b) => b.params),
      )) as Row[];
      const page = ordered.slice(0, first);
      const accounts = page.length
        ? await em.findBy(SmartAccountEntity, { id: In(page.map((r) => String(r.id))) })
        : [];
      const edges = page.map((r) => ({
        cursor: encodeCursor([String(r.nameKey), String(r.id)]),
        node: accounts.find((a) => a.id === r.id)!,
      }));
      const total = Number(counted.n);
      return {
        edges,
        totalCount: Math.min(total, SEARCH_COUNT_CAP),
        totalCountIsCapped: total > SEARCH_COUNT_CAP,
        pageInfo: this.pageInfo(edges, ordered.length > first, cursor !== null),
      };
    });
  }

  private pageInfo(
    edges: { cursor: string }[],
    hasNextPage: boolean,
    hasPreviousPage: boolean,
  ): PageInfo {
    return {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    };
  }
}
