import "reflect-metadata";
import {
  GraphQLObjectType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import {
  buildSchema,
  getMetadataStorage,
  type ClassType,
  type NonEmptyArray,
  type PubSub,
} from "type-graphql";
import { ApiTokenResolver } from "../modules/api-token/api-token.resolver";
import { UserResolver } from "../modules/user/user.resolver";
import { DomainFieldResolver, DomainResolver } from "../modules/domain/domain.resolver";
import { AccessRequestResolver } from "../modules/access-request/access-request.resolver";
import { DirectoryResolver } from "../modules/directory/directory.resolver";
import { RoleResolver } from "../modules/role/role.resolver";
import { AccountDetailsResolver } from "../modules/smart-account/account-details.resolver";
import { VirtualAccountResolver } from "../modules/virtual-account/virtual-account.resolver";
import { NominationResolver } from "../modules/nomination/nomination.resolver";
import { SmartAccountResolver } from "../modules/smart-account/smart-account.resolver";
import { validateInput } from "../common/input-hygiene";
import type { AccessRequestService } from "../modules/access-request/access-request.service";
import type { ApiTokenService } from "../modules/api-token/api-token.service";
import type { DirectoryService } from "../modules/directory/directory.service";
import type { DomainReviewService } from "../modules/domain/domain-review.service";
import type { NominationService } from "../modules/nomination/nomination.service";
import type { RoleService } from "../modules/role/role.service";
import type { AccountDetailsService } from "../modules/smart-account/account-details.service";
import type { EmailProof } from "../modules/lifecycle/email-proof.service";
import type { AccountLifecycle } from "../modules/lifecycle/account-lifecycle.service";
import type { ApprovalService } from "../modules/lifecycle/approval.service";
import { AccountLifecycleResolver } from "../modules/lifecycle/account-lifecycle.resolver";
import type { SmartAccountService } from "../modules/smart-account/smart-account.service";
import type { UserService } from "../modules/user/user.service";
import type { VirtualAccountService } from "../modules/virtual-account/virtual-account.service";
import { InsightsResolver } from "../modules/insights/insights.resolver";
import { AuditLogResolver } from "../modules/event/audit-log.resolver";
import type { AuditLogService } from "../modules/event/audit-log.service";
import { EventResolver } from "../modules/event/event.resolver";
import { LiveEventsResolver } from "../modules/event/live.resolver";
import { PendingCountsResolver } from "../modules/insights/pending-counts.resolver";
import type { PendingCountsService } from "../modules/insights/pending-counts";
import type { EventFeedService } from "../modules/event/event-feed.service";
import type { InsightsService } from "../modules/insights/insights.service";
import { WebhookResolver } from "../modules/webhook/webhook.resolver";
import type { WebhookService } from "../modules/webhook/webhook.service";
import { BulkRequestResolver } from "../modules/lifecycle/bulk-request.resolver";
import type { BulkRequests } from "../modules/lifecycle/bulk-request.service";
import { authChecker } from "./auth-checker";

/** What the resolvers are built from: the services of the composition root. */
export type ResolverServices = {
  users: UserService;
  emailProof: EmailProof;
  apiTokens: ApiTokenService;
  accounts: SmartAccountService;
  lifecycle: AccountLifecycle;
  approvals: ApprovalService;
  domainReviews: DomainReviewService;
  nominations: NominationService;
  accessRequests: AccessRequestService;
  roles: RoleService;
  virtualAccounts: VirtualAccountService;
  details: AccountDetailsService;
  directory: DirectoryService;
  insights: InsightsService;
  pendingCounts: PendingCountsService;
  events: EventFeedService;
  auditLog: AuditLogService;
  webhooks: WebhookService;
  bulkRequests: BulkRequests;
};

type ResolverEntry = { cls: ClassType; create: (s: ResolverServices) => object };

function entry<T extends object>(
  cls: ClassType<T>,
  create: (s: ResolverServices) => T,
): ResolverEntry {
  return { cls, create };
}

/** The one list of resolvers: each class with how the composition root builds it. */
const resolverEntries: NonEmptyArray<ResolverEntry> = [
  entry(UserResolver, (s) => new UserResolver(s.users, s.emailProof)),
  entry(ApiTokenResolver, (s) => new ApiTokenResolver(s.apiTokens)),
  entry(SmartAccountResolver, (s) => new SmartAccountResolver(s.accounts, s.approvals)),
  entry(AccountLifecycleResolver, (s) => new AccountLifecycleResolver(s.lifecycle, s.approvals)),
  entry(DomainFieldResolver, () => new DomainFieldResolver()),
  entry(DomainResolver, (s) => new DomainResolver(s.domainReviews)),
  entry(NominationResolver, (s) => new NominationResolver(s.nominations)),
  entry(AccessRequestResolver, (s) => new AccessRequestResolver(s.accessRequests)),
  entry(RoleResolver, (s) => new RoleResolver(s.roles)),
  entry(VirtualAccountResolver, (s) => new VirtualAccountResolver(s.virtualAccounts)),
  entry(AccountDetailsResolver, (s) => new AccountDetailsResolver(s.details)),
  entry(DirectoryResolver, (s) => new DirectoryResolver(s.directory)),
  entry(InsightsResolver, (s) => new InsightsResolver(s.insights)),
  entry(EventResolver, (s) => new EventResolver(s.events)),
  entry(LiveEventsResolver, () => new LiveEventsResolver()),
  entry(PendingCountsResolver, (s) => new PendingCountsResolver(s.pendingCounts)),
  entry(AuditLogResolver, (s) => new AuditLogResolver(s.auditLog)),
  entry(WebhookResolver, (s) => new WebhookResolver(s.webhooks)),
  entry(BulkRequestResolver, (s) => new BulkRequestResolver(s.bulkRequests)),
];

export const resolverClasses = resolverEntries.map((e) => e.cls) as NonEmptyArray<ClassType>;

/** The resolver instances, in the order of the list above. */
export function createResolvers(services: ResolverServices): object[] {
  return resolverEntries.map((e) => e.create(services));
}

/**
 * type-graphql asks for a PubSub as soon as the schema has a subscription, but every
 * subscription here brings its own stream (from the live feed, see live.ts): nothing publishes.
 */
const noPubSub: PubSub = {
  publish() {
    throw new Error("Subscriptions are fed by the live feed, not by a PubSub");
  },
  subscribe() {
    throw new Error("Subscriptions are fed by the live feed, not by a PubSub");
  },
};

/**
 * A plain field of an object type (no field resolver) is read by graphql-js's default resolver,
 * as type-graphql's `simpleResolvers` does, unless the type has a field with its own
 * authorization or middleware: type-graphql would otherwise wrap each such field in a resolver
 * that runs an empty middleware chain, on every row of every page.
 */
function plainFieldsReadDirectly(): void {
  const storage = getMetadataStorage();
  const guarded = new Set<unknown>([
    ...storage.authorizedFields.map((f) => f.target),
    ...storage.middlewares.map((m) => m.target),
  ]);
  for (const type of storage.objectTypes) {
    if (type.simpleResolvers === undefined && !guarded.has(type.target)) {
      type.simpleResolvers = true;
    }
  }
}

type ParamMetadata = {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: () => unknown;
};
type FieldResolverMetadata = {
  kind: string;
  target: ClassType;
  methodName: string;
  schemaName: string;
  params?: ParamMetadata[];
  roles?: unknown[];
  middlewares?: unknown[];
  getObjectType?: () => unknown;
};

/**
 * type-graphql calls a resolver class's field resolver through a wrapper that, on every call,
 * finds the instance, runs the middleware chain (empty here) and sorts and maps the parameter
 * list: on the account page's twenty such fields that was more work than the fields themselves.
 * A field resolver that takes only `@Root()` and `@Ctx()`, with no middleware and no
 * authorization of its own, is called directly instead. When the root is not already of the
 * parameter's class (type-graphql would convert it), the wrapper answers, as before.
 */
function callFieldResolversDirectly(schema: GraphQLSchema, byClass: Map<unknown, object>): void {
  const storage = getMetadataStorage() as unknown as {
    fieldResolvers: FieldResolverMetadata[];
    objectTypes: { target: unknown; name: string }[];
  };
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== "external" || meta.roles || (meta.middlewares?.length ?? 0) > 0) continue;
    const instance = byClass.get(meta.target) as Record<string, unknown> | undefined;
    const method = instance?.[meta.methodName];
    if (!instance || typeof method !== "function") continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    const [root, context, ...rest] = params;
    if (
      rest.length > 0 ||
      root?.kind !== "root" ||
      root.propertyName !== undefined ||
      (context !== undefined && (context.kind !== "context" || context.propertyName !== undefined))
    ) {
      continue;
    }
    const typeName = storage.objectTypes.find((t) => t.target === meta.getObjectType?.())?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type instanceof GraphQLObjectType ? type.getFields()[meta.schemaName] : undefined;
    const wrapped = field?.resolve;
    if (!field || !wrapped) continue;
    const rootType = root.getType?.();
    const resolve: GraphQLFieldResolver<unknown, unknown> = (source, args, ctx, info) =>
      typeof rootType === "function" && !(source instanceof rootType)
        ? wrapped(source, args, ctx, info)
        : (method as (root: unknown, ctx: unknown) => unknown).call(instance, source, ctx);
    field.resolve = resolve;
  }
}

/** Builds the schema; resolver instances come from the composition root, never from a global. */
export async function createSchema(resolvers: object[]): Promise<GraphQLSchema> {
  const byClass = new Map<unknown, object>(resolvers.map((r) => [r.constructor, r]));
  plainFieldsReadDirectly();
  const schema = await buildSchema({
    resolvers: resolverClasses,
    authChecker,
    pubSub: noPubSub,
    // Trims every text input (secrets excepted) and then runs the inputs' class-validator rules.
    validateFn: validateInput,
    container: {
      get(someClass: ClassType) {
        const instance = byClass.get(someClass);
        if (!instance) throw new Error(`No instance of ${someClass.name} was provided`);
        return instance;
      },
    },
  });
  callFieldResolversDirectly(schema, byClass);
  // type-graphql gives the root types no description; the published schema documents them too.
  schema.getQueryType()!.description =
    "What can be read: accounts, requests, the directory, your session.";
  schema.getSubscriptionType()!.description =
    'What can be followed live, over WebSocket on /graphql with the graphql-transport-ws protocol (the graphql-ws library): authenticate with the session cookie (from the console\'s own origin only) or an API token (an Authorization: Bearer header on the upgrade request, or `authorization: "Bearer …"` in the connection_init payload). Only subscriptions are served there. The socket is closed with 4401 when its session ends or its token is revoked or expires, and with 4429 when one person holds too many sockets.';
  schema.getMutationType()!.description =
    "What can be done: every change goes through one of these. A signed-in caller may send any of them with an Idempotency-Key header (1 to 255 letters, digits, - _ . :): the first answer is kept for 24 hours, and a retry with the same key, operation and variables gets that answer again (with an Idempotent-Replayed: true header) without running again; a retry while the first still runs waits for it (up to 30 seconds, then CONFLICT). Mutations whose answer carries a secret or a session refuse the header.";
  schema.description = [
    "The Smart Account Manager's API. Every error carries extensions.code:",
    "BAD_USER_INPUT (with extensions.fields: the field and message of each bad input),",
    "UNAUTHENTICATED (also a failed sign-in, the same for an unknown email and a wrong password),",
    "FORBIDDEN (the caller may see the object but not do this),",
    "NOT_FOUND (no such object, or one the caller may not see),",
    "CONFLICT (a state that no longer allows the action, a taken identifier, or a request with the same Idempotency-Key still running),",
    "RATE_LIMITED,",
    "IDEMPOTENCY_KEY_REUSED (the same Idempotency-Key with another operation or other variables),",
    "UNAVAILABLE (the database could not be reached and nothing was changed: send the same request again),",
    "OUTCOME_UNKNOWN (the database connection was lost while the change was being committed, so it may or may not have been applied: retry with the same Idempotency-Key),",
    "INTERNAL_SERVER_ERROR (logged; no details).",
  ].join(" ");
  return schema;
}

/** The published SDL: sorted, so that it only changes when the schema does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
