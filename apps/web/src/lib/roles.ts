import type { AccountRole, RequestableRole } from "@sam/graphql-types";

export const roleWords: Record<AccountRole, string> = {
  ADMINISTRATOR: "Administrator",
  APPROVER: "Approver",
  USER: "User",
  VIEWER: "Viewer",
};

/** The roles an access request may ask for, in the order a person reads them. */
export const requestableRoles: readonly RequestableRole[] = ["USER", "VIEWER", "ADMINISTRATOR"];

export const accountRoles: readonly AccountRole[] = ["ADMINISTRATOR", "APPROVER", "USER", "VIEWER"];

type Grant = { role: AccountRole; virtualAccountId?: string | null };

/** Whether the grants hold `role` on the whole account (not only on some virtual accounts). */
export function holdsAccountRole(grants: readonly Grant[], ...roles: AccountRole[]): boolean {
  return grants.some((grant) => roles.includes(grant.role) && !grant.virtualAccountId);
}

/** “the “Irvine Lab” virtual account of “CCO Esup, Inc.”” or the account itself. */
export function grantedScope(
  virtualAccountIds: readonly string[],
  virtualAccounts: readonly { id: string; name: string }[],
  accountName: string,
): string {
  if (virtualAccountIds.length === 0) return `“${accountName}”`;
  const names = virtualAccountIds.map(
    (id) => `“${virtualAccounts.find((va) => va.id === id)?.name ?? "a virtual account"}”`,
  );
  const listed =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `the ${listed} virtual account${names.length === 1 ? "" : "s"} of “${accountName}”`;
}
