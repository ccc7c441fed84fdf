import { Field, ObjectType } from "type-graphql";
import { RoleGrantType } from "./role-grant.types";

@ObjectType("AccountUser", {
  description: "Someone holding roles on an account (an email, registered or not yet).",
})
export class AccountUserType {
  @Field({ description: "Their email." })
  email: string;
  @Field(() => String, { nullable: true, description: "Their name, once registered." })
  name: string | null;
  @Field({
    description: "Whether a verified user owns the email (until then the roles wait for them).",
  })
  registered: boolean;
  @Field(() => [RoleGrantType], { description: "Their roles." })
  roles: RoleGrantType[];
}

@ObjectType({ description: "The user and their roles now." })
export class SetAccountUserRolesPayload {
  @Field(() => AccountUserType, { description: "The user." })
  user: AccountUserType;
}
