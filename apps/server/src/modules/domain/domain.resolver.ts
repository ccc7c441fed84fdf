import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { Connection } from "../../common/pagination";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import { DomainRefInput, RejectDomainInput } from "./dto/domain.inputs";
import { ResubmitDomainInput } from "../smart-account/dto/smart-account.inputs";
import { ResubmitDomainPayload } from "../smart-account/smart-account.types";
import type { SmartAccountEntity } from "../smart-account/smart-account.entity";
import {
  ApproveDomainPayload,
  DomainConnection,
  DnsChallenge,
  DomainReviewReasonEnum,
  DomainStatusEnum,
  DomainType,
  RejectDomainPayload,
  VerifyDomainChallengePayload,
} from "./domain.types";
import type { DomainReviewEntity, DomainStatus } from "./domain-review.entity";
import { challengeRecord, CHALLENGE_PREFIX, DomainReviewService } from "./domain-review.service";
import { mayReadDnsChallenge } from "../policy/account-policy";
import { SmartAccountType } from "../smart-account/smart-account.types";

@Resolver()
export class DomainResolver {
  constructor(private readonly reviews: DomainReviewService) {}

  @Authorized("STAFF")
  @Query(() => DomainConnection, {
    description: "Domain approvers' queue of identifiers, oldest first.",
  })
  domainApprovals(
    @Arg("status", () => DomainStatusEnum, {
      defaultValue: "PENDING_APPROVAL",
      description: "Which reviews to list.",
    })
    status: DomainStatus,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many to return (1 to 100)." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "A cursor from a previous page." })
    after: string | null,
  ): Promise<Connection<DomainReviewEntity>> {
    return this.reviews.queue(status, first, after);
  }

  @Authorized("STAFF")
  @Mutation(() => ApproveDomainPayload, {
    description:
      "A domain approver approves an identifier; the account's approvers are then asked.",
  })
  async approveDomain(
    @Arg("input", { description: "The review." }) input: DomainRefInput,
    @Ctx() ctx: Context,
  ): Promise<{ domain: DomainReviewEntity }> {
    return { domain: await this.reviews.approve(requireAuth(ctx).user, input.domainId) };
  }

  @Authorized("STAFF")
  @Mutation(() => RejectDomainPayload, {
    description:
      "A domain approver rejects an identifier, with a reason; the requester may resubmit or cancel.",
  })
  async rejectDomain(
    @Arg("input", { description: "The review and the reason." }) input: RejectDomainInput,
    @Ctx() ctx: Context,
  ): Promise<{ domain: DomainReviewEntity }> {
    return {
      domain: await this.reviews.reject(requireAuth(ctx).user, input.domainId, input.reason),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => ResubmitDomainPayload, {
    description: "After a rejection, the requester submits another identifier (and contact phone).",
  })
  async resubmitDomain(
    @Arg("input", { description: "The new identifier." }) input: ResubmitDomainInput,
    @Ctx() ctx: Context,
  ): Promise<{ smartAccount: SmartAccountEntity }> {
    return {
      smartAccount: await this.reviews.resubmit(
        requireAuth(ctx).user,
        input.smartAccountId,
        input.domainIdentifier,
        input.contactPhone,
      ),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => VerifyDomainChallengePayload, {
    description:
      "The requester asks to look for the identifier's DNS TXT record; when found, the identifier is approved without staff.",
  })
  async verifyDomainChallenge(
    @Arg("input", { description: "The review." }) input: DomainRefInput,
    @Ctx() ctx: Context,
  ): Promise<{ verified: boolean; domain: DomainReviewEntity }> {
    const { verified, review } = await this.reviews.verifyChallenge(
      requireAuth(ctx).user,
      input.domainId,
    );
    return { verified, domain: review };
  }
}

@Resolver(() => DomainType)
export class DomainFieldResolver {
  @FieldResolver(() => [DomainReviewReasonEnum], { description: "Why it needs review." })
  reviewReasons(@Root() d: DomainReviewEntity): string[] {
    return d.reasons ? d.reasons.split(",") : [];
  }

  @FieldResolver(() => SmartAccountType, { description: "The account whose identifier it is." })
  async smartAccount(@Root() d: DomainReviewEntity, @Ctx() ctx: Context) {
    return ctx.loaders.account.load(d.smartAccountId);
  }

  @FieldResolver(() => DnsChallenge, {
    nullable: true,
    description:
      "The DNS TXT record that approves the identifier without staff (for its requester and staff).",
  })
  async dnsChallenge(
    @Root() d: DomainReviewEntity,
    @Ctx() ctx: Context,
  ): Promise<DnsChallenge | null> {
    const account = await ctx.loaders.account.load(d.smartAccountId);
    const relation = account ? await ctx.loaders.relation.load(account) : null;
    if (!account || !relation || !mayReadDnsChallenge(relation)) return null;
    return { recordName: `${CHALLENGE_PREFIX}.${d.identifier}`, recordValue: challengeRecord(d) };
  }
}
