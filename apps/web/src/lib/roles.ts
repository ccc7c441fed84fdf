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
