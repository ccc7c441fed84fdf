import { ArrayMaxSize, ArrayMinSize, IsUUID } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IsDeliverableEmail } from "../../../common/validators";

@InputType({ description: "Nominate additional creators of a pending or declined account." })
export class NominateCreatorsInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field(() => [String], { description: "The emails to nominate (1 to 20)." })
  @ArrayMinSize(1, { message: "Give at least one email." })
  @ArrayMaxSize(20, { message: "Give at most 20 emails." })
  @IsDeliverableEmail()
  emails: string[];
}

@InputType({ description: "Decide a nomination made to you." })
export class DecideNominationInput {
  @Field(() => ID, { description: "The nomination." })
  @IsUUID("all", { message: "Not a nomination id." })
  nominationId: string;
}
