import { ArrayMaxSize, IsIn, IsOptional, IsUUID, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IsDeliverableEmail } from "../../../common/validators";
import { AccountRoleEnum } from "../role-grant.types";

@InputType({ description: "A role to hold, on the whole account or on chosen virtual accounts." })
export class RoleGrantInput {
  @Field(() => AccountRoleEnum, { description: "The role." })
  @IsIn(Object.values(AccountRoleEnum))
  role: keyof typeof AccountRoleEnum;

  @Field(() => [ID], {
    nullable: true,
    description: "Limit it to these virtual accounts; the whole account if none.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true, message: "Not a virtual account id." })
  virtualAccountIds?: string[] | null;
}

@InputType({
  description:
    "Set the roles one email holds on an account: adds, changes or (with none) removes a user.",
})
export class SetAccountUserRolesInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field({ description: "The user's email (they need not be registered yet)." })
  @IsDeliverableEmail()
  email: string;

  @Field(() => [RoleGrantInput], {
    description: "All the roles they should hold; empty removes them.",
  })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  roles: RoleGrantInput[];
}
