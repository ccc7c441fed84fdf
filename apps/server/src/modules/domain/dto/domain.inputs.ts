import { IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Act on one domain review." })
export class DomainRefInput {
  @Field(() => ID, { description: "The domain review." })
  @IsUUID("all", { message: "Not a domain review id." })
  domainId: string;
}

@InputType({ description: "Reject an identifier." })
export class RejectDomainInput {
  @Field(() => ID, { description: "The domain review." })
  @IsUUID("all", { message: "Not a domain review id." })
  domainId: string;

  @Field({ description: "Why (required)." })
  @Length(1, 2000, { message: "Give the reason for rejecting." })
  reason: string;
}
