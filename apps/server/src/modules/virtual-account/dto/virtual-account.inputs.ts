import { IsBoolean, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { HasNoLink } from "../../../common/validators";

@InputType({ description: "Create a virtual account." })
export class CreateVirtualAccountInput {
  @Field(() => ID, { description: "The Smart Account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field({ description: "Its name (1 to 100 characters, unique in the account)." })
  @Length(1, 100, { message: "Enter a name of 1 to 100 characters." })
  @HasNoLink()
  name: string;

  @Field(() => String, { nullable: true, description: "A description." })
  @IsOptional()
  @MaxLength(1000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "The virtual account to nest it under." })
  @IsOptional()
  @IsUUID("all", { message: "Not a virtual account id." })
  parentId?: string | null;
}

@InputType({ description: "Rename, describe, move or make default a virtual account." })
export class UpdateVirtualAccountInput {
  @Field(() => ID, { description: "The virtual account." })
  @IsUUID("all", { message: "Not a virtual account id." })
  virtualAccountId: string;

  @Field(() => String, { nullable: true, description: "A new name." })
  @IsOptional()
  @Length(1, 100, { message: "Enter a name of 1 to 100 characters." })
  @HasNoLink()
  name?: string | null;

  @Field(() => String, { nullable: true, description: "A new description." })
  @IsOptional()
  @MaxLength(1000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Move it under this virtual account." })
  @IsOptional()
  @IsUUID("all", { message: "Not a virtual account id." })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Move it to the top level." })
  @IsOptional()
  @IsBoolean()
  moveToTop?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Make it the account's default one." })
  @IsOptional()
  @IsBoolean()
  makeDefault?: boolean | null;
}

@InputType({ description: "Delete an empty virtual account." })
export class DeleteVirtualAccountInput {
  @Field(() => ID, { description: "The virtual account." })
  @IsUUID("all", { message: "Not a virtual account id." })
  virtualAccountId: string;
}
