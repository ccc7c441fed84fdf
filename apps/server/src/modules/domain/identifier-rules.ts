import type { EntityManager } from "typeorm";
import { InvalidInputError, NotAllowedError, type DomainError } from "../../common/errors";
import { SmartAccountEntity, type RequestChannel } from "../smart-account/smart-account.entity";
import { IdentifierConflictError } from "../smart-account/smart-account.errors";
import { statusWords } from "../smart-account/smart-account.states";
import type { UserEntity } from "../user/user.entity";
import {
  emailHost,
  parseIdentifier,
  reviewReasons,
  type Identifier,
  type ReviewReason,
} from "./domain-identifier";
import { isConfusableWithExisting } from "./look-alikes";

/**
 * The rules a request applies to its account domain identifier, in one place: the request
 * mutations, the resubmission of a rejected identifier and `checkDomain` (which tells, as the
 * person types, what the request would refuse) all ask these, so what the console shows at the
 * field is what Send Request does.
 */

/** Which request an identifier is checked for. */
export type RequestFlow = "MY_COMPANY" | "CUSTOMER";

export const flowOfChannel = (channel: RequestChannel): RequestFlow =>
  channel === "PARTNER_FOR_CUSTOMER" ? "CUSTOMER" : "MY_COMPANY";

export type IdentifierRefusalCode = "NOT_A_PARTNER" | "PARTNER_OWN_DOMAIN" | "IDENTIFIER_HELD";

/** Why a request in that flow would be refused for its identifier (or for who asks). */
export type IdentifierRefusal = {
  code: IdentifierRefusalCode;
  /** The request input it names. */
  field: string;
  message: string;
  /** The account that holds the identifier, when the caller may see it. */
  heldBy?: SmartAccountEntity;
};

type Requester = Pick<UserEntity, "email" | "organisationType">;

/** Only partners request accounts for customers. */
export function flowAccessRefusal(user: Requester, flow: RequestFlow): IdentifierRefusal | null {
  if (flow !== "CUSTOMER" || user.organisationType === "PARTNER") return null;
  return {
    code: "NOT_A_PARTNER",
    field: "channel",
    message: "Only partners request accounts for customers.",
  };
}

/** A partner never holds an account for a customer: the partner's own registrable domain is refused. */
export function ownDomainRefusal(
  user: Requester,
  identifier: Identifier,
  flow: RequestFlow,
): IdentifierRefusal | null {
  if (flow !== "CUSTOMER" || user.organisationType !== "PARTNER") return null;
  const own = parseIdentifier(emailHost(user.email));
  if (!own.ok || own.value.topLevelDomain !== identifier.topLevelDomain) return null;
  return {
    code: "PARTNER_OWN_DOMAIN",
    field: "domainIdentifier",
    message: `${identifier.topLevelDomain} is your own company's domain: a partner cannot request an account on its own domain for a customer. Use the customer's domain.`,
  };
}

/** The live (non-terminal) account holding exactly this identifier, other than `exceptAccountId`. */
export async function identifierHolder(
  em: EntityManager,
  identifier: Identifier,
  exceptAccountId?: string,
): Promise<SmartAccountEntity | null> {
  const holder = await em.findOneBy(SmartAccountEntity, { liveIdentifier: identifier.identifier });
  return holder && holder.id !== exceptAccountId ? holder : null;
}

/**
 * The identifier is held: named with the holder's card when the caller may see it (the list of
 * existing accounts shows a restricted holder's card on an exact match too), else anonymously.
 */
export function heldRefusal(
  identifier: Identifier,
  holder: SmartAccountEntity,
  seen: boolean,
): IdentifierRefusal {
  return {
    code: "IDENTIFIER_HELD",
    field: "domainIdentifier",
    message: seen
      ? `${identifier.identifier} is already held by the Smart Account “${holder.name}” (${statusWords(holder.status)}).`
      : `${identifier.identifier} is already held by another Smart Account.`,
    heldBy: seen ? holder : undefined,
  };
}

/** Why a domain approver must review the identifier (empty: no review). */
export async function identifierReviewReasons(
  em: EntityManager,
  identifier: Identifier,
  approverEmail: string | null,
  exceptAccountId?: string,
): Promise<ReviewReason[]> {
  return reviewReasons(
    identifier,
    approverEmail,
    await isConfusableWithExisting(em, identifier.identifier, exceptAccountId),
  );
}

/** What a request throws for a refusal: FORBIDDEN, a field error, or a CONFLICT listing the holder. */
export function refusalError(refusal: IdentifierRefusal): DomainError<string> {
  switch (refusal.code) {
    case "NOT_A_PARTNER":
      return new NotAllowedError(refusal.message);
    case "PARTNER_OWN_DOMAIN":
      return new InvalidInputError(refusal.field, refusal.message);
    case "IDENTIFIER_HELD": {
      const h = refusal.heldBy;
      return new IdentifierConflictError(
        refusal.message,
        h
          ? [{ id: h.id, name: h.name, domainIdentifier: h.domainIdentifier, status: h.status }]
          : [],
      );
    }
  }
}
