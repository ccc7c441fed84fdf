import { CombinedGraphQLErrors } from "@apollo/client/errors";
import type { SmartAccountStatus } from "@sam/graphql-types";
import { hasErrorCode } from "@/lib/graphql-errors";

/** An account named in a CONFLICT's `extensions.existingAccounts`. */
export type ConflictAccount = {
  id: string;
  name: string;
  domainIdentifier: string;
  status: SmartAccountStatus;
};

export type RequestConflict = { message: string; accounts: ConflictAccount[] };

function isConflictAccount(value: unknown): value is ConflictAccount {
  if (typeof value !== "object" || value === null) return false;
  const { id, name, domainIdentifier, status } = value as Record<string, unknown>;
  return (
    typeof id === "string" &&
    typeof name === "string" &&
    typeof domainIdentifier === "string" &&
    typeof status === "string"
  );
}

/** A request refused because of accounts on the domain (or a taken identifier), if it was. */
export function requestConflict(error: unknown): RequestConflict | null {
  if (!hasErrorCode(error, "CONFLICT") || !CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const listed = first?.extensions?.existingAccounts;
  return {
    message: first?.message ?? "Smart Accounts already exist on this domain.",
    accounts: Array.isArray(listed) ? listed.filter(isConflictAccount) : [],
  };
}
