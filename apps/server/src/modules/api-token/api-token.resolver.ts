import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { RefusesIdempotencyKey } from "../../common/idempotency";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import type { Connection } from "../../common/pagination";
import type { ApiTokenEntity } from "./api-token.entity";
import { ApiTokenService } from "./api-token.service";
import { CreateApiTokenInput, RevokeApiTokenInput } from "./dto/api-token.inputs";
import {
  ApiTokenConnection,
  CreateApiTokenPayload,
  RevokeApiTokenPayload,
} from "./api-token.types";

@Resolver()
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Authorized()
  @Query(() => ApiTokenConnection, {
    description: "The signed-in user's API tokens, newest first.",
  })
  apiTokens(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many to return (1 to 100)." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "A cursor from a previous page." })
    after: string | null,
  ): Promise<Connection<ApiTokenEntity>> {
    return this.tokens.list(requireAuth(ctx).user.id, first, after);
  }

  @Authorized()
  @Mutation(() => CreateApiTokenPayload, {
    description:
      "Create an API token for the signed-in user. Its secret is returned only here, so this refuses an Idempotency-Key header (the answer is never stored).",
  })
  @RefusesIdempotencyKey()
  async createApiToken(
    @Arg("input", { description: "The token to create." }) input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiTokenPayload> {
    const { token, secret } = await this.tokens.create(requireAuth(ctx).user.id, input);
    return { apiToken: token, secret };
  }

  @Authorized()
  @Mutation(() => RevokeApiTokenPayload, {
    description: "Revoke one of the signed-in user's API tokens.",
  })
  async revokeApiToken(
    @Arg("input", { description: "The token to revoke." }) input: RevokeApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeApiTokenPayload> {
    return { apiToken: await this.tokens.revoke(requireAuth(ctx).user.id, input.id) };
  }
}
