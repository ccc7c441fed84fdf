import { Field, InputType } from "type-graphql";
import { IsIn, IsOptional, MaxLength } from "class-validator";
import { SmartAccountStatusEnum } from "../../smart-account/smart-account.types";
import { SMART_ACCOUNT_STATUSES } from "../../smart-account/smart-account.entity";

@InputType({ description: "Narrow the directory." })
export class DirectoryFilter {
  @Field(() => SmartAccountStatusEnum, {
    nullable: true,
    description: "Only accounts in this status.",
  })
  @IsOptional()
  @IsIn([...SMART_ACCOUNT_STATUSES])
  status?: string | null;

  @Field(() => String, { nullable: true, description: "Only accounts whose name starts so." })
  @IsOptional()
  @MaxLength(200)
  namePrefix?: string | null;
}
