import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { Connection } from "../../common/pagination";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import { whenSettled } from "../../common/settled";
import { selectedFields } from "../../graphql/selection";
import { prefetchAccountPage } from "./account-preload";
import { ApprovalService } from "../lifecycle/approval.service";
import type { SmartAccountEntity } from "./smart-account.entity";
import { SmartAccountService } from "./smart-account.service";
import { nextStep } from "./smart-account.states";
import {
  ADMIN_READERS,
  AccountEventType,
  AccountPerson,
  Company,
  DETAILS_READERS,
  DomainCheck,
  NextStep,
  RequestChannelEnum,
  RequestOrderEnum,
  SmartAccountConnection,
  SmartAccountType,
} from "./smart-account.types";
import { DomainCheckFlowEnum, DomainType } from "../domain/domain.types";
import type { RequestFlow } from "../domain/identifier-rules";
import { VirtualAccountType } from "../virtual-account/virtual-account.types";
import { RoleGrantType } from "../role/role-grant.types";
import {
  assertSee,
  mayRead,
  readableVirtualAccounts,
  type FieldGroup,
} from "../policy/account-policy";
import { RequestableRoleEnum } from "../access-request/access-request.types";

const PAGE = { defaultValue: 20, description: "How many to return (1 to 100)." };
const AFTER = { nullable: true, description: "A cursor from a previous page." };

@Resolver(() => SmartAccountType)
export class SmartAccountResolver {
  constructor(
    private readonly accounts: SmartAccountService,
    private readonly approvals: ApprovalService,
  ) {}

  // ---------------------------------------------------------------- queries

  @Authorized()
  @Query(() => SmartAccountType, {
    description:
      "One Smart Account: its public card for any verified user if it is UNRESTRICTED, more for those the account policy lets read more (each field says who); a RESTRICTED account is NOT_FOUND without a relation to it.",
  })
  async smartAccount(
    @Arg("id", () => ID, { description: "The account ID." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SmartAccountEntity> {
    requireAuth(ctx);
    // Through the request's loaders: the account and the caller's relation are read once, and
    // every field resolver below asks the policy with the same cached relation. A query asking
    // for this alone may be read from a replica (graphql/read-routing.ts): it shows, and
    // decides nothing.
    // The caller's relation rows need only the id: read while the account is.
    // So do the reads its selected fields make by the id (each field still asks the policy).
    const reading = ctx.loaders.account.load(id);
    prefetchAccountPage(ctx.loaders, id, reading, selectedFields(info, []));
    const [account] = await Promise.all([reading, ctx.loaders.relationRows.load(id)]);
    return assertSee(account, account ? await ctx.loaders.relation.load(account) : null);
  }

  @Authorized("VERIFIED")
  @Query(() => DomainCheck, {
    description:
      "Checks an account domain identifier before a request: validity, top-level domain, whether review is needed, what the request of the given flow would refuse (by the rules that request applies), and the accounts already on that domain with what may be done with each.",
  })
  async checkDomain(
    @Arg("domainIdentifier", { description: "The identifier to check." }) domainIdentifier: string,
    @Arg("approverEmail", () => String, {
      nullable: true,
      description: "The (first) approver's email; you, if none.",
    })
    approverEmail: string | null,
    @Arg("flow", () => DomainCheckFlowEnum, {
      defaultValue: "MY_COMPANY",
      description:
        "Which request the identifier is for: its refusals are those that request would make.",
    })
    flow: RequestFlow,
    @Ctx() ctx: Context,
  ): Promise<DomainCheck> {
    const check = await this.accounts.checkDomain(
      requireAuth(ctx).user,
      domainIdentifier,
      approverEmail,
      flow,
    );
    return {
      ...check,
      existingAccounts: check.existingAccounts.map(({ account, ...what }) => ({
        id: account.id,
        name: account.name,
        domainIdentifier: account.domainIdentifier,
        status: account.status,
        visibility: account.visibility,
        ...what,
      })),
    };
  }

  @Authorized()
  @Query(() => SmartAccountConnection, {
    description: "The accounts you requested, by the date asked (newest first unless ordered).",
  })
  myRequests(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, PAGE) first: number,
    @Arg("after", () => String, AFTER) after: string | null,
    @Arg("order", () => RequestOrderEnum, {
      defaultValue: "NEWEST_FIRST",
      description: "Newest or oldest first; a cursor works only with the order it came from.",
    })
    order: keyof typeof RequestOrderEnum,
  ): Promise<Connection<SmartAccountEntity>> {
    return this.accounts.myRequests(requireAuth(ctx).user, first, after, order);
  }

  @Authorized()
  @Query(() => SmartAccountConnection, {
    description:
      "Requests waiting for you as an approver (acceptance, or the company address), newest first.",
  })
  pendingApprovals(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, PAGE) first: number,
    @Arg("after", () => String, AFTER) after: string | null,
  ): Promise<Connection<SmartAccountEntity>> {
    return this.accounts.pendingApprovals(requireAuth(ctx).user, first, after);
  }

  @Authorized()
  @Query(() => SmartAccountType, {
    description:
      "The request behind an emailed approval link, for the signed-in approver it was sent to; a spent or expired link is a CONFLICT.",
  })
  approvalRequest(
    @Arg("token", { description: "The token from the link." }) token: string,
    @Ctx() ctx: Context,
  ) {
    return this.approvals.followLink(requireAuth(ctx).user, token);
  }

  // ---------------------------------------------------------------- fields
  // The card (id, name, identifier, top-level domain, status, visibility) is on the type; every
  // other field asks the account policy, so each path that returns an account (by id, directory,
  // search, requests, approvals, nominations, payloads) shows a caller the same of it.

  // The field resolvers return plain values when the caller's relation is already read (a list
  // preloads its page's), so graphql-js completes the page without a promise per field.
  private may(a: SmartAccountEntity, ctx: Context, group: FieldGroup): boolean | Promise<boolean> {
    return whenSettled(
      ctx.loaders.relation.get(a),
      (relation) => relation !== null && mayRead(a, relation, group),
    );
  }

  /** `value` of the account for those who may read its `group`, null for anyone else. */
  private ifMay<T>(
    a: SmartAccountEntity,
    ctx: Context,
    group: FieldGroup,
    value: () => T,
  ): T | null | Promise<T | null> {
    return whenSettled(this.may(a, ctx, group), (ok) => (ok ? value() : null));
  }

  @FieldResolver(() => RequestChannelEnum, {
    nullable: true,
    description: `How it was requested. ${DETAILS_READERS}`,
  })
  channel(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () => a.channel);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `The message the requester left for the approvers. ${DETAILS_READERS}`,
  })
  messageToApprovers(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () => a.messageToApprovers);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `The note to the domain approver. ${DETAILS_READERS}`,
  })
  noteToDomainApprover(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () => a.noteToDomainApprover);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `The note to the users added. ${DETAILS_READERS}`,
  })
  noteToUsers(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () => a.noteToUsers);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Why an approver denied it. ${DETAILS_READERS}`,
  })
  declineReason(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () => a.declineReason);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: `When it was requested. ${DETAILS_READERS}`,
  })
  createdAt(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () => a.createdAt);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: `When it became active. ${DETAILS_READERS}`,
  })
  activatedAt(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () => a.activatedAt);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: `When it lapses unless completed. ${DETAILS_READERS}`,
  })
  lapseAt(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () => a.lapseAt);
  }

  @FieldResolver(() => Company, {
    nullable: true,
    description: `Company name and headquarters address, if given. ${DETAILS_READERS}`,
  })
  company(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    const name = a.companyName;
    if (!name) return null;
    return this.ifMay(a, ctx, "DETAILS", (): Company => ({
      name,
      country: a.country ?? "",
      addressLine: a.addressLine ?? "",
      city: a.city ?? "",
      region: a.region ?? "",
      postalCode: a.postalCode ?? "",
    }));
  }

  @FieldResolver(() => AccountPerson, {
    nullable: true,
    description: `Who requested the account. ${DETAILS_READERS}`,
  })
  requester(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () =>
      whenSettled(ctx.loaders.user.get(a.requesterId), (user): AccountPerson => ({
        name: user?.name ?? "Unknown",
        email: user?.email ?? "",
      })),
    );
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: `The current approver emails; any of them may decide. ${DETAILS_READERS}`,
  })
  approvers(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () => this.approverEmails(a, ctx));
  }

  private approverEmails(a: SmartAccountEntity, ctx: Context) {
    return whenSettled(ctx.loaders.approvers.get(a.id), (rows) => rows.map((r) => r.email));
  }

  /** The latest review of the account's identifier, or null. */
  private latestReview(a: SmartAccountEntity, ctx: Context) {
    return whenSettled(ctx.loaders.domains.get(a.id), (reviews) => reviews[0] ?? null);
  }

  @FieldResolver(() => DomainType, {
    nullable: true,
    description: `The latest review of its identifier, if it needed one. ${DETAILS_READERS}`,
  })
  domain(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () => this.latestReview(a, ctx));
  }

  @FieldResolver(() => [VirtualAccountType], {
    nullable: true,
    description:
      "Its virtual accounts: all of them for the account's role holders, staff, and (while it is provisional) its requester and pending approvers; for someone holding roles only in some virtual accounts, those; null for anyone else.",
  })
  virtualAccounts(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return whenSettled(ctx.loaders.relation.get(a), (relation) => {
      if (!relation) return null;
      const readable = readableVirtualAccounts(a, relation);
      if (readable !== "ALL" && readable.size === 0) return null;
      return whenSettled(ctx.loaders.virtualAccounts.get(a.id), (all) =>
        readable === "ALL" ? all : all.filter((va) => readable.has(va.id)),
      );
    });
  }

  @FieldResolver(() => [String], {
    description: "Its administrators' emails (admin contacts, as CLC shows them to anyone).",
  })
  administrators(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return whenSettled(ctx.loaders.administrators.get(a.id), (rows) => rows.map((r) => r.email));
  }

  @FieldResolver(() => RequestableRoleEnum, {
    nullable: true,
    description: `Access requests from verified emails on its domain are approved automatically up to this role. ${ADMIN_READERS}`,
  })
  autoApproveUpTo(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "ADMIN", () => a.autoApproveUpTo);
  }

  @FieldResolver(() => [RoleGrantType], {
    description: "Your roles on the account (by your verified email).",
  })
  myRoles(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    // Read with the caller's other relations to the account (one statement for the page).
    return whenSettled(ctx.loaders.relation.get(a), (relation) => relation?.grants ?? []);
  }

  @FieldResolver(() => [AccountEventType], {
    nullable: true,
    description: `Every event of the account, in order. ${ADMIN_READERS}`,
  })
  history(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return whenSettled(this.may(a, ctx, "ADMIN"), (ok) =>
      ok ? ctx.loaders.history.get(a.id) : null,
    );
  }

  @FieldResolver(() => NextStep, {
    nullable: true,
    description: `What has to happen next, and who must do it. ${DETAILS_READERS}`,
  })
  nextStep(@Root() a: SmartAccountEntity, @Ctx() ctx: Context) {
    return this.ifMay(a, ctx, "DETAILS", () =>
      nextStep(a, {
        review: () => this.latestReview(a, ctx),
        approvers: () => this.approverEmails(a, ctx),
        requester: () =>
          whenSettled(ctx.loaders.user.get(a.requesterId), (user) => user?.email ?? null),
      }),
    );
  }
}
