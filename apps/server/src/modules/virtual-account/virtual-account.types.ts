import { Field, ID, ObjectType } from "type-graphql";

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
