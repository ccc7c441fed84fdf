import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import {
  ApproveSmartAccountInput,
  DenySmartAccountInput,
  ForwardSmartAccountInput,
  ProvideCompanyAddressInput,
  RequestSmartAccountForCustomerInput,
  RequestSmartAccountInput,
  SmartAccountRefInput,
} from "../smart-account/dto/smart-account.inputs";
import type { SmartAccountEntity } from "../smart-account/smart-account.entity";
import {
  ApproveSmartAccountPayload,
  CancelSmartAccountPayload,
  DenySmartAccountPayload,
  ForwardSmartAccountPayload,
  ProvideCompanyAddressPayload,
  RequestSmartAccountForCustomerPayload,
  RequestSmartAccountPayload,
  ResendApprovalEmailPayload,
} from "../smart-account/smart-account.types";
import { AccountLifecycle } from "./account-lifecycle.service";
import { ApprovalService } from "./approval.service";

type Payload = { smartAccount: SmartAccountEntity };

/** The account's lifecycle mutations: request, cancel, resend, and the approver's decisions. */
@Resolver()
export class AccountLifecycleResolver {
  constructor(
    private readonly lifecycle: AccountLifecycle,
    private readonly approvals: ApprovalService,
  ) {}

  // ---------------------------------------------------------------- mutations

  @Authorized("VERIFIED")
  @Mutation(() => RequestSmartAccountPayload, {
    description: "Request a Smart Account for your own company (CSC).",
  })
  async requestSmartAccount(
    @Arg("input", { description: "The request." }) input: RequestSmartAccountInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    const user = requireAuth(ctx).user;
    const self = input.authorization === "REQUESTER";
    const smartAccount = await this.lifecycle.request(
      user,
      {
        channel: self ? "CUSTOMER_SELF" : "CUSTOMER_SOMEONE_ELSE",
        name: input.name,
        domainIdentifier: input.domainIdentifier,
        contactPhone: input.contactPhone,
        approverEmails: input.approverEmails ?? [],
        message: input.message,
        company: input.company,
        acceptTerms: input.acceptTerms,
        administratorEmails: input.administratorEmails,
        requestAccessForMyself: input.requestAccessForMyself,
        visibility: input.visibility,
        acknowledgeExistingAccounts: input.acknowledgeExistingAccounts,
      },
      ctx.client,
    );
    return { smartAccount };
  }

  @Authorized("VERIFIED")
  @Mutation(() => RequestSmartAccountForCustomerPayload, {
    description:
      "A partner requests a Smart Account for a customer (CLC); the customers approve it.",
  })
  async requestSmartAccountForCustomer(
    @Arg("input", { description: "The request." }) input: RequestSmartAccountForCustomerInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    const user = requireAuth(ctx).user;
    const smartAccount = await this.lifecycle.request(
      user,
      {
        channel: "PARTNER_FOR_CUSTOMER",
        name: input.name,
        domainIdentifier: input.domainIdentifier,
        contactPhone: input.contactPhone,
        approverEmails: input.customerEmails,
        message: input.noteToCustomers,
        noteToDomainApprover: input.noteToDomainApprover,
        userEmails: input.userEmails,
        noteToUsers: input.noteToUsers,
        visibility: input.visibility,
        acknowledgeExistingAccounts: input.acknowledgeExistingAccounts,
      },
      ctx.client,
    );
    return { smartAccount };
  }

  @Authorized("VERIFIED")
  @Mutation(() => CancelSmartAccountPayload, {
    description: "The requester cancels a request pending domain approval or customer acceptance.",
  })
  async cancelSmartAccount(
    @Arg("input", { description: "The account." }) input: SmartAccountRefInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    return {
      smartAccount: await this.lifecycle.cancel(requireAuth(ctx).user, input.smartAccountId),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => ResendApprovalEmailPayload, {
    description:
      "The requester emails the approvers again (at most 3 times a day; RATE_LIMITED past it).",
  })
  async resendApprovalEmail(
    @Arg("input", { description: "The account." }) input: SmartAccountRefInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    return {
      smartAccount: await this.lifecycle.resendApprovalEmail(
        requireAuth(ctx).user,
        input.smartAccountId,
        ctx.client,
      ),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => ApproveSmartAccountPayload, {
    description: "An approver approves and creates the account.",
  })
  async approveSmartAccount(
    @Arg("input", { description: "The decision." }) input: ApproveSmartAccountInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    return { smartAccount: await this.approvals.approve(requireAuth(ctx).user, input) };
  }

  @Authorized("VERIFIED")
  @Mutation(() => DenySmartAccountPayload, {
    description: "An approver denies the request, with a reason.",
  })
  async denySmartAccount(
    @Arg("input", { description: "The decision." }) input: DenySmartAccountInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    return {
      smartAccount: await this.approvals.deny(
        requireAuth(ctx).user,
        input.smartAccountId,
        input.reason,
      ),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => ForwardSmartAccountPayload, {
    description: "An approver hands the decision to another email; their own link stops working.",
  })
  async forwardSmartAccount(
    @Arg("input", { description: "The forward." }) input: ForwardSmartAccountInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    return {
      smartAccount: await this.approvals.forward(
        requireAuth(ctx).user,
        input.smartAccountId,
        input.email,
        input.message ?? null,
        ctx.client,
      ),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => ProvideCompanyAddressPayload, {
    description:
      "An approver gives the company address of an approved account, which becomes ACTIVE.",
  })
  async provideCompanyAddress(
    @Arg("input", { description: "The address." }) input: ProvideCompanyAddressInput,
    @Ctx() ctx: Context,
  ): Promise<Payload> {
    return {
      smartAccount: await this.approvals.provideCompanyAddress(
        requireAuth(ctx).user,
        input.smartAccountId,
        input.company,
      ),
    };
  }
}
