import type { EntityManager } from "typeorm";
import type { Db } from "../../db/data-source";
import { AccessRequestEntity } from "../access-request/access-request.entity";
import { DomainReviewEntity } from "../domain/domain-review.entity";
import { RoleAssignmentEntity } from "../role/role-assignment.entity";
import { ApproverEntity } from "../smart-account/approver.entity";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import type { UserEntity } from "../user/user.entity";

/** What waits for one person: the numbers beside the console's navigation. */
export type PendingCounts = {
  /** Requests waiting for them as an approver (what `pendingApprovals` lists). */
  approvals: number;
  /** Pending access requests on the accounts they administer (what they may decide). */
  accessRequests: number;
  /** Identifiers waiting for a domain approver; null unless they are staff. */
  domainReviews: number | null;
};

/** The statuses in which a request waits for its approvers (as `pendingApprovals` has them). */
const AWAITING_APPROVER = ["PENDING_CUSTOMER_ACCEPTANCE", "PENDING_CUSTOMER_ADDRESS"];
/** Emails per statement: an IN list stays short whatever the number of people asked about. */
const CHUNK = 500;

export const sameCounts = (a: PendingCounts, b: PendingCounts) =>
  a.approvals === b.approvals &&
  a.accessRequests === b.accessRequests &&
  a.domainReviews === b.domainReviews;

/**
 * The counts of many people at once, in three grouped, indexed statements whatever their number
 * (approvers by (email, active), roles by email, reviews by (status, createdAt)): the live
 * updates recompute every subscriber's counts in one go when events arrive. Everything tied to an
 * email counts only once that email is verified, as everywhere else.
 */
export class PendingCountsService {
  constructor(private readonly db: Db) {}

  async forUser(user: UserEntity): Promise<PendingCounts> {
    return (await this.forUsers([user])).get(user.id)!;
  }

  forUsers(users: readonly UserEntity[]): Promise<Map<string, PendingCounts>> {
    return this.db.read((em) => this.count(em, users));
  }

  private async count(
    em: EntityManager,
    users: readonly UserEntity[],
  ): Promise<Map<string, PendingCounts>> {
    const emails = [...new Set(users.filter((u) => u.emailVerifiedAt).map((u) => u.email))];
    const approvals = new Map<string, number>();
    const accessRequests = new Map<string, number>();
    for (let i = 0; i < emails.length; i += CHUNK) {
      const chunk = emails.slice(i, i + CHUNK);
      const approvalRows = await em
        .createQueryBuilder(ApproverEntity, "ap")
        .innerJoin(SmartAccountEntity, "a", "a.id = ap.smartAccountId")
        .select("ap.email", "email")
        .addSelect("COUNT(*)", "n")
        .where("ap.email IN (:...emails) AND ap.active = :active", { emails: chunk, active: true })
        .andWhere("a.status IN (:...statuses)", { statuses: AWAITING_APPROVER })
        .groupBy("ap.email")
        .getRawMany<{ email: string; n: number | string }>();
      for (const row of approvalRows) approvals.set(row.email, Number(row.n));
      // Whole-account administrators only: the one role that decides access requests.
      const accessRows = await em
        .createQueryBuilder(RoleAssignmentEntity, "ra")
        .innerJoin(
          AccessRequestEntity,
          "r",
          "r.smartAccountId = ra.smartAccountId AND r.statusRank = :pendingRank AND r.status = :pending",
          { pendingRank: 0, pending: "PENDING" },
        )
        .select("ra.email", "email")
        .addSelect("COUNT(*)", "n")
        .where("ra.email IN (:...emails)", { emails: chunk })
        .andWhere("ra.role = :admin AND ra.scopeKey = :whole AND ra.virtualAccountId IS NULL", {
          admin: "ADMINISTRATOR",
          whole: "",
        })
        .groupBy("ra.email")
        .getRawMany<{ email: string; n: number | string }>();
      for (const row of accessRows) accessRequests.set(row.email, Number(row.n));
    }
    const domainReviews = users.some((u) => u.isStaff)
      ? await em.count(DomainReviewEntity, { where: { status: "PENDING_APPROVAL" } })
      : null;
    return new Map(
      users.map((user) => {
        const verified = Boolean(user.emailVerifiedAt);
        return [
          user.id,
          {
            approvals: verified ? (approvals.get(user.email) ?? 0) : 0,
            accessRequests: verified ? (accessRequests.get(user.email) ?? 0) : 0,
            domainReviews: user.isStaff ? domainReviews : null,
          },
        ];
      }),
    );
  }
}
