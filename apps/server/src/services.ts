import dns from "node:dns/promises";
import { AccessRequestService } from "./modules/access-request/access-request.service";
import { DirectoryService } from "./modules/directory/directory.service";
import { AccountListsWriter } from "./modules/directory/account-lists";
import { MembershipWriter } from "./modules/directory/membership-writer";
import { InsightsService } from "./modules/insights/insights.service";
import { PendingCountsService } from "./modules/insights/pending-counts";
import { LiveFeed } from "./modules/event/live-feed";
import { AccountAccess } from "./modules/role/account-access";
import { RoleService } from "./modules/role/role.service";
import { AccountDetailsService } from "./modules/smart-account/account-details.service";
import { VirtualAccountService } from "./modules/virtual-account/virtual-account.service";
import type { DataSource } from "typeorm";
import { DomainReviewService, type TxtResolver } from "./modules/domain/domain-review.service";
import { NominationService } from "./modules/nomination/nomination.service";
import { NominationWriter } from "./modules/nomination/nomination-writer";
import { AccountWriter } from "./modules/smart-account/account-writer";
import { EVENTS_WRITTEN, EventSequencer } from "./modules/smart-account/event-sequencer";
import { AuditLogService } from "./modules/event/audit-log.service";
import { EventFeedService } from "./modules/event/event-feed.service";
import { ApprovalLinks } from "./modules/smart-account/approval-links";
import { AccountLifecycle } from "./modules/lifecycle/account-lifecycle.service";
import { EmailProof } from "./modules/lifecycle/email-proof.service";
import { ApprovalService } from "./modules/lifecycle/approval.service";
import { Escalation } from "./modules/lifecycle/escalation";
import { LapseJob } from "./modules/lifecycle/lapse.job";
import { BulkRequests } from "./modules/lifecycle/bulk-request.service";
import { BulkRequestJob } from "./modules/lifecycle/bulk-request.job";
import { validateBulkRow } from "./modules/lifecycle/dto/bulk-request.inputs";
import { SmartAccountService } from "./modules/smart-account/smart-account.service";
import type { Logger } from "pino";
import type { Config } from "./config";
import { createResolvers } from "./graphql/schema";
import { Clock } from "./common/clock";
import { Db } from "./db/data-source";
import type { Replicas } from "./db/replicas";
import { ApiTokenService } from "./modules/api-token/api-token.service";
import { OutboxDispatcher, type MailTransport } from "./modules/mail/dispatcher";
import { MailService, OUTBOX_WRITTEN } from "./modules/mail/mail.service";
import { smtpTransport } from "./modules/mail/smtp-transport";
import { DeviceCookies } from "./modules/user/device-cookie";
import { RateLimiter } from "./common/rate-limiter";
import { SessionService } from "./modules/user/session.service";
import { UserService } from "./modules/user/user.service";
import { IdempotencyKeys } from "./modules/idempotency/idempotency.service";
import { WebhookService } from "./modules/webhook/webhook.service";
import { WebhookFanout } from "./modules/webhook/webhook-fanout";
import { WebhookDispatcher } from "./modules/webhook/webhook-dispatcher";
import { WebhookSender, type Connector, type HostResolver } from "./modules/webhook/webhook-sender";

export type ServiceOverrides = {
  clock?: Clock;
  mailTransport?: MailTransport | null;
  resolveTxt?: TxtResolver;
  /** How long a retry waits for the first request with its Idempotency-Key (tests shorten it). */
  idempotencyWaitMs?: number;
  /** How webhook hosts are resolved and connected to (tests inject both). */
  webhookResolver?: HostResolver;
  webhookConnector?: Connector;
};

/** The composition root: every service and resolver, built once, with its dependencies passed in. */
export function createServices(
  config: Config,
  dataSource: DataSource,
  log: Logger,
  overrides: ServiceOverrides = {},
  replicas: Replicas | null = null,
) {
  const clock = overrides.clock ?? new Clock();
  const db = new Db(dataSource, replicas);
  const mail = new MailService(clock, config.appUrl);
  const sessions = new SessionService(db, clock);
  const limiter = new RateLimiter(clock, db);
  const apiTokens = new ApiTokenService(db, clock);
  const idempotency = new IdempotencyKeys(db, clock, { waitMs: overrides.idempotencyWaitMs });
  const devices = new DeviceCookies(db, clock);
  // The directory's membership table, kept by every service that changes what it lists.
  const membership = new MembershipWriter();
  // Copies of each account's administrators and virtual accounts, kept on its row for the lists.
  const lists = new AccountListsWriter();
  const users = new UserService(db, clock, mail, sessions, limiter, apiTokens, devices, (em, id) =>
    membership.refreshUser(em, id),
  );
  const transport =
    overrides.mailTransport !== undefined
      ? overrides.mailTransport
      : config.smtpUrl
        ? smtpTransport(config.smtpUrl, config.mailFrom)
        : null;
  const dispatcher = transport
    ? new OutboxDispatcher(db, clock, transport, log.child({ component: "outbox" }))
    : null;

  db.onCommitted(OUTBOX_WRITTEN, async () => dispatcher?.wake());

  const writer = new AccountWriter(clock, membership);
  // Numbers the history's events for the feed after each unit of work that wrote some commits.
  const sequencer = new EventSequencer(db, log.child({ component: "events" }));
  // Webhooks: committed events become deliveries from a cursor over the feed's positions (see
  // WebhookFanout for why not in the writer's transaction), then go out from their own queue.
  const webhookFanout = new WebhookFanout(db, log.child({ component: "webhook-fanout" }));
  const webhookDispatcher = new WebhookDispatcher(
    db,
    clock,
    new WebhookSender({
      resolve: overrides.webhookResolver,
      connect: overrides.webhookConnector,
      allowPrivateAddresses: config.webhooks.allowPrivateAddresses,
      timeoutMs: config.webhooks.timeoutMs,
    }),
    mail,
    log.child({ component: "webhooks" }),
    config.webhooks.timeoutMs,
  );
  const webhooks = new WebhookService(db, clock, config.webhooks, () => webhookDispatcher.kick());
  // What waits for each person, and the subscriptions fed from the events feed (see LiveFeed).
  const pendingCounts = new PendingCountsService(db);
  const live = new LiveFeed(
    db,
    (people) => pendingCounts.forUsers(people),
    log.child({ component: "live" }),
    config.live.pollMs,
  );
  db.onCommitted(EVENTS_WRITTEN, async () => {
    await sequencer.run();
    live.wake();
    await webhookFanout.run();
    webhookDispatcher.kick();
  });
  const events = new EventFeedService(db);
  const auditLog = new AuditLogService(db);
  const links = new ApprovalLinks(clock, mail);
  const accounts = new SmartAccountService(db);
  const domainReviews = new DomainReviewService(
    db,
    clock,
    mail,
    writer,
    links,
    overrides.resolveTxt ?? ((name) => dns.resolveTxt(name)),
  );
  const access = new AccountAccess();
  const roles = new RoleService(db, clock, writer, access, limiter, membership, lists);
  const nominationWriter = new NominationWriter(clock, mail);
  const nominations = new NominationService(
    db,
    clock,
    writer,
    links,
    roles,
    nominationWriter,
    access,
    limiter,
    mail,
  );
  const accessRequests = new AccessRequestService(
    db,
    clock,
    mail,
    writer,
    access,
    roles,
    limiter,
    membership,
  );
  const virtualAccounts = new VirtualAccountService(db, clock, writer, access, lists);
  const details = new AccountDetailsService(db, writer, access);
  const directory = new DirectoryService(db);
  const insights = new InsightsService(db, clock);
  // The lifecycle sits above the sub-resources it orchestrates.
  const lifecycle = new AccountLifecycle(
    db,
    clock,
    mail,
    writer,
    links,
    limiter,
    accounts,
    domainReviews,
    nominationWriter,
    roles,
    virtualAccounts,
  );
  const emailProof = new EmailProof(users, roles);
  const approvals = new ApprovalService(
    db,
    mail,
    writer,
    links,
    lifecycle,
    nominationWriter,
    limiter,
  );
  // Undecided requests remind their deciders, on the lapse job's beat.
  const escalation = new Escalation(db, clock, mail, writer, links, config.escalation);
  const lapseJob = new LapseJob(
    db,
    clock,
    mail,
    writer,
    links,
    nominationWriter,
    idempotency,
    escalation,
    log.child({ component: "lapse" }),
  );

  // A partner's bulk requests: kept as jobs, run row by row through the lifecycle's request.
  let bulkRequestJob: BulkRequestJob | null = null;
  const bulkRequests = new BulkRequests(db, clock, lifecycle, limiter, validateBulkRow, () =>
    bulkRequestJob?.kick(),
  );
  bulkRequestJob = new BulkRequestJob(
    db,
    clock,
    bulkRequests,
    log.child({ component: "bulk-requests" }),
  );

  const resolvers = createResolvers({
    users,
    emailProof,
    apiTokens,
    accounts,
    lifecycle,
    approvals,
    domainReviews,
    nominations,
    accessRequests,
    roles,
    virtualAccounts,
    details,
    directory,
    insights,
    pendingCounts,
    events,
    auditLog,
    webhooks,
    bulkRequests,
  });

  return {
    config,
    clock,
    db,
    mail,
    sessions,
    users,
    apiTokens,
    idempotency,
    accounts,
    lifecycle,
    approvals,
    domainReviews,
    nominations,
    accessRequests,
    roles,
    virtualAccounts,
    directory,
    membership,
    lists,
    lapseJob,
    escalation,
    sequencer,
    events,
    auditLog,
    pendingCounts,
    live,
    dispatcher,
    webhooks,
    webhookFanout,
    webhookDispatcher,
    bulkRequests,
    bulkRequestJob,
    resolvers,
    limiter,
    log,
  };
}

export type Services = ReturnType<typeof createServices>;
