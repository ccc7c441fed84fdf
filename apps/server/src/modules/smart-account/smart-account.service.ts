import { In, Not, type EntityManager, type SelectQueryBuilder } from "typeorm";
import {
  checkPageSize,
  decodeCursor,
  keysetPage,
  toConnection,
  type Connection,
  type KeysetKey,
} from "../../common/pagination";
import { normaliseEmail } from "../../common/email-address";
import type { Db } from "../../db/data-source";
import { parseIdentifier, type Identifier, type ReviewReason } from "../domain/domain-identifier";
import {
  flowAccessRefusal,
  heldRefusal,
  identifierHolder,
  identifierReviewReasons,
  ownDomainRefusal,
  type IdentifierRefusal,
  type RequestFlow,
} from "../domain/identifier-rules";
import { RoleAssignmentEntity } from "../role/role-assignment.entity";
import type { UserEntity } from "../user/user.entity";
import { loadRelations, maySee } from "../policy/account-policy";
import { ApproverEntity } from "./approver.entity";
import { SmartAccountEntity } from "./smart-account.entity";
import { TERMINAL_STATUSES } from "./smart-account.states";

export type ExistingAccountAction = "REQUEST_ACCESS" | "NOMINATE_CREATORS" | "NONE";

export type ExistingAccount = {
  account: SmartAccountEntity;
  exactMatch: boolean;
  allowedAction: ExistingAccountAction;
  reason: string;
  administrators: string[];
};

export type DomainCheck = {
  input: string;
  valid: boolean;
  message: string | null;
  identifier: string | null;
  topLevelDomain: string | null;
  reviewRequired: boolean;
  reviewReasons: ReviewReason[];
  identifierAvailable: boolean;
  refusals: IdentifierRefusal[];
  existingAccounts: ExistingAccount[];
};

/** Both lists alias the account `a`. */
const NEWEST_FIRST: ReadonlyArray<KeysetKey<SmartAccountEntity>> = [
  { column: "a.createdAt", order: "DESC", date: true, of: (a) => a.createdAt },
  { column: "a.id", order: "DESC", of: (a) => a.id },
];

const OLDEST_FIRST: ReadonlyArray<KeysetKey<SmartAccountEntity>> = [
  { column: "a.createdAt", order: "ASC", date: true, of: (a) => a.createdAt },
  { column: "a.id", order: "ASC", of: (a) => a.id },
];

/** What a conflict lists of an account. */
export function accountSummary(account: SmartAccountEntity) {
  return {
    id: account.id,
    name: account.name,
    domainIdentifier: account.domainIdentifier,
    status: account.status,
  };
}

/** Reading accounts: one, the domain check, the requester's and the approver's lists. */
export class SmartAccountService {
  constructor(private readonly db: Db) {}

  /**
   * What the request of `flow` would make of the identifier, by the rules the request applies
   * (domain/identifier-rules): validity, review, refusals, and the accounts already on its domain.
   */
  async checkDomain(
    user: UserEntity,
    raw: string,
    approverEmail: string | null,
    flow: RequestFlow = "MY_COMPANY",
  ): Promise<DomainCheck> {
    const notAllowed = flowAccessRefusal(user, flow);
    const parsed = parseIdentifier(raw);
    if (!parsed.ok) {
      return {
        input: raw,
        valid: false,
        message: parsed.message,
        identifier: null,
        topLevelDomain: null,
        reviewRequired: false,
        reviewReasons: [],
        identifierAvailable: false,
        refusals: notAllowed ? [notAllowed] : [],
        existingAccounts: [],
      };
    }
    const identifier = parsed.value;
    return this.db.read(async (em) => {
      const reasons = await identifierReviewReasons(
        em,
        identifier,
        approverEmail ? normaliseEmail(approverEmail) : user.email,
      );
      const existing = await this.existingOnDomain(em, identifier, user);
      const holder = await identifierHolder(em, identifier);
      const ownDomain = ownDomainRefusal(user, identifier, flow);
      const refusals = [
        ...(notAllowed ? [notAllowed] : []),
        ...(ownDomain ? [ownDomain] : []),
        ...(holder
          ? [
              heldRefusal(
                identifier,
                holder,
                existing.some((e) => e.account.id === holder.id),
              ),
            ]
          : []),
      ];
      return {
        input: raw,
        valid: true,
        message: null,
        identifier: parsed.value.identifier,
        topLevelDomain: parsed.value.topLevelDomain,
        reviewRequired: reasons.length > 0,
        reviewReasons: reasons,
        identifierAvailable: holder === null,
        refusals: refusals.map(({ code, field, message }) => ({ code, field, message })),
        existingAccounts: existing,
      };
    });
  }

  /** The non-terminal accounts on the identifier's top-level domain that the user may see. */
  async existingOnDomain(
    em: EntityManager,
    identifier: Identifier,
    user: UserEntity,
  ): Promise<ExistingAccount[]> {
    const accounts = await em.find(SmartAccountEntity, {
      where: { topLevelDomain: identifier.topLevelDomain, status: Not(In([...TERMINAL_STATUSES])) },
      order: { name: "ASC", id: "ASC" },
      take: 50,
    });
    // What the policy lets the caller see, and a restricted account on an exact identifier match
    // (SPEC: the requester must learn the identifier is taken), as its card only.
    const relations = await loadRelations(em, accounts, user);
    const visible = accounts.filter(
      (a) => a.domainIdentifier === identifier.identifier || maySee(a, relations.get(a.id)!),
    );
    const admins = visible.length
      ? await em.find(RoleAssignmentEntity, {
          where: {
            smartAccountId: In(visible.map((a) => a.id)),
            role: "ADMINISTRATOR",
            scopeKey: "",
          },
        })
      : [];
    return visible.map((account) => {
      const [allowedAction, reason] = ((): [ExistingAccountAction, string] => {
        switch (account.status) {
          case "ACTIVE":
            return ["REQUEST_ACCESS", "The account is active: ask its administrators for access."];
          case "PENDING_CUSTOMER_ACCEPTANCE":
          case "DECLINED_BY_CUSTOMER":
            return [
              "NOMINATE_CREATORS",
              "The account is not approved yet: nominate additional creators who may approve it.",
            ];
          case "PENDING_DOMAIN_APPROVAL":
            return ["NONE", "Its domain identifier is waiting for review by a domain approver."];
          default:
            return ["NONE", "It is waiting for its company address before it becomes active."];
        }
      })();
      return {
        account,
        exactMatch: account.domainIdentifier === identifier.identifier,
        allowedAction,
        reason,
        administrators: admins.filter((r) => r.smartAccountId === account.id).map((r) => r.email),
      };
    });
  }

  /** The user's own requests by date, on the (requesterId, createdAt, id) index. */
  myRequests(
    user: UserEntity,
    first: number,
    after: string | null,
    order: "NEWEST_FIRST" | "OLDEST_FIRST" = "NEWEST_FIRST",
  ) {
    return this.page(
      first,
      after,
      (em) =>
        em
          .createQueryBuilder(SmartAccountEntity, "a")
          .where("a.requesterId = :id", { id: user.id }),
      order === "OLDEST_FIRST" ? OLDEST_FIRST : NEWEST_FIRST,
    );
  }

  /** Requests waiting for the user as a current approver (acceptance, or the address after it). */
  pendingApprovals(user: UserEntity, first: number, after: string | null) {
    if (!user.emailVerifiedAt)
      return Promise.resolve(toConnection<SmartAccountEntity>([], first, 0, () => "", false));
    return this.page(first, after, (em) =>
      em
        .createQueryBuilder(SmartAccountEntity, "a")
        .innerJoin(
          ApproverEntity,
          "ap",
          "ap.smartAccountId = a.id AND ap.email = :email AND ap.active = :active",
          {
            email: user.email,
            active: true,
          },
        )
        .where("a.status IN (:...statuses)", {
          statuses: ["PENDING_CUSTOMER_ACCEPTANCE", "PENDING_CUSTOMER_ADDRESS"],
        }),
    );
  }

  /** Newest first, keyset-paged on (createdAt, id); the count runs on the same filter. */
  private page(
    first: number,
    after: string | null,
    base: (em: EntityManager) => SelectQueryBuilder<SmartAccountEntity>,
    keys: ReadonlyArray<KeysetKey<SmartAccountEntity>> = NEWEST_FIRST,
  ): Promise<Connection<SmartAccountEntity>> {
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, keys.length) : null;
    return this.db.read((em) =>
      keysetPage(base(em), keys, cursor, first, () => base(em).getCount()),
    );
  }
}
