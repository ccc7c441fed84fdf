import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import { AccountDetailsService } from "./account-details.service";
import { SetAccessAutomationInput, UpdateSmartAccountInput } from "./dto/account-details.inputs";
import { SetAccessAutomationPayload, UpdateSmartAccountPayload } from "./smart-account.types";
import type { SmartAccountEntity } from "./smart-account.entity";

@Resolver()
export class AccountDetailsResolver {
  constructor(private readonly details: AccountDetailsService) {}

  @Authorized("VERIFIED")
  @Mutation(() => UpdateSmartAccountPayload, {
    description:
      "Administrators and approvers change the account's name, company and address, or visibility.",
  })
  async updateSmartAccount(
    @Arg("input", { description: "The change." }) input: UpdateSmartAccountInput,
    @Ctx() ctx: Context,
  ): Promise<{ smartAccount: SmartAccountEntity }> {
    return {
      smartAccount: await this.details.update(requireAuth(ctx).user, input.smartAccountId, input),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => SetAccessAutomationPayload, {
    description:
      "Administrators let access requests from verified emails on the account's domain be approved automatically, up to a role.",
  })
  async setAccessAutomation(
    @Arg("input", { description: "The rule." }) input: SetAccessAutomationInput,
    @Ctx() ctx: Context,
  ): Promise<{ smartAccount: SmartAccountEntity }> {
    return {
      smartAccount: await this.details.setAutomation(
        requireAuth(ctx).user,
        input.smartAccountId,
        input.autoApproveUpTo ?? null,
      ),
    };
  }
}
