import { Field, Int, ObjectType } from "type-graphql";
import { SmartAccountStatusEnum } from "../smart-account/smart-account.types";

@ObjectType({ description: "How many Smart Accounts are in one status." })
export class StatusCount {
  @Field(() => SmartAccountStatusEnum, { description: "The status." })
  status: string;
  @Field(() => Int, { description: "How many accounts are in it." })
  count: number;
}

@ObjectType({ description: "How many items fall in a span of days." })
export class DayBucket {
  @Field({ description: 'The span in words, such as "1–7 days".' })
  label: string;
  @Field(() => Int, { description: "First day of the span (inclusive)." })
  fromDays: number;
  @Field(() => Int, { nullable: true, description: "Day the span ends (exclusive); null: open." })
  toDays: number | null;
  @Field(() => Int, { description: "How many items fall in it." })
  count: number;
}

@ObjectType({ description: "The operator's figures: counts only, computed when asked." })
export class SystemOverview {
  @Field(() => [StatusCount], { description: "Every Smart Account by status (every status)." })
  accountsByStatus: StatusCount[];
  @Field(() => [DayBucket], {
    description: "Identifiers waiting for a domain approver, by how long they have waited.",
  })
  domainReviewsByAge: DayBucket[];
  @Field(() => [DayBucket], {
    description: "Pending and declined requests that lapse in the next 30 days, by when.",
  })
  lapsingSoon: DayBucket[];
}

@ObjectType("PendingCounts", {
  description:
    "What waits for the signed-in person: the numbers beside the console's navigation. Each counts only once your email is verified.",
})
export class PendingCountsType {
  @Field(() => Int, {
    description: "Requests waiting for you as an approver (what pendingApprovals lists).",
  })
  approvals: number;

  @Field(() => Int, {
    description:
      "Pending access requests on the accounts you administer (the ones you may decide).",
  })
  accessRequests: number;

  @Field(() => Int, {
    nullable: true,
    description: "Identifiers waiting for a domain approver; null unless you are staff.",
  })
  domainReviews: number | null;
}
