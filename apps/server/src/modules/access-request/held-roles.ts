import { In, type EntityManager } from "typeorm";
import { RoleAssignmentEntity, type AccountRole } from "../role/role-assignment.entity";
import { VirtualAccountEntity } from "../virtual-account/virtual-account.entity";

const ROLE_WORDS: Record<AccountRole, string> = {
  ADMINISTRATOR: "Administrator",
  APPROVER: "Approver",
  USER: "User",
  VIEWER: "Viewer",
};

// What a role includes: an administrator uses and views the account, a user views it. APPROVER
// stands apart (it approves the account; it is not asked for).
const INCLUDES: Record<AccountRole, readonly AccountRole[]> = {
  ADMINISTRATOR: ["ADMINISTRATOR", "USER", "VIEWER"],
  USER: ["USER", "VIEWER"],
  VIEWER: ["VIEWER"],
  APPROVER: ["APPROVER"],
};

/** A role the email holds that already gives what is asked, and where it holds it. */
export type CoveringRole = { email: string; role: AccountRole; scopeKey: string; message: string };

/**
 * For each email, a role it already holds on the account that gives `role` on every scope asked
 * (`scopeKeys`: "" for the whole account, or virtual account ids): the same role or a higher one,
 * on the same scope or on the whole account, which covers its virtual accounts. One query for all
 * the emails. Access requests are refused on it, when asked and when approved.
 */
export async function coveringRoles(
  em: EntityManager,
  account: { id: string; name: string },
  emails: readonly string[],
  role: AccountRole,
  scopeKeys: readonly string[],
  /** Said as "You" in the message. */
  caller: string | null = null,
): Promise<CoveringRole[]> {
  if (emails.length === 0) return [];
  const held = await em.find(RoleAssignmentEntity, {
    where: { smartAccountId: account.id, email: In([...emails]) },
    order: { email: "ASC", scopeKey: "ASC", role: "ASC" },
  });
  const scopes = scopeKeys.length ? scopeKeys : [""];
  const found: CoveringRole[] = [];
  for (const email of emails) {
    for (const scopeKey of scopes) {
      const covering = held.find(
        (h) =>
          h.email === email &&
          (h.scopeKey === "" || h.scopeKey === scopeKey) &&
          INCLUDES[h.role].includes(role),
      );
      if (!covering) continue;
      found.push({
        email,
        role: covering.role,
        scopeKey,
        message: await describe(
          em,
          account,
          email === caller ? null : email,
          covering,
          role,
          scopeKey,
        ),
      });
      break;
    }
  }
  return found;
}

async function describe(
  em: EntityManager,
  account: { id: string; name: string },
  email: string | null,
  held: RoleAssignmentEntity,
  asked: AccountRole,
  scopeKey: string,
): Promise<string> {
  const vaName = async (id: string) =>
    (await em.findOne(VirtualAccountEntity, { where: { id }, select: { name: true } }))?.name ?? id;
  const heldWhere =
    held.scopeKey === ""
      ? `of “${account.name}”`
      : `of the “${await vaName(held.scopeKey)}” virtual account of “${account.name}”`;
  const includes = held.role === asked ? "" : `, which includes ${ROLE_WORDS[asked]} access`;
  const covers =
    held.scopeKey === "" && scopeKey !== ""
      ? `${includes ? " and" : ", which"} covers the “${await vaName(scopeKey)}” virtual account`
      : "";
  return `${email ? `${email} is` : "You are"} already ${ROLE_WORDS[held.role]} ${heldWhere}${includes}${covers}.`;
}
