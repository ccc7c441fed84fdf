import type { EntityManager } from "typeorm";

/**
 * An account's administrators and virtual accounts, kept on its row as JSON (`administratorList`,
 * `virtualAccountList`) so that a directory page reads them with its accounts instead of in two
 * more statements. The row's copy is NULL when it is not kept: for a list longer than LIST_CAP
 * (whose copy every change would rewrite) and for rows written before the copies existed. A NULL
 * copy is read from the source tables, as every list was before.
 *
 * Written by table name, like the membership writer, so that every module's service may call it.
 */
export const LIST_CAP = 100;

/** A virtual account as its copy holds it: the fields of the API's VirtualAccount. */
export type ListedVirtualAccount = {
  id: string;
  smartAccountId: string;
  parentId: string | null;
  name: string;
  description: string | null;
  isDefault: boolean;
  createdAt: Date;
};

export type AccountLists = {
  administrators: string[] | null;
  virtualAccounts: ListedVirtualAccount[] | null;
};

type Row = Record<string, unknown>;

/** A DATETIME as the drivers give it: a Date (MySQL) or UTC text without a zone (SQLite). */
function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
}

/** The administrators' copy: their emails in the order the source's read gives them. */
export function parseAdministrators(stored: unknown): string[] | null {
  if (typeof stored !== "string") return null;
  const parsed = JSON.parse(stored) as unknown;
  return Array.isArray(parsed) ? parsed.map(String) : null;
}

/** The virtual accounts' copy, for the account `smartAccountId`, as the API returns them. */
export function parseVirtualAccounts(
  stored: unknown,
  smartAccountId: string,
): ListedVirtualAccount[] | null {
  if (typeof stored !== "string") return null;
  const parsed = JSON.parse(stored) as unknown;
  if (!Array.isArray(parsed)) return null;
  return (parsed as Row[]).map((v) => ({
    id: String(v.id),
    smartAccountId,
    parentId: v.parentId === null || v.parentId === undefined ? null : String(v.parentId),
    name: String(v.name),
    description:
      v.description === null || v.description === undefined ? null : String(v.description),
    isDefault: Boolean(v.isDefault),
    createdAt: toDate(v.createdAt),
  }));
}

function stringifyVirtualAccounts(rows: Row[]): string {
  return JSON.stringify(
    rows.map((v) => ({
      id: String(v.id),
      name: String(v.name),
      description: v.description ?? null,
      isDefault: Boolean(Number(v.isDefault)),
      parentId: v.parentId ?? null,
      createdAt: toDate(v.createdAt).toISOString(),
    })),
  );
}

/** A locking read on MySQL (the newest committed rows, held to commit); SQLite has one writer. */
function locking(em: EntityManager): string {
  return em.connection.options.type === "sqljs" ? "" : " LOCK IN SHARE MODE";
}

type List = "administrators" | "virtualAccounts";

/** Each list: its copy's column, the source's read for one account, and the copy's value. */
const LISTS: Record<
  List,
  { column: string; select: string; value: (rows: Row[]) => string | null }
> = {
  administrators: {
    column: "administratorList",
    select:
      "SELECT email FROM role_assignments WHERE smartAccountId = ? AND role = 'ADMINISTRATOR' AND scopeKey = '' ORDER BY email",
    value: administratorsValue,
  },
  virtualAccounts: {
    column: "virtualAccountList",
    select:
      "SELECT id, name, description, isDefault, parentId, createdAt FROM virtual_accounts WHERE smartAccountId = ? ORDER BY name",
    value: virtualAccountsValue,
  },
};

export type ListDifference = { accountId: string; list: List };

/**
 * Keeps the copies equal to the source tables. The role and virtual-account services call it in
 * the transaction of every change to an account's roles or virtual accounts, after the change.
 * It reads the lists with a locking read, so a concurrent change to the same account's rows waits
 * for this one (or deadlocks, and is run again) instead of leaving a copy without it.
 */
export class AccountListsWriter {
  /** The account's administrators' copy, recomputed. */
  refreshAdministrators(em: EntityManager, accountId: string): Promise<void> {
    return this.refresh(em, accountId, "administrators");
  }

  /** The account's virtual accounts' copy, recomputed. */
  refreshVirtualAccounts(em: EntityManager, accountId: string): Promise<void> {
    return this.refresh(em, accountId, "virtualAccounts");
  }

  /**
   * Accounts whose copies differ from the source tables (a NULL copy is never a difference: it is
   * read from the source), at most `limit`, compared `batch` accounts at a time.
   */
  async differences(em: EntityManager, limit = 1000, batch = 500): Promise<ListDifference[]> {
    const found: ListDifference[] = [];
    await this.eachBatch(
      em,
      batch,
      " AND (administratorList IS NOT NULL OR virtualAccountList IS NOT NULL)",
      async (accounts, rebuilt) => {
        for (const a of accounts) {
          const id = String(a.id);
          const { administrators, virtualAccounts } = rebuilt(id);
          if (
            a.administratorList !== null &&
            !sameAdministrators(a.administratorList, administrators)
          ) {
            found.push({ accountId: id, list: "administrators" });
          }
          if (
            a.virtualAccountList !== null &&
            !sameVirtualAccounts(a.virtualAccountList, virtualAccounts, id)
          ) {
            found.push({ accountId: id, list: "virtualAccounts" });
          }
        }
        return found.length < limit;
      },
    );
    return found.slice(0, limit);
  }

  /**
   * Writes the copies of every account (or of those with a NULL copy) from the source tables,
   * `batch` accounts a statement: for rows written before the copies existed, for bulk loads
   * written around the services, and to repair. Returns how many accounts it wrote.
   */
  async fill(em: EntityManager, options: { onlyMissing?: boolean; batch?: number } = {}) {
    let written = 0;
    const missing = options.onlyMissing
      ? " AND (administratorList IS NULL OR virtualAccountList IS NULL)"
      : "";
    await this.eachBatch(em, options.batch ?? 500, missing, async (accounts, rebuilt) => {
      const ids = accounts.map((a) => String(a.id));
      const cases = (value: (id: string) => string | null) => ({
        sql: `CASE id ${ids.map(() => "WHEN ? THEN ?").join(" ")} END`,
        params: ids.flatMap((id) => [id, value(id)]),
      });
      const a = cases((id) => rebuilt(id).administrators);
      const v = cases((id) => rebuilt(id).virtualAccounts);
      await em.query(
        `UPDATE smart_accounts SET administratorList = ${a.sql}, virtualAccountList = ${v.sql} WHERE id IN (${ids.map(() => "?").join(", ")})`,
        [...a.params, ...v.params, ...ids],
      );
      written += ids.length;
      return true;
    });
    return written;
  }

  /** Brings every copy back to the source tables; returns the differences found first. */
  async repair(em: EntityManager): Promise<ListDifference[]> {
    const found = await this.differences(em);
    for (const { accountId, list } of found) await this.refresh(em, accountId, list);
    return found;
  }

  /**
   * The accounts (matching `where`) in id order, `batch` at a time, each batch with its copies as
   * the source tables define them (two statements a batch); stops when `each` returns false.
   */
  private async eachBatch(
    em: EntityManager,
    batch: number,
    where: string,
    each: (
      accounts: Row[],
      rebuilt: (id: string) => { administrators: string | null; virtualAccounts: string | null },
    ) => Promise<boolean>,
  ): Promise<void> {
    let after = "";
    for (;;) {
      const accounts = (await em.query(
        `SELECT id, administratorList, virtualAccountList FROM smart_accounts WHERE id > ?${where} ORDER BY id LIMIT ?`,
        [after, batch],
      )) as Row[];
      if (accounts.length === 0) return;
      const ids = accounts.map((a) => String(a.id));
      const list = ids.map(() => "?").join(", ");
      const admins = (await em.query(
        `SELECT smartAccountId, email FROM role_assignments WHERE smartAccountId IN (${list}) AND role = 'ADMINISTRATOR' AND scopeKey = '' ORDER BY smartAccountId, email`,
        ids,
      )) as Row[];
      const vas = (await em.query(
        `SELECT smartAccountId, id, name, description, isDefault, parentId, createdAt FROM virtual_accounts WHERE smartAccountId IN (${list}) ORDER BY smartAccountId, name`,
        ids,
      )) as Row[];
      const group = (rows: Row[]) => {
        const by = new Map<string, Row[]>(ids.map((id) => [id, []]));
        for (const row of rows) by.get(String(row.smartAccountId))?.push(row);
        return (id: string) => by.get(id) ?? [];
      };
      const adminsOf = group(admins);
      const vasOf = group(vas);
      const go = await each(accounts, (id) => ({
        administrators: administratorsValue(adminsOf(id)),
        virtualAccounts: virtualAccountsValue(vasOf(id)),
      }));
      if (!go || accounts.length < batch) return;
      after = ids[ids.length - 1];
    }
  }

  /** One list's copy from its source, read with a lock (no more than one row past the cap). */
  private async refresh(em: EntityManager, accountId: string, list: List): Promise<void> {
    const { column, select, value } = LISTS[list];
    const rows = (await em.query(`${select} LIMIT ${LIST_CAP + 1}${locking(em)}`, [
      accountId,
    ])) as Row[];
    await em.query(`UPDATE smart_accounts SET ${column} = ? WHERE id = ?`, [
      value(rows),
      accountId,
    ]);
  }
}

function administratorsValue(rows: Row[]): string | null {
  return rows.length > LIST_CAP ? null : JSON.stringify(rows.map((r) => String(r.email)));
}

function virtualAccountsValue(rows: Row[]): string | null {
  return rows.length > LIST_CAP ? null : stringifyVirtualAccounts(rows);
}

function sameAdministrators(stored: unknown, rebuilt: string | null): boolean {
  return rebuilt !== null && JSON.stringify(parseAdministrators(stored)) === rebuilt;
}

function sameVirtualAccounts(stored: unknown, rebuilt: string | null, accountId: string): boolean {
  if (rebuilt === null) return false;
  const canonical = (text: unknown) =>
    JSON.stringify(
      parseVirtualAccounts(text, accountId)?.map((v) => ({
        ...v,
        createdAt: v.createdAt.toISOString(),
      })),
    );
  return canonical(stored) === canonical(rebuilt);
}
