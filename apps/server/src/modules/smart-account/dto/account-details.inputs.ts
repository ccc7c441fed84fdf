import { IsIn, IsOptional, IsUUID, Length, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { HasNoLink } from "../../../common/validators";
import { RequestableRoleEnum } from "../../access-request/access-request.types";
import { AccountVisibilityEnum } from "../smart-account.types";
import { CompanyInput } from "./smart-account.inputs";

@InputType({ description: "Change an account's details." })
export class UpdateSmartAccountInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field(() => String, { nullable: true, description: "A new name." })
  @IsOptional()
  @Length(1, 200, { message: "Enter an account name of 1 to 200 characters." })
  @HasNoLink()
  name?: string | null;

  @Field(() => CompanyInput, { nullable: true, description: "A new company name and address." })
  @IsOptional()
  @ValidateNested()
  company?: CompanyInput | null;

  @Field(() => AccountVisibilityEnum, { nullable: true, description: "A new visibility." })
  @IsOptional()
  @IsIn(Object.values(AccountVisibilityEnum))
  visibility?: keyof typeof AccountVisibilityEnum | null;
}

@InputType({ description: "Turn the access automation on (with a role ceiling) or off." })
export class SetAccessAutomationInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field(() => RequestableRoleEnum, {
    nullable: true,
    description:
      "Approve requests from verified emails on the account's domain up to this role; none turns it off.",
  })
  @IsOptional()
  @IsIn(Object.values(RequestableRoleEnum))
  autoApproveUpTo?: keyof typeof RequestableRoleEnum | null;
}
