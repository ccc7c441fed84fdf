import { IsBoolean, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { HasNoLink } from "../../common/validators";

@ObjectType("VirtualAccount", { description: "A named sub-account of a Smart Account; they nest." })
export class VirtualAccountType {
  @Field(() => ID, { description: "The virtual account's id." })
  id: string;
  @Field({ description: "Its name." })
  name: string;
  @Field(() => String, { nullable: true, description: "Its description." })
  description: string | null;
  @Field({ description: "Whether it is the account's default one." })
  isDefault: boolean;
  @Field(() => ID, { nullable: true, description: "The virtual account it is nested under." })
  parentId: string | null;
  @Field({ description: "When it was made." })
  createdAt: Date;
}

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

function vaPayload(name: string, description: string) {
  @ObjectType(name, { description })
  class Payload {
    @Field(() => VirtualAccountType, { description: "The virtual account." })
    virtualAccount: VirtualAccountType;
  }
  return Payload;
}

export const CreateVirtualAccountPayload = vaPayload(
  "CreateVirtualAccountPayload",
  "The new virtual account.",
);
export const UpdateVirtualAccountPayload = vaPayload(
  "UpdateVirtualAccountPayload",
  "The virtual account, as it is now.",
);
export const DeleteVirtualAccountPayload = vaPayload(
  "DeleteVirtualAccountPayload",
  "The deleted virtual account.",
);
