import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../../common/pagination";
import { AccountRoleEnum } from "../role/role-grant.types";

export const AccessRequestStatusEnum = {
  PENDING: "PENDING",
  APPROVED: "APPROVED",
  DECLINED: "DECLINED",
  CANCELLED: "CANCELLED",
} as const;
registerEnumType(AccessRequestStatusEnum, {
  name: "AccessRequestStatus",
  description: "Where an access request stands.",
  valuesConfig: {
    PENDING: { description: "Waiting for an administrator." },
    APPROVED: { description: "Approved; the role was granted." },
    DECLINED: { description: "Declined, with a reason." },
    CANCELLED: { description: "Cancelled by the person who asked." },
  },
});

export const AccessRequestOrderEnum = {
  PENDING_FIRST: "PENDING_FIRST",
  NEWEST_FIRST: "NEWEST_FIRST",
  OLDEST_FIRST: "OLDEST_FIRST",
} as const;
registerEnumType(AccessRequestOrderEnum, {
  name: "AccessRequestOrder",
  description: "The order of a list of access requests; every order is paged by cursor.",
  valuesConfig: {
    PENDING_FIRST: { description: "Pending requests first, then decided; newest first in each." },
    NEWEST_FIRST: { description: "By the date asked, newest first." },
    OLDEST_FIRST: { description: "By the date asked, oldest first." },
  },
});

export const RequestableRoleEnum = {
  ADMINISTRATOR: "ADMINISTRATOR",
  USER: "USER",
  VIEWER: "VIEWER",
} as const;
registerEnumType(RequestableRoleEnum, {
  name: "RequestableRole",
  description: "The roles access may be asked for.",
  valuesConfig: {
    ADMINISTRATOR: { description: "Administrator." },
    USER: { description: "User." },
    VIEWER: { description: "Viewer." },
  },
});

@ObjectType("AccessRequest", { description: "That one email get a role on an ACTIVE account." })
export class AccessRequestType {
  @Field(() => ID, { description: "The request's id." })
  id: string;
  @Field(() => ID, { description: "The account." })
  smartAccountId: string;
  @Field({ description: "Who is to get access." })
  email: string;
  @Field({ description: "Why, in the asker's words." })
  reason: string;
  @Field(() => AccountRoleEnum, { description: "The role asked for." })
  askedRole: string;
  @Field(() => AccessRequestStatusEnum, { description: "Where it stands." })
  status: string;
  @Field(() => AccountRoleEnum, { nullable: true, description: "The role granted." })
  grantedRole: string | null;
  @Field(() => String, { nullable: true, description: "Why it was declined." })
  declineReason: string | null;
  @Field({ description: "Whether the account's automation approved it." })
  autoApproved: boolean;
  @Field({ description: "When it was asked." })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: "When it was decided." })
  decidedAt: Date | null;
}

export const { ConnectionType: AccessRequestConnection } = connectionTypes(
  AccessRequestType,
  "AccessRequest",
  "An access request",
  "access requests",
);

@ObjectType({ description: "The access requests made." })
export class RequestAccessPayload {
  @Field(() => [AccessRequestType], {
    description: "One per email; approved at once where the account's automation allows.",
  })
  accessRequests: AccessRequestType[];
}

function requestPayload(name: string, description: string) {
  @ObjectType(name, { description })
  class Payload {
    @Field(() => AccessRequestType, { description: "The request, as it is now." })
    accessRequest: AccessRequestType;
  }
  return Payload;
}

export const ApproveAccessRequestPayload = requestPayload(
  "ApproveAccessRequestPayload",
  "The approved request.",
);
export const DeclineAccessRequestPayload = requestPayload(
  "DeclineAccessRequestPayload",
  "The declined request.",
);
export const CancelAccessRequestPayload = requestPayload(
  "CancelAccessRequestPayload",
  "The cancelled request.",
);
