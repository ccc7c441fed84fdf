import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { PRIMARY, type ReadRoute } from "../db/replicas";
import type { Db } from "../db/data-source";
import { RoleAssignmentEntity } from "../modules/role/role-assignment.entity";
import { DomainReviewEntity } from "../modules/domain/domain-review.entity";
import { AccountEventEntity } from "../modules/smart-account/account-event.entity";
import { ApproverEntity } from "../modules/smart-account/approver.entity";
import { SmartAccountEntity } from "../modules/smart-account/smart-account.entity";
import { UserEntity } from "../modules/user/user.entity";
import { loadRelations, type AccountRelation } from "../modules/policy/account-policy";
import { VirtualAccountEntity } from "../modules/virtual-account/virtual-account.entity";

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
    new DataLoader<string, V[]>(async (ids) => byKey(ids, await load([...ids]), keyOf));
  return {
    user: new DataLoader<string, UserEntity | null>(async (ids) => {
      const rows = await read((em) => em.findBy(UserEntity, { id: In([...ids]) }));
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    account: new DataLoader<string, SmartAccountEntity | null>(async (ids) => {
      const rows = await read((em) => em.findBy(SmartAccountEntity, { id: In([...ids]) }));
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    approvers: many(
      (ids) =>
        read((em) =>
          em.find(ApproverEntity, {
            where: { smartAccountId: In(ids), active: true },
            order: { position: "ASC" },
          }),
        ),
      (r) => r.smartAccountId,
    ),
    domains: many(
      (ids) =>
        read((em) =>
          em.find(DomainReviewEntity, {
            where: { smartAccountId: In(ids) },
            order: { createdAt: "DESC", id: "DESC" },
          }),
        ),
      (r) => r.smartAccountId,
    ),
    virtualAccounts: many(
      (ids) =>
        read((em) =>
          em.find(VirtualAccountEntity, {
            where: { smartAccountId: In(ids) },
            order: { name: "ASC" },
          }),
        ),
      (r) => r.smartAccountId,
    ),
    /** Whole-account administrators: the admin contacts of an account. */
    administrators: many(
      (ids) =>
        read((em) =>
          em.find(RoleAssignmentEntity, {
            where: { smartAccountId: In(ids), role: "ADMINISTRATOR", scopeKey: "" },
            order: { email: "ASC" },
          }),
        ),
      (r) => r.smartAccountId,
    ),
    /** The signed-in user's relation to each account, for the account policy: four reads a batch. */
    relation: new DataLoader<SmartAccountEntity, AccountRelation | null, string>(
      async (accounts) => {
        if (!viewer) return accounts.map(() => null);
        const relations = await read((em) => loadRelations(em, accounts, viewer));
        return accounts.map((a) => relations.get(a.id) ?? null);
      },
      { cacheKeyFn: (a) => a.id },
    ),
    history: many(
      (ids) =>
        read((em) =>
          em.find(AccountEventEntity, {
            where: { smartAccountId: In(ids) },
            order: { sequence: "ASC" },
          }),
        ),
      (r) => r.smartAccountId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
