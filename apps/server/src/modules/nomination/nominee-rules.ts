import { emailHost, isConsumerDomain, parseIdentifier } from "../domain/domain-identifier";

/**
 * Why an email may not be nominated as a creator of an account on `topLevelDomain`, or null if it
 * may. Accepting a CREATOR nomination makes the nominee an approver, and an approver may activate
 * the account and administer it: the same rule as the APPROVER role, and never a consumer mailbox.
 */
export function creatorRefusal(email: string, topLevelDomain: string): string | null {
  const parsed = parseIdentifier(emailHost(email));
  if (!parsed.ok) return `${email} is not an address a creator can be nominated with.`;
  if (isConsumerDomain(parsed.value.identifier, parsed.value.topLevelDomain)) {
    return `${email} is a consumer mailbox: creators are nominated with an address on ${topLevelDomain}.`;
  }
  if (parsed.value.topLevelDomain !== topLevelDomain) {
    return `${email} is not on ${topLevelDomain}: only people on the account's domain may be nominated as creators.`;
  }
  return null;
}
