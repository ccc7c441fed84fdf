import type { SmartAccountFieldsFragment } from "@sam/graphql-types";

type DetailFields = Pick<
  SmartAccountFieldsFragment,
  "requester" | "createdAt" | "nextStep" | "approvers" | "channel"
>;

export type WithDetails<T extends DetailFields> = T & {
  [Field in keyof DetailFields]: NonNullable<T[Field]>;
};

/**
 * Whether the server let this person read the account's details: the account policy gives its
 * DETAILS group (requester, dates, company, approvers, next step...) whole or not at all, and
 * these fields are always set when it is given. Only with them does a null company or lapse date
 * mean "none" rather than "not yours to see".
 */
export function readsDetails<T extends DetailFields>(account: T): account is WithDetails<T> {
  return (
    account.requester !== null &&
    account.createdAt !== null &&
    account.nextStep !== null &&
    account.approvers !== null &&
    account.channel !== null
  );
}
