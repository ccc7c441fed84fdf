import { IsDate, IsIn, IsOptional, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ApiTokenScopeEnum } from "../api-token.types";

@InputType({ description: "Create an API token." })
export class CreateApiTokenInput {
  @Field({ description: "A name to recognise the token by (1 to 100 characters)." })
  @Length(1, 100, { message: "Enter a name of 1 to 100 characters." })
  name: string;

  @Field(() => ApiTokenScopeEnum, { description: "What the token may do." })
  @IsIn(Object.values(ApiTokenScopeEnum))
  scope: keyof typeof ApiTokenScopeEnum;

  @Field(() => Date, {
    nullable: true,
    description: "When the token stops working; none for a token that does not expire.",
  })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}

@InputType({ description: "Revoke an API token." })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: "The token's id." })
  @IsUUID("all", { message: "Not an API token id." })
  id: string;
}
