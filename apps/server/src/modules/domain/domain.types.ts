import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../../common/enum-of";
import { connectionTypes } from "../../common/pagination";

export const DomainStatusEnum = enumOf(["PENDING_APPROVAL", "APPROVED", "REJECTED"] as const);
registerEnumType(DomainStatusEnum, {
  name: "DomainStatus",
  description: "Where a domain identifier's review stands.",
  valuesConfig: {
    PENDING_APPROVAL: { description: "Waiting for a domain approver (or its DNS record)." },
    APPROVED: { description: "Approved." },
    REJECTED: { description: "Rejected; the requester may resubmit another identifier." },
  },
});

export const DomainReviewReasonEnum = enumOf([
  "NOT_APPROVER_HOST",
  "CONSUMER_DOMAIN",
  "NON_LATIN_SCRIPT",
  "CONFUSABLE_WITH_EXISTING",
] as const);
registerEnumType(DomainReviewReasonEnum, {
  name: "DomainReviewReason",
  description: "Why an identifier needs a domain approver's review.",
  valuesConfig: {
    NOT_APPROVER_HOST: { description: "It is not the host of the approver's email." },
    CONSUMER_DOMAIN: { description: "It is a consumer mail domain (gmail.com and the like)." },
    NON_LATIN_SCRIPT: {
      description:
        "A label is written in a script other than Latin, where look-alikes of Latin names are made (аррӏе.com).",
    },
    CONFUSABLE_WITH_EXISTING: {
      description:
        "It looks like the identifier of an existing account (the same Unicode UTS #39 skeleton) without being it.",
    },
  },
});

@ObjectType({
  description: "A DNS TXT record that, once published, approves the identifier without staff.",
})
export class DnsChallenge {
  @Field({ description: "The record's name." })
  recordName: string;
  @Field({ description: "The record's value." })
  recordValue: string;
}

@ObjectType("Domain", { description: "The review of an account domain identifier." })
export class DomainType {
  @Field(() => ID, { description: "The review's id." })
  id: string;
  @Field({ description: "The identifier under review." })
  identifier: string;
  @Field(() => DomainStatusEnum, { description: "Where the review stands." })
  status: string;
  @Field(() => [DomainReviewReasonEnum], { description: "Why it needs review." })
  reviewReasons: string[];
  @Field({ description: "The contact phone given for the review." })
  contactPhone: string;
  @Field(() => String, {
    nullable: true,
    description: "The requester's note to the domain approver.",
  })
  note: string | null;
  @Field(() => Date, { nullable: true, description: "When it was decided." })
  decidedAt: Date | null;
  @Field(() => String, { nullable: true, description: "Why it was decided so." })
  decisionReason: string | null;
  @Field({ description: "When the review was opened." })
  createdAt: Date;
}

export const { ConnectionType: DomainConnection } = connectionTypes(
  DomainType,
  "Domain",
  "A domain review",
  "domain reviews",
);

function domainPayload(name: string, description: string) {
  @ObjectType(name, { description })
  class Payload {
    @Field(() => DomainType, { description: "The review, as it is now." })
    domain: DomainType;
  }
  return Payload;
}

export const ApproveDomainPayload = domainPayload(
  "ApproveDomainPayload",
  "The approved identifier.",
);
export const RejectDomainPayload = domainPayload("RejectDomainPayload", "The rejected identifier.");

@ObjectType({ description: "The outcome of looking for the DNS TXT record." })
export class VerifyDomainChallengePayload {
  @Field({ description: "Whether the record was found (and the identifier approved)." })
  verified: boolean;
  @Field(() => DomainType, { description: "The review, as it is now." })
  domain: DomainType;
}

export const DomainCheckFlowEnum = enumOf(["MY_COMPANY", "CUSTOMER"] as const);
registerEnumType(DomainCheckFlowEnum, {
  name: "DomainCheckFlow",
  description: "Which request an identifier is checked for: each applies its own rules to it.",
  valuesConfig: {
    MY_COMPANY: {
      description:
        "Request for my company (`requestSmartAccount`): the identifier's rules for an account of your own company.",
    },
    CUSTOMER: {
      description:
        "Request for a customer (`requestSmartAccountForCustomer`): also refuses a caller who is not a partner, and the partner's own registrable domain.",
    },
  },
});

export const IdentifierRefusalCodeEnum = enumOf([
  "NOT_A_PARTNER",
  "PARTNER_OWN_DOMAIN",
  "IDENTIFIER_HELD",
] as const);
registerEnumType(IdentifierRefusalCodeEnum, {
  name: "IdentifierRefusalCode",
  description: "Why the request of the checked flow would be refused for this identifier.",
  valuesConfig: {
    NOT_A_PARTNER: {
      description: "Only partners request accounts for customers (the request is FORBIDDEN).",
    },
    PARTNER_OWN_DOMAIN: {
      description:
        "The identifier is on the partner's own registrable domain, refused for a customer (BAD_USER_INPUT on domainIdentifier).",
    },
    IDENTIFIER_HELD: {
      description:
        "A non-terminal account holds exactly this identifier (the request is a CONFLICT).",
    },
  },
});

@ObjectType({
  description:
    "A rule the request of the checked flow would refuse the identifier for, worded as the request's error.",
})
export class IdentifierRefusal {
  @Field(() => IdentifierRefusalCodeEnum, { description: "Which rule." })
  code: string;
  @Field({ description: "The request input the refusal names." })
  field: string;
  @Field({ description: "The refusal, as the request would word it." })
  message: string;
}
