import type { Context } from "../../graphql/context";
import { readableVirtualAccounts } from "../policy/account-policy";
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

/**
 * Reads, one batch each, what a page of accounts' selected fields will ask for: the caller's
 * relation to each account (every field past the card asks the policy with it), their
 * administrators, and the virtual accounts of those whose virtual accounts the caller may read.
 * The fields then answer at once (see SettledLoader) instead of a promise per row and field.
 * Only what is selected is read, in the statements the fields would have run themselves.
 */
export async function preloadAccountFields(
  ctx: Context,
  accounts: readonly SmartAccountEntity[],
  fields: ReadonlySet<string>,
): Promise<void> {
  if (accounts.length === 0) return;
  const needsRelation = [...fields].some((f) => !CARD.has(f) && f !== "administrators");
  const relations = async () => {
    await ctx.loaders.relation.preload(accounts);
    if (!fields.has("virtualAccounts")) return;
    const readable = accounts.filter((a) => {
      const relation = ctx.loaders.relation.get(a);
      if (relation instanceof Promise || relation === null) return false;
      const which = readableVirtualAccounts(a, relation);
      return which === "ALL" || which.size > 0;
    });
    if (readable.length) await ctx.loaders.virtualAccounts.preload(readable.map((a) => a.id));
  };
  await Promise.all([
    fields.has("administrators")
      ? ctx.loaders.administrators.preload(accounts.map((a) => a.id))
      : null,
    needsRelation ? relations() : null,
  ]);
}
