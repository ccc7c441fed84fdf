import { POLICY_COLUMNS } from "../policy/account-policy";
import type { SmartAccountEntity } from "./smart-account.entity";

/** The card: fields on the account itself, shown to anyone who may see it. */
const CARD = new Set([
  "__typename",
  "id",
  "name",
  "domainIdentifier",
  "topLevelDomain",
  "status",
  "visibility",
]);

/** The lists a page's rows show, read by loaders (not from the account's own columns). */
const LISTS = new Set(["administrators", "myRoles", "virtualAccounts"]);

/**
 * The account columns a list needs when its rows ask only for the card and the lists: the card's
 * own, the name key its cursors are made of, and every column the policy decides with. Reading
 * these instead of all thirty (dates, addresses, notes) is what such a page's rows cost the
 * driver to parse.
 */
export const CARD_COLUMNS: readonly (keyof SmartAccountEntity & string)[] = [
  ...new Set([
    "id",
    "name",
    "nameKey",
    "domainIdentifier",
    "topLevelDomain",
    "status",
    "visibility",
    ...POLICY_COLUMNS,
  ] as const),
];

/** Whether rows with only CARD_COLUMNS answer every field a list's rows select. */
export function cardColumnsSuffice(fields: ReadonlySet<string>): boolean {
  for (const field of fields) if (!CARD.has(field) && !LISTS.has(field)) return false;
  return true;
}

/**
 * Reads, one batch each, what a page of accounts' selected fields will ask for: the caller's
 * relation to each account (every field past the card asks the policy with it), their
 * administrators and their virtual accounts.
 * The fields then answer at once (see SettledLoader) instead of a promise per row and field.
 * Only what is selected is read, in the statements the fields would have run themselves.
 */
/** The request's loaders that read what an account's fields ask for (graphql/loaders.ts). */
export type AccountFieldLoaders = {
  relation: { preload(accounts: readonly SmartAccountEntity[]): Promise<void> };
  administrators: { preload(ids: readonly string[]): Promise<void> };
  virtualAccounts: { preload(ids: readonly string[]): Promise<void> };
};

export async function preloadAccountFields(
  loaders: AccountFieldLoaders,
  accounts: readonly SmartAccountEntity[],
  fields: ReadonlySet<string>,
): Promise<void> {
  if (accounts.length === 0) return;
  const ids = accounts.map((a) => a.id);
  const needsRelation = [...fields].some((f) => !CARD.has(f) && f !== "administrators");
  // At once, not one after the other: a page's virtual accounts are read for every row, and
  // the field shows each row's only to whom the policy lets read them (as it does unpreloaded).
  await Promise.all([
    fields.has("administrators") ? loaders.administrators.preload(ids) : null,
    needsRelation ? loaders.relation.preload(accounts) : null,
    fields.has("virtualAccounts") ? loaders.virtualAccounts.preload(ids) : null,
  ]);
}

type Loads<V> = { load(id: string): Promise<V> };

/** The request's loaders an account page's fields read by the account's id (graphql/loaders.ts). */
export type AccountPageLoaders = {
  approvers: Loads<unknown>;
  domains: Loads<unknown>;
  user: Loads<unknown>;
};

/**
 * For one account asked for by id: starts, alongside the account's own read, the reads its
 * selected fields will make by the id alone (and the requester's, once the account is there), so
 * the page takes one round of statements after the session instead of two. Its administrators
 * and virtual accounts come with the account's row (their copies fill their loaders), and are
 * read on their own only for an account without a copy. They only fill the
 * request's loaders: every field still asks the policy before it shows anything, and a caller who
 * may not see the account gets NOT_FOUND and nothing of what was read. A failed read is reported
 * by the field that asks for it, not here.
 */
export function prefetchAccountPage(
  loaders: AccountPageLoaders,
  id: string,
  account: Promise<SmartAccountEntity | null>,
  fields: ReadonlySet<string>,
): void {
  const quietly = (read: Promise<unknown>) => void read.catch(() => undefined);
  const next = fields.has("nextStep");
  if (next || fields.has("approvers")) quietly(loaders.approvers.load(id));
  if (next || fields.has("domain")) quietly(loaders.domains.load(id));
  if (next || fields.has("requester")) {
    quietly(account.then((a) => (a ? loaders.user.load(a.requesterId) : null)));
  }
}
