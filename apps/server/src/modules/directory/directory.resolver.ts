import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { cursorOfEdge, lazyEdge } from "../../common/pagination";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import { selectedFields } from "../../graphql/selection";
import { cardColumnsSuffice, preloadAccountFields } from "../smart-account/account-preload";
import type { SmartAccountStatus } from "../smart-account/smart-account.entity";
import { DirectoryService, type DirectoryOrder } from "./directory.service";
import { DirectoryFilter } from "./dto/directory.inputs";
import {
  DirectoryConnection,
  DirectoryOrderEnum,
  SmartAccountSearchConnection,
} from "./directory.types";

@Resolver()
export class DirectoryResolver {
  constructor(private readonly directoryService: DirectoryService) {}

  // Unverified users cannot list or search: their email proves nothing yet.
  @Authorized("VERIFIED")
  @Query(() => DirectoryConnection, {
    description:
      '"Your Smart and Virtual Account access": accounts you hold a role in, then those with your access request, those you asked to create, and those on your email domain.',
  })
  async directory(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 50, description: "How many to return (1 to 100)." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "A cursor from a previous page." })
    after: string | null,
    @Arg("filter", () => DirectoryFilter, { nullable: true, description: "Narrow the rows." })
    filter: DirectoryFilter | null,
    @Arg("order", () => DirectoryOrderEnum, {
      defaultValue: "RELEVANCE",
      description: "The rows' order; a cursor works only with the order it came from.",
    })
    order: DirectoryOrder,
    @Info() info: GraphQLResolveInfo,
  ) {
    const fields = selectedFields(info, ["edges", "node", "smartAccount"]);
    const page = await this.directoryService.directory(
      requireAuth(ctx).user,
      first,
      after,
      {
        status: (filter?.status as SmartAccountStatus | null | undefined) ?? null,
        namePrefix: filter?.namePrefix ?? null,
      },
      order,
      ctx.reads,
      cardColumnsSuffice(fields),
    );
    // The lists the page's rows carry copies of are not read again (only those without one).
    for (const { node } of page.edges) ctx.loaders.primeLists(node.account.id, node.lists);
    await preloadAccountFields(
      ctx.loaders,
      page.edges.map((e) => e.node.account),
      fields,
    );
    return {
      ...page,
      edges: page.edges.map((e) =>
        lazyEdge({ reason: e.node.reason, smartAccount: e.node.account }, e, cursorOfEdge),
      ),
    };
  }

  // Unverified users cannot list or search: their email proves nothing yet.
  @Authorized("VERIFIED")
  @Query(() => SmartAccountSearchConnection, {
    description:
      "Any account by name prefix or identifier (prefix, or every account on a top-level domain); restricted accounts only on an exact full name or identifier.",
  })
  async searchSmartAccounts(
    @Ctx() ctx: Context,
    @Arg("query", { description: "What to look for." }) query: string,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many to return (1 to 100)." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "A cursor from a previous page." })
    after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const fields = selectedFields(info, ["edges", "node"]);
    const { lists, ...page } = await this.directoryService.search(
      query,
      first,
      after,
      ctx.reads,
      cardColumnsSuffice(fields),
    );
    page.edges.forEach((e, i) => ctx.loaders.primeLists(e.node.id, lists[i]));
    await preloadAccountFields(
      ctx.loaders,
      page.edges.map((e) => e.node),
      fields,
    );
    return page;
  }
}
