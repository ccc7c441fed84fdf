import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../common/pagination";
import { AccountEventKindEnum, SmartAccountStatusEnum } from "../smart-account/smart-account.types";

@ObjectType("EventActor", { description: "Who caused an event." })
export class EventActorType {
  @Field(() => ID, {
    nullable: true,
    description: "Their user id; null when they acted without an account (an emailed link).",
  })
  id: string | null;

  @Field({ description: "Their email address when they acted." })
  email: string;
}

@ObjectType("EventPayload", { description: "What an event records, beyond its type." })
export class EventPayloadType {
  @Field(() => Int, {
    description: "The event's place in its account's history: 1, 2, 3 … with no gaps.",
  })
  sequence: number;

  @Field(() => SmartAccountStatusEnum, {
    nullable: true,
    description: "The account's status before (null for the event that created it).",
  })
  statusBefore: string | null;

  @Field(() => SmartAccountStatusEnum, { nullable: true, description: "Its status after." })
  statusAfter: string | null;

  @Field(() => String, { nullable: true, description: "Details, in words." })
  detail: string | null;
}

@ObjectType("Event", {
  description:
    "One change to an account, as the events feed serves it: an entry of the account's history with its place in the feed of all accounts.",
})
export class EventType {
  @Field(() => ID, { description: "The event's id (the same as its history entry's)." })
  id: string;

  @Field(() => Float, {
    description:
      "Its place in the feed: a whole number, increasing in the order the events were committed. Resume with the edge's cursor, not with this.",
  })
  position: number;

  @Field(() => AccountEventKindEnum, { description: "What happened." })
  type: string;

  @Field({ description: "When it happened." })
  createdAt: Date;
}

@ObjectType("EventEdge", { description: "An event and its cursor." })
export class EventEdgeType {
  @Field(() => String, {
    description: "Where this event stands in the feed: pass it as `after` to read what follows.",
  })
  cursor: string;

  @Field(() => EventType, { description: "The event." })
  node: EventType;
}

@ObjectType("EventConnection", {
  description:
    "A page of the events feed, in position order. It has no total: the feed only grows.",
})
export class EventConnectionType {
  @Field(() => [EventEdgeType], { description: "The events on this page." })
  edges: EventEdgeType[];

  @Field(() => PageInfo, {
    description:
      "Where this page stands. endCursor is null on an empty page: keep the cursor you had.",
  })
  pageInfo: PageInfo;
}

@ObjectType("AuditLogEdge", { description: "An entry of the audit log and its cursor." })
export class AuditLogEdgeType {
  @Field(() => String, {
    description: "Where this entry stands in the log: pass it as `after` to read older entries.",
  })
  cursor: string;

  @Field(() => EventType, { description: "The history entry, with its account and actor." })
  node: EventType;
}

@ObjectType("AuditLogConnection", {
  description: "A page of the audit log of every account's history, newest first.",
})
export class AuditLogConnectionType {
  @Field(() => [AuditLogEdgeType], { description: "The entries on this page." })
  edges: AuditLogEdgeType[];

  @Field(() => PageInfo, { description: "Where this page stands." })
  pageInfo: PageInfo;

  @Field(() => Int, {
    description: "How many entries match the filters, counted up to 1000 (see totalCountIsCapped).",
  })
  totalCount: number;

  @Field({ description: "Whether more entries match than totalCount says (it stops at 1000)." })
  totalCountIsCapped: boolean;
}
