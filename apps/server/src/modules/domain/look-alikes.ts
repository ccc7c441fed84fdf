import { In, Not, type EntityManager } from "typeorm";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { TERMINAL_STATUSES } from "../smart-account/smart-account.states";
import { identifierSkeleton } from "./domain-identifier";

/**
 * Whether a live account holds an identifier that looks like this one without being it
 * ("аррӏе.com" beside "apple.com"): an indexed look-up of the skeleton. `exceptAccountId` leaves
 * out the account whose identifier is being changed.
 */
export function isConfusableWithExisting(
  em: EntityManager,
  identifier: string,
  exceptAccountId?: string,
): Promise<boolean> {
  return em.exists(SmartAccountEntity, {
    where: {
      identifierSkeleton: identifierSkeleton(identifier),
      domainIdentifier: Not(identifier),
      status: Not(In([...TERMINAL_STATUSES])),
      ...(exceptAccountId ? { id: Not(exceptAccountId) } : {}),
    },
  });
}
