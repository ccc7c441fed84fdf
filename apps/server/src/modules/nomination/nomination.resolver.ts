import {
  Arg,
  Authorized,
  Ctx,
  ID,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { SmartAccountType } from "../smart-account/smart-account.types";
import type { Connection } from "../../common/pagination";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import type { NominationEntity } from "./nomination.entity";
import { NominationService } from "./nomination.service";
import { DecideNominationInput, NominateCreatorsInput } from "./dto/nomination.inputs";
import {
  DecideNominationPayload,
  NominateCreatorsPayload,
  NominationConnection,
  NominationType,
  ResendNominationPayload,
} from "./nomination.types";

@Resolver(() => NominationType)
export class NominationResolver {
  constructor(private readonly nominations: NominationService) {}

  @Authorized()
  @Query(() => NominationConnection, {
    description: "Nominations sent to your verified email, newest first.",
  })
  myNominations(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many to return (1 to 100)." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "A cursor from a previous page." })
    after: string | null,
  ): Promise<Connection<NominationEntity>> {
    return this.nominations.mine(requireAuth(ctx).user, first, after);
  }

  @Authorized()
  @Query(() => NominationConnection, {
    description:
      "Nominations for an account, newest first: what its administrators and approvers see.",
  })
  accountNominations(
    @Ctx() ctx: Context,
    @Arg("smartAccountId", () => ID, { description: "The account." }) smartAccountId: string,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many to return (1 to 100)." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "A cursor from a previous page." })
    after: string | null,
  ): Promise<Connection<NominationEntity>> {
    return this.nominations.forAccount(requireAuth(ctx).user, smartAccountId, first, after);
  }

  @Authorized("VERIFIED")
  @Mutation(() => NominateCreatorsPayload, {
    description:
      "Nominate additional creators of an account pending customer acceptance or declined; accepting makes them approvers.",
  })
  async nominateCreators(
    @Arg("input", { description: "The account and the emails." }) input: NominateCreatorsInput,
    @Ctx() ctx: Context,
  ): Promise<{ nominations: NominationEntity[] }> {
    return {
      nominations: await this.nominations.nominateCreators(
        requireAuth(ctx).user,
        input.smartAccountId,
        input.emails,
        ctx.client,
      ),
    };
  }

  @FieldResolver(() => SmartAccountType, { description: "The account the nomination is for." })
  async smartAccount(@Root() n: NominationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.account.load(n.smartAccountId);
  }

  @Authorized("VERIFIED")
  @Mutation(() => ResendNominationPayload, {
    description:
      "Email a pending nomination again (whoever nominated, or an administrator; at most 3 times a day).",
  })
  async resendNomination(
    @Arg("input", { description: "The nomination." }) input: DecideNominationInput,
    @Ctx() ctx: Context,
  ): Promise<{ nomination: NominationEntity }> {
    return {
      nomination: await this.nominations.resend(
        requireAuth(ctx).user,
        input.nominationId,
        ctx.client,
      ),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => DecideNominationPayload, {
    description: "Accept a nomination made to your email.",
  })
  async acceptNomination(
    @Arg("input", { description: "The nomination." }) input: DecideNominationInput,
    @Ctx() ctx: Context,
  ): Promise<{ nomination: NominationEntity }> {
    return {
      nomination: await this.nominations.decide(requireAuth(ctx).user, input.nominationId, true),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => DecideNominationPayload, {
    description: "Reject a nomination made to your email.",
  })
  async rejectNomination(
    @Arg("input", { description: "The nomination." }) input: DecideNominationInput,
    @Ctx() ctx: Context,
  ): Promise<{ nomination: NominationEntity }> {
    return {
      nomination: await this.nominations.decide(requireAuth(ctx).user, input.nominationId, false),
    };
  }
}
