import { Field, ObjectType, registerEnumType, Int } from "type-graphql";
import { PageInfo } from "../../common/pagination";
import { SmartAccountType } from "../smart-account/smart-account.types";
import { DIRECTORY_ORDERS, DIRECTORY_REASONS } from "./directory.service";

export const DirectoryReasonEnum = Object.fromEntries(DIRECTORY_REASONS.map((r) => [r, r])) as {
  [K in (typeof DIRECTORY_REASONS)[number]]: K;
};
registerEnumType(DirectoryReasonEnum, {
  name: "DirectoryReason",
  description: "Why an account is in your directory (also the order the directory lists them in).",
  valuesConfig: {
    HAS_ROLE: { description: "You hold a role in it." },
    ACCESS_REQUESTED: { description: "You asked for access to it, or someone asked for you." },
    REQUESTED_BY_YOU: { description: "You asked for it to be created." },
    ON_YOUR_DOMAIN: { description: "It is on your email's domain." },
  },
});

export const DirectoryOrderEnum = Object.fromEntries(DIRECTORY_ORDERS.map((o) => [o, o])) as {
  [K in (typeof DIRECTORY_ORDERS)[number]]: K;
};
registerEnumType(DirectoryOrderEnum, {
  name: "DirectoryOrder",
  description: "The order of the directory's rows; every order is paged by cursor.",
  valuesConfig: {
    RELEVANCE: { description: "Why the row is there (DirectoryReason's order), then by name." },
    NAME_ASC: { description: "By name, A to Z." },
    NAME_DESC: { description: "By name, Z to A." },
    STATUS_ASC: {
      description: "By status as its name reads (Active, Cancelled, … Pending …), then by name.",
    },
    STATUS_DESC: { description: "By status, the other way round, then by name." },
  },
});

@ObjectType({ description: "One row of your directory." })
export class DirectoryEntry {
  @Field(() => DirectoryReasonEnum, { description: "Why the row is there." })
  reason: string;
  @Field(() => SmartAccountType, { description: "The account." })
  smartAccount: SmartAccountType;
}

@ObjectType({ description: "A directory row and its cursor." })
export class DirectoryEdge {
  @Field({ description: "Where this row stands in the directory." })
  cursor: string;
  @Field(() => DirectoryEntry, { description: "The row." })
  node: DirectoryEntry;
}

@ObjectType({ description: "A page of your directory." })
export class DirectoryConnection {
  @Field(() => [DirectoryEdge], { description: "The rows on this page." })
  edges: DirectoryEdge[];
  @Field(() => PageInfo, { description: "Where this page stands." })
  pageInfo: PageInfo;
  @Field(() => Int, { description: "How many rows the directory has in all (exact)." })
  totalCount: number;
}

@ObjectType({ description: "A search result and its cursor." })
export class SmartAccountSearchEdge {
  @Field({ description: "Where this result stands." })
  cursor: string;
  @Field(() => SmartAccountType, { description: "The account." })
  node: SmartAccountType;
}

@ObjectType({ description: "A page of search results, ordered by name." })
export class SmartAccountSearchConnection {
  @Field(() => [SmartAccountSearchEdge], { description: "The results on this page." })
  edges: SmartAccountSearchEdge[];
  @Field(() => PageInfo, { description: "Where this page stands." })
  pageInfo: PageInfo;
  @Field(() => Int, { description: "How many accounts match, counted up to 1000." })
  totalCount: number;
  @Field({ description: "Whether more than 1000 match (totalCount stopped counting)." })
  totalCountIsCapped: boolean;
}
