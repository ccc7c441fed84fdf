import DataLoader from "dataloader";
import type { Settling } from "../common/settled";
import type { EntityManager } from "typeorm";
import { entityColumns, leanQuery, selectByIds, selectEntities } from "../db/lean-read";
import { PRIMARY, type ReadRoute } from "../db/replicas";
import type { Db } from "../db/data-source";
import { RoleAssignmentEntity } from "../modules/role/role-assignment.entity";
import { DomainReviewEntity } from "../modules/domain/domain-review.entity";
import { AccountEventEntity } from "../modules/smart-account/account-event.entity";
import { ApproverEntity } from "../modules/smart-account/approver.entity";
import { SmartAccountEntity } from "../modules/smart-account/smart-account.entity";
import { UserEntity } from "../modules/user/user.entity";
import {
  readRelationRows,
  relationsFrom,
  type AccountRelation,
} from "../modules/policy/account-policy";
import { VirtualAccountEntity } from "../modules/virtual-account/virtual-account.entity";
import {
  parseAdministrators,
  parseVirtualAccounts,
  type AccountLists,
} from "../modules/directory/account-lists";

/**
 * A DataLoader whose settled values a resolver can take without waiting. `get` answers the value
 * itself once a batch has read it (say, because the list's resolver preloaded the page), and the
 * promise otherwise: a field resolver that returns plain values lets graphql-js complete a whole
 * page without a promise per row and field, which on a 50-row page is most of its cost.
 */
export class SettledLoader<K, V> {
  private readonly settled = new Map<string, V>();

  constructor(
    private readonly loader: DataLoader<K, V, string>,
    private readonly keyOf: (key: K) => string,
  ) {}

  get(key: K): Settling<V> {
    const k = this.keyOf(key);
    if (this.settled.has(k)) return this.settled.get(k) as V;
    return this.loader.load(key).then((value) => {
      this.settled.set(k, value);
      return value;
    });
  }

  load(key: K): Promise<V> {
    return Promise.resolve(this.get(key));
  }

  /** Takes a value read elsewhere (say, with the page's own rows): `get` answers it at once. */
  prime(key: K, value: V): void {
    const k = this.keyOf(key);
    if (this.settled.has(k)) return;
    this.settled.set(k, value);
    this.loader.prime(key, value);
  }

  /** Reads these keys in one batch, so that `get` answers them at once afterwards. */
  async preload(keys: readonly K[]): Promise<void> {
    const values = await this.loader.loadMany(keys);
    values.forEach((value, i) => {
      if (!(value instanceof Error)) this.settled.set(this.keyOf(keys[i]), value);
    });
  }
}

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * One batch query per relation per request, whatever the page size: the lists render relations
 * through these, never with a query per row.
 */
export function createLoaders(db: Db, viewer: UserEntity | null, route: ReadRoute = PRIMARY) {
  // On a replica only in a request the read-routing plugin sent there (see ReadRoute).
  const read = <T>(fn: (em: EntityManager) => Promise<T>) => db.readFrom(route, fn);
  const many = <V>(load: (ids: string[]) => Promise<V[]>, keyOf: (row: V) => string) =>
    new SettledLoader(
      new DataLoader<string, V[]>(async (ids) => byKey(ids, await load([...ids]), keyOf)),
      (id) => id,
    );
  const list = (ids: readonly string[]) => ids.map(() => "?").join(", ");
  const relationRows = many(
    (ids) => (viewer ? read((em) => readRelationRows(em, ids, viewer)) : Promise.resolve([])),
    (r) => r.id,
  );
  /**
   * Whole-account administrators: the admin contacts of an account, by email. Only the account
   * and the email are read, which the role index holds with the role and scope it is filtered
   * on: the rows are read from the index alone, without a lookup of each.
   */
  const administrators = many(
    (ids): Promise<Pick<RoleAssignmentEntity, "smartAccountId" | "email">[]> =>
      read((em) =>
        selectEntities(
          em,
          RoleAssignmentEntity,
          `t.smartAccountId IN (${list(ids)}) AND t.role = 'ADMINISTRATOR' AND t.scopeKey = ''`,
          ids,
          {
            orderBy: "t.email ASC",
            omit: ["id", "virtualAccountId", "userId", "role", "scopeKey", "createdAt"],
          },
        ),
      ),
    (r) => r.smartAccountId,
  );
  const virtualAccounts = many(
    (ids) =>
      read((em) =>
        selectEntities(em, VirtualAccountEntity, `t.smartAccountId IN (${list(ids)})`, ids, {
          orderBy: "t.name ASC",
        }),
      ),
    (r) => r.smartAccountId,
  );
  /**
   * Takes an account's copies of its administrators and virtual accounts (read with the account's
   * row, see AccountListsWriter) as what their loaders would read: no statement of their own. A
   * list without a copy is left to its loader.
   */
  const primeLists = (accountId: string, lists: AccountLists) => {
    if (lists.administrators) {
      administrators.prime(
        accountId,
        lists.administrators.map((email) => ({ smartAccountId: accountId, email })),
      );
    }
    if (lists.virtualAccounts) virtualAccounts.prime(accountId, lists.virtualAccounts);
  };
  return {
    user: new SettledLoader(
      new DataLoader<string, UserEntity | null>(async (ids) => {
        const rows = await read((em) =>
          selectByIds(em, UserEntity, ids, { omit: ["passwordHash"] }),
        );
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
      (id) => id,
    ),
    /** Accounts by id, each with its copies of its lists (which fill their loaders). */
    account: new DataLoader<string, SmartAccountEntity | null>(async (ids) => {
      const rows = await read(async (em) => {
        const account = entityColumns(em, SmartAccountEntity, "a_");
        const found = (await leanQuery(
          em,
          `SELECT ${account.select("a")}, a.administratorList AS l_admins, a.virtualAccountList AS l_vas FROM ${account.table} a WHERE a.id IN (${list(ids)})`,
          [...ids],
        )) as Record<string, unknown>[];
        return found.map((row) => {
          const entity = account.from(row);
          primeLists(entity.id, {
            administrators: parseAdministrators(row.l_admins),
            virtualAccounts: parseVirtualAccounts(row.l_vas, entity.id),
          });
          return entity;
        });
      });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    approvers: many(
      (ids) =>
        read((em) =>
          selectEntities(
            em,
            ApproverEntity,
            `t.smartAccountId IN (${list(ids)}) AND t.active = 1`,
            ids,
            {
              orderBy: "t.position ASC",
            },
          ),
        ),
      (r) => r.smartAccountId,
    ),
    domains: many(
      (ids) =>
        read((em) =>
          selectEntities(em, DomainReviewEntity, `t.smartAccountId IN (${list(ids)})`, ids, {
            orderBy: "t.createdAt DESC, t.id DESC",
          }),
        ),
      (r) => r.smartAccountId,
    ),
    virtualAccounts,
    administrators,
    primeLists,
    /**
     * The signed-in user's relation rows to each account (by id): what `relation` is made of,
     * read without the account, so that a query by id can read both at once.
     */
    relationRows,
    /** The signed-in user's relation to each account, for the account policy: one read a batch. */
    relation: new SettledLoader(
      new DataLoader<SmartAccountEntity, AccountRelation | null, string>(
        async (accounts) => {
          if (!viewer) return accounts.map(() => null);
          const rows = await Promise.all(accounts.map((a) => relationRows.load(a.id)));
          const relations = relationsFrom(accounts, viewer, rows.flat());
          return accounts.map((a) => relations.get(a.id) ?? null);
        },
        { cacheKeyFn: (a) => a.id },
      ),
      (a) => a.id,
    ),
    history: many(
      (ids) =>
        read((em) =>
          selectEntities(em, AccountEventEntity, `t.smartAccountId IN (${list(ids)})`, ids, {
            orderBy: "t.sequence ASC",
          }),
        ),
      (r) => r.smartAccountId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
