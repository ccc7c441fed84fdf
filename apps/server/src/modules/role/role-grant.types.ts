import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../../common/enum-of";

export const AccountRoleEnum = enumOf(["ADMINISTRATOR", "APPROVER", "USER", "VIEWER"] as const);
registerEnumType(AccountRoleEnum, {
  name: "AccountRole",
  description:
    "A role on a Smart Account (or, for ADMINISTRATOR, USER and VIEWER, on a virtual account).",
  valuesConfig: {
    ADMINISTRATOR: { description: "Everything; the only role that decides access requests." },
    APPROVER: {
      description:
        "Edits the account's details, sees users and history; only for an email on the account's domain.",
    },
    USER: { description: "Works in every virtual account." },
    VIEWER: { description: "Reads." },
  },
});

@ObjectType("RoleGrant", {
  description: "A role someone holds, on the whole account or on one virtual account.",
})
export class RoleGrantType {
  @Field(() => AccountRoleEnum, { description: "The role." })
  role: string;
  @Field(() => ID, {
    nullable: true,
    description: "The virtual account it is limited to; none for the whole account.",
  })
  virtualAccountId: string | null;
}
