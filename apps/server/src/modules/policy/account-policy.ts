import type { EntityManager } from "typeorm";
import { leanQuery } from "../../db/lean-read";
import { forceIndex } from "../../db/index-hint";
import { NotAllowedError, NotFoundError } from "../../common/errors";
import { AccessRequestEntity } from "../access-request/access-request.entity";
import { NominationEntity } from "../nomination/nomination.entity";
import { RoleAssignmentEntity, type AccountRole } from "../role/role-assignment.entity";
import { ApproverEntity } from "../smart-account/approver.entity";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import type { UserEntity } from "../user/user.entity";

/**
 * Who may see and do what on a Smart Account: the one place that decides it. Every query, list,
 * field resolver and service asks here; nothing else compares a caller with an account.
 *
 * The rule (SPEC, "Who may see and do what"):
 * - CARD (id, name, identifier, top-level domain, status, visibility, admin contacts, the
 *   caller's own roles): anyone who may see the account at all.
 * - DETAILS (company and address, approvers, requester, next step, notes and messages, decline
 *   reason, the domain review, dates and channel): every role holder on the Smart Account, staff,
 *   and while the account is provisional its requester and pending approvers.
 * - ADMIN (history, users and roles, nominations, access automation): ADMINISTRATOR and APPROVER
 *   roles, staff, and while provisional its requester and pending approvers.
 * - Virtual accounts: every Smart Account role holder sees them all; a virtual-account-only role
 *   holder sees the ones they hold roles in.
 */
export type AccountRelation = {
  staff: boolean;
  verified: boolean;
  requester: boolean;
  /** A current approver of a pending request (any of them may decide). */
  pendingApprover: boolean;
  /** Holds a live approver link, whatever the account's status (so a late decision is CONFLICT). */
  currentApprover: boolean;
  /** Activated the account as its approver. */
  activatedIt: boolean;
  /** Was an approver once (forwarded away, or the request was decided). */
  formerApprover: boolean;
  /** A nomination waits for the caller's answer. */
  pendingNominee: boolean;
  /** Was nominated, whatever came of it. */
  nominated: boolean;
  /** Asked for access, or access was asked for the caller's email. */
  accessRequested: boolean;
  /** Roles on the whole Smart Account. */
  roles: AccountRole[];
  /** Virtual accounts the caller holds a role in (without a whole-account role, these only). */
  virtualAccountIds: string[];
  /** Every role the caller holds on the account, whole-account and virtual-account ones. */
  grants: { role: AccountRole; virtualAccountId: string | null }[];
};

export type FieldGroup = "DETAILS" | "ADMIN";

/**
 * Every column of an account that the rules in this module read (and `none`, which starts a
 * relation). A list may read its accounts with these and the fields it shows only: a relation
 * and every decision made from such a row are the same as from the whole row. The policy's tests
 * check that nothing here reads another column.
 */
export const POLICY_COLUMNS = [
  "id",
  "requesterId",
  "approvedById",
  "status",
  "visibility",
] as const satisfies readonly (keyof SmartAccountEntity)[];

/** What callers do to an account, each allowed to a set of relations. */
export type AccountOperation =
  | "DECIDE_APPROVAL"
  | "PROVIDE_COMPANY_ADDRESS"
  | "ACT_AS_REQUESTER"
  | "DECIDE_ACCESS_REQUESTS"
  | "MANAGE_USERS"
  | "MANAGE_VIRTUAL_ACCOUNTS"
  | "SET_ACCESS_AUTOMATION"
  | "EDIT_DETAILS"
  | "READ_USERS"
  | "READ_NOMINATIONS"
  | "READ_ACCESS_REQUESTS"
  | "MANAGE_WEBHOOKS";

type OperationRule = {
  allowed: (a: SmartAccountEntity, r: AccountRelation) => boolean;
  refusal: string | ((r: AccountRelation) => string);
};

/** ADMINISTRATOR is the only role that decides access and manages the account's people. */
const administrators = (what: string): OperationRule => ({
  allowed: (_a, r) => r.roles.includes("ADMINISTRATOR"),
  refusal: `Only administrators of the account may ${what}.`,
});

const OPERATIONS: Record<AccountOperation, OperationRule> = {
  DECIDE_APPROVAL: {
    allowed: (_a, r) => r.currentApprover,
    refusal: (r) =>
      r.formerApprover
        ? "You are no longer an approver of this request: you forwarded it."
        : "Only the account's approvers may decide this request.",
  },
  PROVIDE_COMPANY_ADDRESS: {
    allowed: (_a, r) => r.currentApprover || r.activatedIt,
    refusal: "Only the account's approvers may give its company address.",
  },
  ACT_AS_REQUESTER: {
    allowed: (_a, r) => r.requester,
    refusal: "Only the person who requested the account may do this.",
  },
  DECIDE_ACCESS_REQUESTS: administrators("decide access requests"),
  READ_ACCESS_REQUESTS: administrators("see its access requests"),
  MANAGE_USERS: administrators("change its users' roles"),
  MANAGE_VIRTUAL_ACCOUNTS: administrators("change its virtual accounts"),
  SET_ACCESS_AUTOMATION: administrators("set its access automation"),
  EDIT_DETAILS: {
    allowed: (_a, r) => r.roles.includes("ADMINISTRATOR") || r.roles.includes("APPROVER"),
    refusal: "Only administrators or approvers of the account may change its details.",
  },
  READ_USERS: {
    allowed: (a, r) => mayRead(a, r, "ADMIN"),
    refusal: "Only administrators and approvers of the account may see its users.",
  },
  // The requester manages only the endpoints they registered (mayManageAllWebhooks).
  MANAGE_WEBHOOKS: {
    allowed: (_a, r) => r.staff || r.requester || r.roles.includes("ADMINISTRATOR"),
    refusal: "Only the account's administrators and its requester may manage its webhooks.",
  },
  READ_NOMINATIONS: {
    allowed: (a, r) => mayRead(a, r, "ADMIN"),
    refusal: "Only administrators and approvers of the account may see its nominations.",
  },
};

/** Every operation the rules above know. */
export const ACCOUNT_OPERATIONS = Object.keys(OPERATIONS) as AccountOperation[];

export const isProvisional = (account: SmartAccountEntity) => account.status !== "ACTIVE";

/** Whether the caller may see the account at all: NOT_FOUND otherwise. */
export function maySee(account: SmartAccountEntity, r: AccountRelation): boolean {
  if (r.staff || r.requester) return true;
  if (!r.verified) return false;
  return (
    account.visibility === "UNRESTRICTED" ||
    r.pendingApprover ||
    r.formerApprover ||
    r.nominated ||
    r.accessRequested ||
    r.roles.length > 0 ||
    r.virtualAccountIds.length > 0
  );
}

/** Whether the caller, who may see the account, may read a group of its fields. */
export function mayRead(account: SmartAccountEntity, r: AccountRelation, group: FieldGroup) {
  if (r.staff || r.roles.includes("ADMINISTRATOR") || r.roles.includes("APPROVER")) return true;
  if (isProvisional(account) && (r.requester || r.pendingApprover)) return true;
  return group === "DETAILS" && r.roles.length > 0;
}

/**
 * The accounts whose history (the ADMIN group) the user may read, as SQL: a SELECT of distinct
 * `accountId`s for a query to join (the events feed), so the rule applies row by row and a page is
 * never filtered after it was cut. It is `maySee && mayRead(…, "ADMIN")` spelled over the tables
 * `loadRelations` reads: staff read every account (no condition: null); the requester while the
 * account is provisional (verified or not); and with a verified email, an ADMINISTRATOR or
 * APPROVER of the whole account, and while it is provisional an active approver. Each of those
 * relations lets the caller see the account, so no visibility test is needed beside it. Joined
 * rather than tested with IN, so that MySQL starts from the caller's few accounts (their events
 * by the (smartAccountId, position) index) instead of walking every event.
 */
export function historyReadableAccounts(
  user: UserEntity,
): { sql: string; params: Record<string, unknown> } | null {
  if (user.isStaff) return null;
  const params: Record<string, unknown> = { hrUser: user.id, hrActive: "ACTIVE" };
  const sources = [
    "SELECT hra.id AS accountId FROM smart_accounts hra WHERE hra.requesterId = :hrUser AND hra.status <> :hrActive",
  ];
  if (user.emailVerifiedAt) {
    Object.assign(params, {
      hrEmail: user.email,
      hrRoles: ["ADMINISTRATOR", "APPROVER"],
      hrWhole: "",
      hrTrue: true,
    });
    sources.push(
      "SELECT hrr.smartAccountId AS accountId FROM role_assignments hrr WHERE hrr.email = :hrEmail AND hrr.scopeKey = :hrWhole AND hrr.role IN (:...hrRoles)",
      "SELECT hrp.smartAccountId AS accountId FROM account_approvers hrp INNER JOIN smart_accounts hrpa ON hrpa.id = hrp.smartAccountId WHERE hrp.email = :hrEmail AND hrp.active = :hrTrue AND hrpa.status <> :hrActive",
    );
  }
  // UNION, not UNION ALL: an account reached by two relations is joined once.
  return { sql: sources.join(" UNION "), params };
}

/** The virtual accounts the caller may read: all, some (by id), or none. */
export function readableVirtualAccounts(
  account: SmartAccountEntity,
  r: AccountRelation,
): "ALL" | ReadonlySet<string> {
  if (mayRead(account, r, "DETAILS")) return "ALL";
  return new Set(r.virtualAccountIds);
}

/** Every endpoint of the account, not only the caller's own: its administrators and staff. */
export function mayManageAllWebhooks(r: AccountRelation): boolean {
  return r.staff || r.roles.includes("ADMINISTRATOR");
}

/** Whether a webhook registered by someone with this relation may carry the account's events. */
export function mayReceiveEvents(account: SmartAccountEntity, r: AccountRelation): boolean {
  return maySee(account, r) && mayRead(account, r, "ADMIN");
}

/** The DNS record that approves an identifier without staff is for its requester and staff. */
export function mayReadDnsChallenge(r: AccountRelation): boolean {
  return r.staff || r.requester;
}

export function mayDo(account: SmartAccountEntity, r: AccountRelation, op: AccountOperation) {
  return maySee(account, r) && OPERATIONS[op].allowed(account, r);
}

/** NOT_FOUND where the caller may not see the account, FORBIDDEN where they may not act. */
export function assertMay(account: SmartAccountEntity, r: AccountRelation, op: AccountOperation) {
  if (!maySee(account, r)) throw new NotFoundError("No such Smart Account.");
  const { allowed, refusal } = OPERATIONS[op];
  if (!allowed(account, r)) {
    throw new NotAllowedError(typeof refusal === "string" ? refusal : refusal(r));
  }
}

export function assertSee(account: SmartAccountEntity | null, r: AccountRelation | null) {
  if (!account || !r || !maySee(account, r)) throw new NotFoundError("No such Smart Account.");
  return account;
}

const none = (user: UserEntity, account: SmartAccountEntity): AccountRelation => ({
  staff: user.isStaff,
  verified: Boolean(user.emailVerifiedAt),
  requester: account.requesterId === user.id,
  pendingApprover: false,
  currentApprover: false,
  activatedIt: Boolean(user.emailVerifiedAt) && account.approvedById === user.id,
  formerApprover: false,
  pendingNominee: false,
  nominated: false,
  accessRequested: false,
  roles: [],
  virtualAccountIds: [],
  grants: [],
});

/** One row of the caller's relations to an account, as `readRelationRows` reads them. */
export type RelationRow = {
  k: string;
  id: string;
  a: string | null;
  b: string | null;
  c: string | null;
};

/**
 * The rows of the caller's relations to these accounts (by id): approver links, roles,
 * nominations and access requests, in one statement whatever their number (none for an
 * unverified email, whose relations count for nothing yet). Needing only the ids, it can run
 * while the accounts themselves are read; `relationsFrom` makes the relations of them.
 */
export async function readRelationRows(
  em: EntityManager,
  ids: readonly string[],
  user: UserEntity,
): Promise<RelationRow[]> {
  if (!user.emailVerifiedAt || ids.length === 0) return [];
  const email = user.email;
  const list = ids.map(() => "?").join(", ");
  // Each branch reads the accounts' index (a few rows per account), named: left to choose,
  // MariaDB weighs every index of the four tables against the 50-id lists, which took longer
  // than the reads. The email indexes would serve a heavy user (thousands of roles) worse.
  const from = (entity: new () => object, accountIndex: string[]) =>
    `${em.connection.getMetadata(entity).tableName}${forceIndex(em, entity, ["smartAccountId", ...accountIndex])}`;
  return (await leanQuery(
    em,
    `SELECT 'A' AS k, smartAccountId AS id, CASE WHEN active THEN 'Y' ELSE 'N' END AS a, NULL AS b, NULL AS c
       FROM ${from(ApproverEntity, ["active"])} WHERE email = ? AND smartAccountId IN (${list})
     UNION ALL
     SELECT 'R', smartAccountId, role, virtualAccountId, scopeKey
       FROM ${from(RoleAssignmentEntity, ["scopeKey", "email", "role"])} WHERE email = ? AND smartAccountId IN (${list})
     UNION ALL
     SELECT 'N', smartAccountId, status, CASE WHEN sentAt IS NULL THEN 'N' ELSE 'Y' END, NULL
       FROM ${from(NominationEntity, ["createdAt", "id"])} WHERE email = ? AND smartAccountId IN (${list})
     UNION ALL
     SELECT 'Q', smartAccountId, NULL, NULL, NULL
       FROM ${from(AccessRequestEntity, ["createdAt", "id"])} WHERE smartAccountId IN (${list}) AND (email = ? OR requestedById = ?)`,
    [email, ...ids, email, ...ids, email, ...ids, ...ids, email, user.id],
  )) as RelationRow[];
}

/**
 * The caller's relations to several accounts, in four indexed reads whatever their number.
 * Everything tied to an email counts only once that email is verified.
 */
export async function loadRelations(
  em: EntityManager,
  accounts: readonly SmartAccountEntity[],
  user: UserEntity,
): Promise<Map<string, AccountRelation>> {
  return relationsFrom(
    accounts,
    user,
    await readRelationRows(
      em,
      accounts.map((a) => a.id),
      user,
    ),
  );
}

/** The caller's relations to these accounts, from the rows `readRelationRows` read for them. */
export function relationsFrom(
  accounts: readonly SmartAccountEntity[],
  user: UserEntity,
  rows: readonly RelationRow[],
): Map<string, AccountRelation> {
  const relations = new Map(accounts.map((a) => [a.id, none(user, a)]));
  const approvers = rows
    .filter((r) => r.k === "A")
    .map((r) => ({ smartAccountId: r.id, active: r.a === "Y" }));
  const roles = rows
    .filter((r) => r.k === "R")
    .map((r) => ({
      smartAccountId: r.id,
      role: r.a as AccountRole,
      virtualAccountId: r.b,
      scopeKey: r.c ?? "",
    }));
  const nominations = rows
    .filter((r) => r.k === "N")
    .map((r) => ({ smartAccountId: r.id, status: r.a, sentAt: r.b === "Y" }));
  const accessRequests = rows.filter((r) => r.k === "Q").map((r) => ({ smartAccountId: r.id }));
  for (const row of approvers) {
    const r = relations.get(row.smartAccountId)!;
    if (row.active) {
      r.pendingApprover = true;
      r.currentApprover = true;
    } else r.formerApprover = true;
  }
  for (const row of roles) {
    const r = relations.get(row.smartAccountId)!;
    r.grants.push({ role: row.role, virtualAccountId: row.virtualAccountId });
    if (row.scopeKey === "" && !row.virtualAccountId) r.roles.push(row.role);
    else if (row.virtualAccountId) r.virtualAccountIds.push(row.virtualAccountId);
  }
  for (const row of nominations) {
    const r = relations.get(row.smartAccountId)!;
    // A nomination that was never sent is not the nominee's business yet.
    if (!row.sentAt) continue;
    r.nominated = true;
    if (row.status === "PENDING") r.pendingNominee = true;
  }
  for (const row of accessRequests) relations.get(row.smartAccountId)!.accessRequested = true;
  for (const account of accounts) {
    // A pending approver of an account that is no longer pending is only a former one.
    const r = relations.get(account.id)!;
    if (r.pendingApprover && !isProvisional(account)) {
      r.pendingApprover = false;
      r.formerApprover = true;
    }
  }
  return relations;
}

export async function loadRelation(
  em: EntityManager,
  account: SmartAccountEntity,
  user: UserEntity,
): Promise<AccountRelation> {
  return (await loadRelations(em, [account], user)).get(account.id)!;
}

/** An account the user may see (its card at least), or NOT_FOUND. */
export async function visibleAccount(
  em: EntityManager,
  id: string,
  user: UserEntity,
): Promise<SmartAccountEntity> {
  const account = await em.findOneBy(SmartAccountEntity, { id });
  return assertSee(account, account ? await loadRelation(em, account, user) : null);
}

/** The account, for a caller the policy lets do the operation; NOT_FOUND when there is none. */
export async function accountFor(
  em: EntityManager,
  id: string,
  user: UserEntity,
  op: AccountOperation,
): Promise<SmartAccountEntity> {
  const account = await em.findOneBy(SmartAccountEntity, { id });
  if (!account) throw new NotFoundError("No such Smart Account.");
  assertMay(account, await loadRelation(em, account, user), op);
  return account;
}
