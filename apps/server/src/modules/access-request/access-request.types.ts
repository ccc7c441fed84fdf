import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, Length } from "class-validator";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../../common/pagination";
import { IsDeliverableEmail } from "../../common/validators";
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

@InputType({ description: "Ask for access to an ACTIVE account." })
export class RequestAccessInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field(() => [String], {
    defaultValue: [],
    description: "The emails to get access (one request each).",
  })
  @ArrayMaxSize(20, { message: "Give at most 20 emails." })
  @IsDeliverableEmail()
  emails: string[];

  @Field({ defaultValue: false, description: '"For myself": adds your own email.' })
  @IsBoolean()
  forMyself: boolean;

  @Field({ description: "Why (required)." })
  @Length(1, 2000, { message: "Give the reason for the request." })
  reason: string;

  @Field(() => RequestableRoleEnum, { defaultValue: "USER", description: "The role asked for." })
  @IsIn(Object.values(RequestableRoleEnum))
  role: keyof typeof RequestableRoleEnum;
}

@ObjectType({ description: "The access requests made." })
export class RequestAccessPayload {
  @Field(() => [AccessRequestType], {
    description: "One per email; approved at once where the account's automation allows.",
  })
  accessRequests: AccessRequestType[];
}

@InputType({ description: "Approve an access request, with the role and scope to grant." })
export class ApproveAccessRequestInput {
  @Field(() => ID, { description: "The request." })
  @IsUUID("all", { message: "Not an access request id." })
  accessRequestId: string;

  @Field(() => AccountRoleEnum, {
    nullable: true,
    description: "The role to grant; the one asked for if none.",
  })
  @IsOptional()
  @IsIn(Object.values(AccountRoleEnum))
  role?: keyof typeof AccountRoleEnum | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Limit the role to these virtual accounts; the whole account if none.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true, message: "Not a virtual account id." })
  virtualAccountIds?: string[] | null;
}

@InputType({ description: "Decline an access request." })
export class DeclineAccessRequestInput {
  @Field(() => ID, { description: "The request." })
  @IsUUID("all", { message: "Not an access request id." })
  accessRequestId: string;

  @Field({ description: "Why (required)." })
  @Length(1, 2000, { message: "Give the reason for declining." })
  reason: string;
}

@InputType({ description: "Cancel your access request." })
export class CancelAccessRequestInput {
  @Field(() => ID, { description: "The request." })
  @IsUUID("all", { message: "Not an access request id." })
  accessRequestId: string;
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
