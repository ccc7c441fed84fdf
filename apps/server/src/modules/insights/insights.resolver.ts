import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import { InsightsService } from "./insights.service";
import { StatusCount, SystemOverview } from "./insights.types";

@Resolver()
export class InsightsResolver {
  constructor(private readonly insights: InsightsService) {}

  @Authorized("STAFF")
  @Query(() => SystemOverview, {
    description:
      "The operator's overview: accounts by status, domain reviews by age, lapses ahead.",
  })
  systemOverview(@Ctx() ctx: Context) {
    return this.insights.systemOverview(requireAuth(ctx).user);
  }

  @Authorized("VERIFIED")
  @Query(() => [StatusCount], {
    description:
      "A partner's requests for customers by status (every status): only the requests this partner made.",
  })
  customerRequestsByStatus(@Ctx() ctx: Context) {
    return this.insights.partnerRequestsByStatus(requireAuth(ctx).user);
  }
}
