import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { Connection } from "../../common/pagination";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import { AccountPerson } from "../smart-account/smart-account.types";
import type { AccessRequestEntity, AccessRequestStatus } from "./access-request.entity";
import { AccessRequestService, type AccessRequestOrder } from "./access-request.service";
import {
  ApproveAccessRequestInput,
  CancelAccessRequestInput,
  DeclineAccessRequestInput,
  RequestAccessInput,
} from "./dto/access-request.inputs";
import {
  AccessRequestConnection,
  AccessRequestOrderEnum,
  AccessRequestStatusEnum,
  AccessRequestType,
  ApproveAccessRequestPayload,
  CancelAccessRequestPayload,
  DeclineAccessRequestPayload,
  RequestAccessPayload,
} from "./access-request.types";

@Resolver(() => AccessRequestType)
export class AccessRequestResolver {
  constructor(private readonly requests: AccessRequestService) {}

  @Authorized()
  @Query(() => AccessRequestConnection, {
    description:
      "With smartAccountId: that account's access requests, for its administrators. Without: the requests you made. Pending first unless ordered by date.",
  })
  accessRequests(
    @Ctx() ctx: Context,
    @Arg("smartAccountId", () => ID, { nullable: true, description: "The account you administer." })
    smartAccountId: string | null,
    @Arg("status", () => AccessRequestStatusEnum, {
      nullable: true,
      description: "Only requests in this status.",
    })
    status: AccessRequestStatus | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many to return (1 to 100)." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "A cursor from a previous page." })
    after: string | null,
    @Arg("order", () => AccessRequestOrderEnum, {
      defaultValue: "PENDING_FIRST",
      description: "The order; a cursor works only with the order it came from.",
    })
    order: AccessRequestOrder,
  ): Promise<Connection<AccessRequestEntity>> {
    return this.requests.list(requireAuth(ctx).user, smartAccountId, status, first, after, order);
  }

  @FieldResolver(() => AccountPerson, { description: "Who asked." })
  async requester(@Root() r: AccessRequestEntity, @Ctx() ctx: Context): Promise<AccountPerson> {
    const user = await ctx.loaders.user.load(r.requestedById);
    return { name: user?.name ?? "Unknown", email: user?.email ?? "" };
  }

  @FieldResolver(() => [ID], {
    description:
      "The virtual accounts the granted role is limited to; empty for the whole account.",
  })
  grantedVirtualAccountIds(@Root() r: AccessRequestEntity): string[] {
    return r.grantedVirtualAccountIds ? r.grantedVirtualAccountIds.split(",").filter(Boolean) : [];
  }

  @FieldResolver(() => String, { description: "The account's name." })
  async smartAccountName(@Root() r: AccessRequestEntity, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.account.load(r.smartAccountId))?.name ?? "";
  }

  @Authorized("VERIFIED")
  @Mutation(() => RequestAccessPayload, {
    description:
      "Ask for access to an ACTIVE account for one or more emails (and yourself), with a reason.",
  })
  async requestAccess(
    @Arg("input", { description: "The request." }) input: RequestAccessInput,
    @Ctx() ctx: Context,
  ): Promise<{ accessRequests: AccessRequestEntity[] }> {
    return {
      accessRequests: await this.requests.request(requireAuth(ctx).user, input, ctx.client),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => ApproveAccessRequestPayload, {
    description:
      "An administrator approves, optionally changing the role and scope; both the asked and the granted are kept.",
  })
  async approveAccessRequest(
    @Arg("input", { description: "The decision." }) input: ApproveAccessRequestInput,
    @Ctx() ctx: Context,
  ): Promise<{ accessRequest: AccessRequestEntity }> {
    return {
      accessRequest: await this.requests.approve(requireAuth(ctx).user, input.accessRequestId, {
        role: input.role ?? undefined,
        virtualAccountIds: input.virtualAccountIds ?? [],
      }),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => DeclineAccessRequestPayload, {
    description: "An administrator declines, with a reason.",
  })
  async declineAccessRequest(
    @Arg("input", { description: "The decision." }) input: DeclineAccessRequestInput,
    @Ctx() ctx: Context,
  ): Promise<{ accessRequest: AccessRequestEntity }> {
    return {
      accessRequest: await this.requests.decline(
        requireAuth(ctx).user,
        input.accessRequestId,
        input.reason,
      ),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => CancelAccessRequestPayload, {
    description: "The person who asked cancels a pending request.",
  })
  async cancelAccessRequest(
    @Arg("input", { description: "The request." }) input: CancelAccessRequestInput,
    @Ctx() ctx: Context,
  ): Promise<{ accessRequest: AccessRequestEntity }> {
    return {
      accessRequest: await this.requests.cancel(requireAuth(ctx).user, input.accessRequestId),
    };
  }
}
