import { DAY, type Clock } from "../../common/clock";
import { NotAllowedError } from "../../common/errors";
import type { Db } from "../../db/data-source";
import { DomainReviewEntity } from "../domain/domain-review.entity";
import {
  SMART_ACCOUNT_STATUSES,
  SmartAccountEntity,
  type SmartAccountStatus,
} from "../smart-account/smart-account.entity";
import { LAPSING_STATUSES } from "../smart-account/smart-account.states";
import type { UserEntity } from "../user/user.entity";

export type StatusCount = { status: SmartAccountStatus; count: number };
/** Days from `fromDays` (inclusive) up to `toDays` (exclusive; null: no end). */
export type DayBucket = { label: string; fromDays: number; toDays: number | null; count: number };
export type SystemOverview = {
  accountsByStatus: StatusCount[];
  domainReviewsByAge: DayBucket[];
  lapsingSoon: DayBucket[];
};

/** How long pending identifiers have waited for a domain approver. */
const REVIEW_AGES = [
  { label: "Under 1 day", fromDays: 0, toDays: 1 },
  { label: "1–7 days", fromDays: 1, toDays: 8 },
  { label: "8–30 days", fromDays: 8, toDays: 31 },
  { label: "Over 30 days", fromDays: 31, toDays: null },
] as const;
/** When pending requests lapse, within the next 30 days. */
const LAPSE_WINDOWS = [
  { label: "Within 7 days", fromDays: 0, toDays: 7 },
  { label: "8–14 days", fromDays: 7, toDays: 14 },
  { label: "15–30 days", fromDays: 14, toDays: 30 },
] as const;

/**
 * Counts for the overview pages, each one aggregate query on an index: accounts by status
 * (status, lapseAt), pending reviews by age (status, createdAt), lapsing requests (status,
 * lapseAt), and a partner's own requests (requesterId, createdAt). No row is loaded.
 */
export class InsightsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  systemOverview(user: UserEntity): Promise<SystemOverview> {
    if (!user.isStaff) throw new NotAllowedError("Only operator staff may see the overview.");
    const now = this.clock.now().getTime();
    return this.db.read(async (em) => {
      const byStatus = (await em
        .createQueryBuilder(SmartAccountEntity, "a")
        .select("a.status", "status")
        .addSelect("COUNT(*)", "n")
        .groupBy("a.status")
        .getRawMany()) as { status: SmartAccountStatus; n: number | string }[];

      // Each bucket a SUM over the index range (status, createdAt): one row comes back.
      const reviews = em
        .createQueryBuilder(DomainReviewEntity, "d")
        .where("d.status = :pending", { pending: "PENDING_APPROVAL" });
      REVIEW_AGES.forEach((bucket, i) => {
        const newest = new Date(now - bucket.fromDays * DAY);
        const conditions = [`d.createdAt <= :newest${i}`];
        const params: Record<string, Date> = { [`newest${i}`]: newest };
        if (bucket.toDays !== null) {
          conditions.push(`d.createdAt > :oldest${i}`);
          params[`oldest${i}`] = new Date(now - bucket.toDays * DAY);
        }
        reviews.addSelect(`SUM(CASE WHEN ${conditions.join(" AND ")} THEN 1 ELSE 0 END)`, `b${i}`);
        reviews.setParameters({ ...reviews.getParameters(), ...params });
      });
      const reviewRow = ((await reviews.getRawOne()) ?? {}) as Record<string, unknown>;

      const lapsing = em
        .createQueryBuilder(SmartAccountEntity, "a")
        .where("a.status IN (:...lapsing)", { lapsing: LAPSING_STATUSES })
        .andWhere("a.lapseAt > :now AND a.lapseAt <= :horizon", {
          now: new Date(now),
          horizon: new Date(now + 30 * DAY),
        });
      LAPSE_WINDOWS.forEach((bucket, i) => {
        lapsing.addSelect(
          `SUM(CASE WHEN a.lapseAt > :from${i} AND a.lapseAt <= :to${i} THEN 1 ELSE 0 END)`,
          `b${i}`,
        );
        lapsing.setParameters({
          ...lapsing.getParameters(),
          [`from${i}`]: new Date(now + bucket.fromDays * DAY),
          [`to${i}`]: new Date(now + bucket.toDays * DAY),
        });
      });
      const lapsingRow = ((await lapsing.getRawOne()) ?? {}) as Record<string, unknown>;

      const counts = new Map(byStatus.map((r) => [r.status, Number(r.n)]));
      return {
        accountsByStatus: SMART_ACCOUNT_STATUSES.map((status) => ({
          status,
          count: counts.get(status) ?? 0,
        })),
        domainReviewsByAge: REVIEW_AGES.map((b, i) => ({
          ...b,
          count: Number(reviewRow[`b${i}`] ?? 0),
        })),
        lapsingSoon: LAPSE_WINDOWS.map((b, i) => ({
          ...b,
          count: Number(lapsingRow[`b${i}`] ?? 0),
        })),
      };
    });
  }

  /** A partner's requests for customers, by status: only the requests this partner made. */
  partnerRequestsByStatus(user: UserEntity): Promise<StatusCount[]> {
    if (user.organisationType !== "PARTNER") {
      throw new NotAllowedError("Only partners have customers' requests.");
    }
    return this.db.read(async (em) => {
      const rows = (await em
        .createQueryBuilder(SmartAccountEntity, "a")
        .select("a.status", "status")
        .addSelect("COUNT(*)", "n")
        .where("a.requesterId = :me", { me: user.id })
        .andWhere("a.channel = :channel", { channel: "PARTNER_FOR_CUSTOMER" })
        .groupBy("a.status")
        .getRawMany()) as { status: SmartAccountStatus; n: number | string }[];
      const counts = new Map(rows.map((r) => [r.status, Number(r.n)]));
      return SMART_ACCOUNT_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
    });
  }
}
