import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import type { VirtualAccountEntity } from "./virtual-account.entity";
import { VirtualAccountService } from "./virtual-account.service";
import {
  CreateVirtualAccountInput,
  DeleteVirtualAccountInput,
  UpdateVirtualAccountInput,
} from "./dto/virtual-account.inputs";
import {
  CreateVirtualAccountPayload,
  DeleteVirtualAccountPayload,
  UpdateVirtualAccountPayload,
} from "./virtual-account.types";

type Payload = { virtualAccount: VirtualAccountEntity };

@Resolver()
export class VirtualAccountResolver {
  constructor(private readonly virtualAccounts: VirtualAccountService) {}

  @Authorized("VERIFIED")
  @Mutation(() => CreateVirtualAccountPayload, {
    description: "An administrator creates a virtual account, optionally nested.",
  })
  async createVirtualAccount(
    @Arg("input", { description: "The virtual account." }) input: CreateVirtualAccountInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    return {
      virtualAccount: await this.virtualAccounts.create(
        requireAuth(ctx).user,
        input.smartAccountId,
        input,
      ),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => UpdateVirtualAccountPayload, {
    description: "An administrator renames, describes, moves or makes default a virtual account.",
  })
  async updateVirtualAccount(
    @Arg("input", { description: "The change." }) input: UpdateVirtualAccountInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    return {
      virtualAccount: await this.virtualAccounts.update(
        requireAuth(ctx).user,
        input.virtualAccountId,
        input,
      ),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => DeleteVirtualAccountPayload, {
    description: "An administrator deletes an empty virtual account (not the default).",
  })
  async deleteVirtualAccount(
    @Arg("input", { description: "The virtual account." }) input: DeleteVirtualAccountInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    return {
      virtualAccount: await this.virtualAccounts.delete(
        requireAuth(ctx).user,
        input.virtualAccountId,
      ),
    };
  }
}
