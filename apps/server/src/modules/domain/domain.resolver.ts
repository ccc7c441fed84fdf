import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Connection } from "../../common/pagination";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import {
  ApproveDomainPayload,
  DomainRefInput,
  RejectDomainInput,
  RejectDomainPayload,
  ResubmitDomainInput,
  ResubmitDomainPayload,
  VerifyDomainChallengePayload,
} from "../smart-account/dto/smart-account.inputs";
import type { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { DomainConnection, DomainStatusEnum } from "../smart-account/smart-account.types";
import type { DomainReviewEntity, DomainStatus } from "./domain-review.entity";
import { DomainReviewService } from "./domain-review.service";

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
