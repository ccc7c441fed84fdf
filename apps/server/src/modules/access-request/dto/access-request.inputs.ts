import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IsDeliverableEmail } from "../../../common/validators";
import { AccountRoleEnum } from "../../role/role-grant.types";
import { RequestableRoleEnum } from "../access-request.types";

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
