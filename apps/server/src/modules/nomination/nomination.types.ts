import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../../common/pagination";

export const NominationKindEnum = {
  ADMINISTRATOR: "ADMINISTRATOR",
  USER: "USER",
  CREATOR: "CREATOR",
  APPROVER: "APPROVER",
} as const;
registerEnumType(NominationKindEnum, {
  name: "NominationKind",
  description: "What an email is nominated for.",
  valuesConfig: {
    ADMINISTRATOR: {
      description:
        "Administrator of the account, from the request; takes effect once it is ACTIVE.",
    },
    USER: {
      description: "User of the account, added by a partner; takes effect once it is ACTIVE.",
    },
    CREATOR: {
      description:
        "Additional creator of a pending or declined account; accepting makes the nominee an approver.",
    },
    APPROVER: { description: "The record of a forward to this approver." },
  },
});

export const NominationStatusEnum = {
  PENDING: "PENDING",
  ACCEPTED: "ACCEPTED",
  REJECTED: "REJECTED",
  WITHDRAWN: "WITHDRAWN",
  EXPIRED: "EXPIRED",
} as const;
registerEnumType(NominationStatusEnum, {
  name: "NominationStatus",
  description: "Where a nomination stands.",
  valuesConfig: {
    PENDING: { description: "Waiting for the nominee." },
    ACCEPTED: { description: "Accepted." },
    REJECTED: { description: "Rejected by the nominee." },
    WITHDRAWN: { description: "Withdrawn (the request was cancelled or decided by someone else)." },
    EXPIRED: { description: "Not decided in time." },
  },
});

@ObjectType("Nomination", {
  description: "An email proposed for something, accepted or rejected by that person.",
})
export class NominationType {
  @Field(() => ID, { description: "The nomination's id." })
  id: string;
  @Field(() => NominationKindEnum, { description: "What the email is nominated for." })
  kind: string;
  @Field({ description: "The nominee's email." })
  email: string;
  @Field(() => NominationStatusEnum, { description: "Where it stands." })
  status: string;
  @Field(() => String, { nullable: true, description: "The message that came with it." })
  message: string | null;
  @Field(() => ID, { description: "The account it is for." })
  smartAccountId: string;
  @Field({ description: "When it was made." })
  createdAt: Date;
  @Field(() => Date, {
    nullable: true,
    description:
      "When the nominee was last emailed; empty while it waits for the account to become active.",
  })
  sentAt: Date | null;
  @Field(() => Date, { nullable: true, description: "When it expires." })
  expiresAt: Date | null;
  @Field(() => Date, { nullable: true, description: "When it was decided." })
  decidedAt: Date | null;
}

export const { ConnectionType: NominationConnection } = connectionTypes(
  NominationType,
  "Nomination",
  "A nomination",
  "nominations",
);

@ObjectType({ description: "The nominations made." })
export class NominateCreatorsPayload {
  @Field(() => [NominationType], {
    description: "The new nominations (emails already nominated are skipped).",
  })
  nominations: NominationType[];
}

@ObjectType({ description: "The nomination sent again." })
export class ResendNominationPayload {
  @Field(() => NominationType, { description: "The nomination." })
  nomination: NominationType;
}

@ObjectType({ description: "The nomination decided." })
export class DecideNominationPayload {
  @Field(() => NominationType, { description: "The nomination, now decided." })
  nomination: NominationType;
}
