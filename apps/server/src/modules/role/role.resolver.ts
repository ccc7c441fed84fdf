import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import { RoleService, type AccountUser } from "./role.service";
import { SetAccountUserRolesInput } from "./dto/role.inputs";
import { AccountUserType, SetAccountUserRolesPayload } from "./role.types";

@Resolver()
export class RoleResolver {
  constructor(private readonly roles: RoleService) {}

  @Authorized()
  @Query(() => [AccountUserType], {
    description: "Everyone holding roles on an account (administrators and approvers see it).",
  })
  accountUsers(
    @Arg("smartAccountId", () => ID, { description: "The account." }) smartAccountId: string,
    @Ctx() ctx: Context,
  ): Promise<AccountUser[]> {
    return this.roles.users(requireAuth(ctx).user, smartAccountId);
  }

  @Authorized("VERIFIED")
  @Mutation(() => SetAccountUserRolesPayload, {
    description:
      "An administrator sets the roles one email holds (add, change or remove a user); never removes the last administrator; APPROVER only for the account's domain.",
  })
  async setAccountUserRoles(
    @Arg("input", { description: "The email and its roles." }) input: SetAccountUserRolesInput,
    @Ctx() ctx: Context,
  ): Promise<{ user: AccountUser }> {
    return {
      user: await this.roles.setUserRoles(
        requireAuth(ctx).user,
        input.smartAccountId,
        input.email,
        input.roles.map((r) => ({ role: r.role, virtualAccountIds: r.virtualAccountIds ?? [] })),
        ctx.client,
      ),
    };
  }
}
