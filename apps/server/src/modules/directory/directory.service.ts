import { InvalidInputError } from "../../common/errors";
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  lazyEdge,
  pageInfoOf,
  type Connection,
} from "../../common/pagination";
import type { EntityManager } from "typeorm";
import type { Db } from "../../db/data-source";
import { entityColumns, leanQuery } from "../../db/lean-read";
import { forceIndex } from "../../db/index-hint";
import { PRIMARY, type ReadRoute } from "../../db/replicas";
import { emailHost, isConsumerDomain, parseIdentifier } from "../domain/domain-identifier";
import { SmartAccountEntity, type SmartAccountStatus } from "../smart-account/smart-account.entity";
import { nameKey } from "../smart-account/account-fields";
import { DirectoryMembershipEntity } from "./directory-membership.entity";
import { parseAdministrators, parseVirtualAccounts, type AccountLists } from "./account-lists";
import { domainPrincipal } from "./membership-writer";
import type { UserEntity } from "../user/user.entity";
import { CARD_COLUMNS } from "../smart-account/account-preload";

/** Why a row is in the user's directory, in the order the directory lists them. */
export const DIRECTORY_REASONS = [
  "HAS_ROLE",
  "ACCESS_REQUESTED",
  "REQUESTED_BY_YOU",
  "ON_YOUR_DOMAIN",
] as const;
export type DirectoryReason = (typeof DIRECTORY_REASONS)[number];

/** A row of the directory: the account, why it is listed, and the copies of its lists. */
export type DirectoryRow = {
  account: SmartAccountEntity;
  reason: DirectoryReason;
  lists: AccountLists;
};

/** The orders the directory can be listed in; RELEVANCE is the reasons' order, then name. */
export const DIRECTORY_ORDERS = [
  "RELEVANCE",
  "NAME_ASC",
  "NAME_DESC",
  "STATUS_ASC",
  "STATUS_DESC",
] as const;
export type DirectoryOrder = (typeof DIRECTORY_ORDERS)[number];

type OrderColumn = "rnk" | "nameKey" | "status" | "statusDesc" | "accountId";
type OrderKey = { column: OrderColumn; desc: boolean };
// Status sorts by its stored value, which orders exactly as the status names read (Active,
// Declined by Customer, Pending …); ties by name. Descending status with ascending names reads
// `statusDesc` (the status counted from the other end) so that it too is one ascending index.
// Every order ends on the account id.
const ORDER_KEYS: Record<DirectoryOrder, OrderKey[]> = {
  RELEVANCE: [
    { column: "rnk", desc: false },
    { column: "nameKey", desc: false },
    { column: "accountId", desc: false },
  ],
  NAME_ASC: [
    { column: "nameKey", desc: false },
    { column: "accountId", desc: false },
  ],
  NAME_DESC: [
    { column: "nameKey", desc: true },
    { column: "accountId", desc: true },
  ],
  STATUS_ASC: [
    { column: "status", desc: false },
    { column: "nameKey", desc: false },
    { column: "accountId", desc: false },
  ],
  STATUS_DESC: [
    { column: "statusDesc", desc: false },
    { column: "nameKey", desc: false },
    { column: "accountId", desc: false },
  ],
};
const NUMERIC: ReadonlySet<OrderColumn> = new Set(["rnk", "statusDesc"]);

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
export type SearchResult = Connection<SmartAccountEntity> & {
  totalCountIsCapped: boolean;
  /** Each edge's account's copies of its lists, in the edges' order. */
  lists: AccountLists[];
};

/** The copies of its lists an account's row carries, as a page's statement selected them. */
function listsOf(row: Row): AccountLists {
  return {
    administrators: parseAdministrators(row.l_admins),
    virtualAccounts: parseVirtualAccounts(row.l_vas, String(row.a_id)),
  };
}
const LISTS = (alias: string) =>
  `${alias}.administratorList AS l_admins, ${alias}.virtualAccountList AS l_vas`;

export const SEARCH_COUNT_CAP = 1000;
const TERMINAL = "('CANCELLED', 'LAPSED')";

/** LIKE patterns escape their own wildcards with "!" (the same on MySQL and SQLite). */
function prefixPattern(value: string): string {
  return `${value.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

type Row = Record<string, unknown>;

/**
 * The domain whose unrestricted accounts the user sees, as its principal in the membership
 * table: only for a proven email, and never a consumer domain (everyone shares gmail.com).
 */
function directoryDomain(user: UserEntity): string | null {
  if (!user.emailVerifiedAt) return null;
  const own = parseIdentifier(emailHost(user.email));
  if (!own.ok || isConsumerDomain(own.value.identifier, own.value.topLevelDomain)) return null;
  return domainPrincipal(own.value.topLevelDomain);
}

/** Per entity metadata: every account column but CARD_COLUMNS. */
const beyondCard = new WeakMap<object, (keyof SmartAccountEntity & string)[]>();

/**
 * The account columns of a page's statement: all of them, or with `cardOnly` (the rows ask only
 * for the card and the lists: see cardColumnsSuffice) the card's and the policy's alone. The
 * rows' other properties are then unset, and no field the page selected reads them.
 */
function accountColumns(em: EntityManager, cardOnly: boolean) {
  if (!cardOnly) return entityColumns(em, SmartAccountEntity, "a_");
  const metadata = em.connection.getMetadata(SmartAccountEntity);
  let omit = beyondCard.get(metadata);
  if (!omit) {
    omit = metadata.columns
      .map((c) => c.propertyName as keyof SmartAccountEntity & string)
      .filter((p) => !CARD_COLUMNS.includes(p));
    beyondCard.set(metadata, omit);
  }
  return entityColumns(em, SmartAccountEntity, "a_", omit);
}

/**
 * The directory ("Your Smart and Virtual Account access") and the account search. Both are
 * keyset-paged on indexed columns, with one statement per page whatever its size. Both may be
 * read from a replica when the request's route says so: they show, and decide nothing.
 */
export class DirectoryService {
  constructor(private readonly db: Db) {}

  /**
   * A page of the user's directory, read from `directory_memberships`: the user's own rows (one
   * index range on the order's index) and, for a verified email on a company's domain, the
   * domain's rows (the same index under the domain) less the accounts the user has by a relation.
   * RELEVANCE lists the domain's rows after all of the user's, so the two ranges are read one
   * after the other; the other orders interleave them, which the database does on the at most
   * 2 × (first + 1) rows the two ranges give (never the whole directory), so names compare by
   * the database's collation.
   */
  async directory(
    user: UserEntity,
    first: number,
    after: string | null,
    filter: { status?: SmartAccountStatus | null; namePrefix?: string | null },
    order: DirectoryOrder = "RELEVANCE",
    route: ReadRoute = PRIMARY,
    cardOnly = false,
  ): Promise<Connection<DirectoryRow>> {
    checkPageSize(first);
    const keys = ORDER_KEYS[order];
    // A cursor names its order, so one from another order is refused rather than misread.
    const decoded = after ? decodeCursor(after, keys.length + 1) : null;
    if (decoded && decoded[0] !== order) {
      throw new InvalidInputError("after", "after is a cursor from another order of this list.");
    }
    const cursor = decoded ? decoded.slice(1) : null;
    if (cursor && keys.some((k, i) => NUMERIC.has(k.column) !== (typeof cursor[i] === "number"))) {
      throw new InvalidInputError("after", "after is not a cursor from this list.");
    }
    const domain = directoryDomain(user);
    const where: string[] = [];
    const filterParams: unknown[] = [];
    if (filter.status) {
      where.push("t.status = ?");
      filterParams.push(filter.status);
    }
    if (filter.namePrefix?.trim()) {
      where.push("t.nameKey LIKE ? ESCAPE '!'");
      filterParams.push(prefixPattern(nameKey(filter.namePrefix)));
    }
    const filters = where.map((w) => ` AND ${w}`).join("");
    // The domain's rows of accounts the user has by a relation are listed for that relation.
    const notOwn =
      " AND NOT EXISTS (SELECT 1 FROM directory_memberships o WHERE o.principal = ? AND o.accountId = t.accountId)";
    const past = cursor ? keysetAfter(keys, cursor) : null;
    const keyset = past ? ` AND ${past.sql}` : "";
    const keysetParams = past?.params ?? [];
    const orderBy = keys.map((k) => `t.${k.column}${k.desc ? " DESC" : ""}`).join(", ");
    return this.db.readFrom(route, async (em) => {
      // Each row with its account (a key lookup per row): the page is one statement per range.
      // A LEFT JOIN, so that a row whose account is missing (only a damaged table, which
      // db:repair-directory fixes) still takes its place in the paging and is then skipped.
      const account = accountColumns(em, cardOnly);
      // Of the membership row, only what the page needs: the account, the reason and the order's
      // keys (for the cursors). On RELEVANCE (the directory's first view) the order's index holds
      // all of them, so its range is read from the index alone, without a lookup of each row.
      const kept = [...new Set<string>(["accountId", "rnk", ...keys.map((k) => k.column)])];
      // With the copies of the accounts' administrators and virtual accounts, which the page
      // would otherwise read in two more statements (NULL where none is kept).
      const columns = `${kept.map((c) => `t.${c} AS ${c}`).join(", ")}, ${account.select("a")}, ${LISTS("a")}`;
      // The order's own index, named: left to choose, MariaDB weighs all five for each page.
      const index = forceIndex(em, DirectoryMembershipEntity, [
        "principal",
        ...keys.map((k) => k.column),
      ]);
      const range = (principal: string, limit: number) => ({
        sql: `SELECT ${columns} FROM directory_memberships t${index} LEFT JOIN ${account.table} a ON a.id = t.accountId WHERE t.principal = ?${filters}${principal === user.id ? "" : notOwn}${keyset} ORDER BY ${orderBy} LIMIT ?`,
        params: [
          principal,
          ...filterParams,
          ...(principal === user.id ? [] : [user.id]),
          ...keysetParams,
          limit,
        ],
      });
      const countOf = (principal: string) => ({
        sql: `SELECT COUNT(*) FROM directory_memberships t WHERE t.principal = ?${filters}${principal === user.id ? "" : notOwn}`,
        params: [principal, ...filterParams, ...(principal === user.id ? [] : [user.id])],
      });
      const pageRows = async (): Promise<Row[]> => {
        if (!domain) {
          const own = range(user.id, first + 1);
          return (await leanQuery(em, own.sql, own.params)) as Row[];
        }
        if (order === "RELEVANCE") {
          const own = range(user.id, first + 1);
          const mine = (await leanQuery(em, own.sql, own.params)) as Row[];
          // The domain's rows come after all of the user's: a page the user's rows fill (and
          // the next page's first row) needs no more.
          if (mine.length > first) return mine;
          const more = range(domain, first + 1 - mine.length);
          return mine.concat((await leanQuery(em, more.sql, more.params)) as Row[]);
        }
        const own = range(user.id, first + 1);
        const shared = range(domain, first + 1);
        return (await leanQuery(
          em,
          `SELECT * FROM (SELECT * FROM (${own.sql}) mine UNION ALL SELECT * FROM (${shared.sql}) theirs) t ORDER BY ${orderBy} LIMIT ?`,
          [...own.params, ...shared.params, first + 1],
        )) as Row[];
      };
      const counts = [countOf(user.id), ...(domain ? [countOf(domain)] : [])];
      // The count does not wait for the page, nor the page for the count.
      const [rows, [counted]] = await Promise.all([
        pageRows(),
        leanQuery(
          em,
          `SELECT ${counts.map((c) => `(${c.sql})`).join(" + ")} AS n`,
          counts.flatMap((c) => c.params),
        ) as Promise<Row[]>,
      ]);
      const page = rows.slice(0, first);
      const cursorOf = (r: Row) =>
        encodeCursor([
          order,
          ...keys.map((k) => (NUMERIC.has(k.column) ? Number(r[k.column]) : String(r[k.column]))),
        ]);
      // A row whose account is not there is skipped, and paging goes on past it.
      const edges = page.flatMap((r) =>
        r.a_id === null || r.a_id === undefined
          ? []
          : [
              lazyEdge(
                {
                  account: account.from(r),
                  reason: DIRECTORY_REASONS[Number(r.rnk) - 1],
                  lists: listsOf(r),
                },
                r,
                cursorOf,
              ),
            ],
      );
      return {
        edges,
        totalCount: Number(counted.n),
        pageInfo: pageInfoOf(page, cursorOf, rows.length > first, cursor !== null),
      };
    });
  }

  /**
   * Any account by name prefix, identifier prefix, or every account on a top-level domain;
   * restricted accounts only on an exact full name or identifier. Ordered by name.
   */
  async search(
    query: string,
    first: number,
    after: string | null,
    route: ReadRoute = PRIMARY,
    cardOnly = false,
  ): Promise<SearchResult> {
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
    return this.db.readFrom(route, async (em) => {
      // Each match kind's page with its accounts' rows (no load by id after), and the capped count
      // at the same time: the page does not wait for the count, nor the count for the page.
      const account = accountColumns(em, cardOnly);
      const capped = branches
        .map(
          (b, i) =>
            `SELECT id FROM (SELECT id FROM smart_accounts WHERE status NOT IN ${TERMINAL} AND ${b.sql} LIMIT ${SEARCH_COUNT_CAP + 1}) b${i}`,
        )
        .join(" UNION ");
      const [pages, [counted]] = await Promise.all([
        Promise.all(
          branches.map(
            (b) =>
              leanQuery(
                em,
                `SELECT ${account.select("s")}, ${LISTS("s")} FROM smart_accounts s WHERE status NOT IN ${TERMINAL} AND ${b.sql}${keyset} ORDER BY nameKey, id LIMIT ?`,
                [...b.params, ...keysetParams, first + 1],
              ) as Promise<Row[]>,
          ),
        ),
        leanQuery(
          em,
          `SELECT COUNT(*) AS n FROM (${capped}) c`,
          branches.flatMap((b) => b.params),
        ) as Promise<Row[]>,
      ]);
      const merged = new Map<string, Row>();
      for (const row of pages.flat()) merged.set(String(row.a_id), row);
      const ordered = [...merged.values()].sort((x, y) =>
        String(x.a_nameKey) === String(y.a_nameKey)
          ? String(x.a_id).localeCompare(String(y.a_id))
          : String(x.a_nameKey) < String(y.a_nameKey)
            ? -1
            : 1,
      );
      const page = ordered.slice(0, first);
      const cursorOf = (r: Row) => encodeCursor([String(r.a_nameKey), String(r.a_id)]);
      const total = Number(counted.n);
      return {
        edges: page.map((r) => lazyEdge(account.from(r), r, cursorOf)),
        lists: page.map(listsOf),
        totalCount: Math.min(total, SEARCH_COUNT_CAP),
        totalCountIsCapped: total > SEARCH_COUNT_CAP,
        pageInfo: pageInfoOf(page, cursorOf, ordered.length > first, cursor !== null),
      };
    });
  }
}
