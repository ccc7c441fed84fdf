import ipaddr from "ipaddr.js";
import { In, type EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { DAY } from "../../common/clock";
import { InvalidInputError, NotFoundError, StateConflictError } from "../../common/errors";
import { newId } from "../../common/secrets";
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  type Connection,
} from "../../common/pagination";
import type { WebhooksConfig } from "../../config";
import type { Db } from "../../db/data-source";
import { accountFor, loadRelation, mayDo, mayManageAllWebhooks } from "../policy/account-policy";
import { ACCOUNT_EVENT_KINDS, type AccountEventKind } from "../smart-account/account-event.entity";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import type { UserEntity } from "../user/user.entity";
import { WebhookAttemptEntity } from "./webhook-attempt.entity";
import { WebhookDeliveryEntity } from "./webhook-delivery.entity";
import { WebhookEndpointEntity } from "./webhook-endpoint.entity";
import { newMessageId, newSigningSecret, TEST_EVENT_TYPE, testPayload } from "./webhook-payload";
import { refusalOf } from "./webhook-sender";

/** An account's endpoints at most: each event is one delivery per endpoint. */
export const MAX_ENDPOINTS_PER_ACCOUNT = 10;
/** How long a rotated-away secret still signs, so receivers can switch without losing messages. */
export const PREVIOUS_SECRET_GRACE_MS = DAY;
const MAX_URL_LENGTH = 2000;

export type EndpointChange = {
  url?: string | null;
  eventTypes?: AccountEventKind[] | null;
  enabled?: boolean | null;
};

export type DeliveryWithAttempts = WebhookDeliveryEntity & { attemptLog: WebhookAttemptEntity[] };

export function eventTypesOf(endpoint: WebhookEndpointEntity): AccountEventKind[] {
  return endpoint.eventTypes.split(",").filter(Boolean) as AccountEventKind[];
}

/**
 * Webhook endpoints and their deliveries, for the account's administrators and staff (every
 * endpoint of the account) and its requester (the endpoints they registered). Anyone else who
 * may see the account is FORBIDDEN; anyone who may not, and anyone asking for an endpoint that is
 * not theirs to manage, gets NOT_FOUND, as for an id that does not exist.
 */
export class WebhookService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly config: WebhooksConfig,
    /** Tells the dispatcher that a delivery is due now (a test message, a redelivery). */
    private readonly due: () => void = () => undefined,
  ) {}

  list(user: UserEntity, accountId: string): Promise<WebhookEndpointEntity[]> {
    return this.db.read(async (em) => {
      const account = await accountFor(em, accountId, user, "MANAGE_WEBHOOKS");
      const r = await loadRelation(em, account, user);
      return em.find(WebhookEndpointEntity, {
        where: mayManageAllWebhooks(r)
          ? { smartAccountId: account.id }
          : { smartAccountId: account.id, createdById: user.id },
        order: { createdAt: "ASC", id: "ASC" },
      });
    });
  }

  create(
    user: UserEntity,
    input: { accountId: string; url: string; eventTypes: AccountEventKind[] },
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    const url = this.checkUrl(input.url);
    const eventTypes = checkEventTypes(input.eventTypes);
    return this.db.transaction(async (em) => {
      const account = await accountFor(em, input.accountId, user, "MANAGE_WEBHOOKS");
      // The account row's lock serialises registrations on one account, and the count is a
      // locking read of what is committed now: concurrent calls cannot pass the limit together.
      await em
        .createQueryBuilder()
        .update(SmartAccountEntity)
        .set({ eventSeq: () => "eventSeq" })
        .where("id = :id", { id: account.id })
        .execute();
      const counting = em
        .createQueryBuilder(WebhookEndpointEntity, "e")
        .where("e.smartAccountId = :id", { id: account.id });
      if (this.db.isMysql) counting.setLock("pessimistic_write");
      const count = await counting.getCount();
      if (count >= MAX_ENDPOINTS_PER_ACCOUNT) {
        throw new StateConflictError(
          `An account has at most ${MAX_ENDPOINTS_PER_ACCOUNT} webhook endpoints: delete one first.`,
        );
      }
      const now = this.clock.now();
      const secret = newSigningSecret();
      const endpoint = em.create(WebhookEndpointEntity, {
        id: newId(),
        smartAccountId: account.id,
        createdById: user.id,
        url,
        eventTypes: eventTypes.join(","),
        secret,
        previousSecret: null,
        previousSecretUntil: null,
        enabled: true,
        disabledReason: null,
        failingSince: null,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(WebhookEndpointEntity, endpoint);
      return { endpoint, secret };
    });
  }

  update(user: UserEntity, id: string, change: EndpointChange): Promise<WebhookEndpointEntity> {
    const set: Partial<WebhookEndpointEntity> = {};
    if (change.url !== undefined && change.url !== null) set.url = this.checkUrl(change.url);
    if (change.eventTypes !== undefined && change.eventTypes !== null) {
      set.eventTypes = checkEventTypes(change.eventTypes).join(",");
    }
    if (change.enabled !== undefined && change.enabled !== null) {
      set.enabled = change.enabled;
      // Enabled again by hand: its failures so far no longer count towards disabling it.
      if (change.enabled) Object.assign(set, { disabledReason: null, failingSince: null });
    }
    return this.db.transaction(async (em) => {
      const endpoint = await this.endpointFor(em, id, user);
      if (Object.keys(set).length === 0) return endpoint;
      set.updatedAt = this.clock.now();
      await em.update(WebhookEndpointEntity, { id: endpoint.id }, set);
      return Object.assign(endpoint, set);
    });
  }

  rotateSecret(
    user: UserEntity,
    id: string,
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    return this.db.transaction(async (em) => {
      const endpoint = await this.endpointFor(em, id, user);
      const now = this.clock.now();
      const secret = newSigningSecret();
      const set = {
        secret,
        previousSecret: endpoint.secret,
        previousSecretUntil: new Date(now.getTime() + PREVIOUS_SECRET_GRACE_MS),
        updatedAt: now,
      };
      // On the secret read: of two rotations at once, one wins and the other is told to retry.
      const result = await em
        .createQueryBuilder()
        .update(WebhookEndpointEntity)
        .set(set)
        .where("id = :id AND secret = :secret", { id: endpoint.id, secret: endpoint.secret })
        .execute();
      if (result.affected !== 1) {
        throw new StateConflictError("The secret was rotated at the same moment. Try again.");
      }
      return { endpoint: Object.assign(endpoint, set), secret };
    });
  }

  delete(user: UserEntity, id: string): Promise<string> {
    return this.db.transaction(async (em) => {
      const endpoint = await this.endpointFor(em, id, user);
      // The attempts first (their deliveries are what finds them). On MySQL as a join from the
      // endpoint's deliveries to their attempts, both by index: a single-table DELETE's
      // `IN (SELECT …)` is a dependent subquery there, run for every attempt of every endpoint,
      // which it scans and locks.
      await em.query(
        this.db.isMysql
          ? "DELETE a FROM webhook_deliveries d STRAIGHT_JOIN webhook_attempts a ON a.deliveryId = d.id WHERE d.endpointId = ?"
          : "DELETE FROM webhook_attempts WHERE deliveryId IN (SELECT id FROM webhook_deliveries WHERE endpointId = ?)",
        [endpoint.id],
      );
      await em.delete(WebhookDeliveryEntity, { endpointId: endpoint.id });
      await em.delete(WebhookEndpointEntity, { id: endpoint.id });
      return endpoint.id;
    });
  }

  /** A test message, sent like any other (signed, retried, logged). */
  async sendTest(user: UserEntity, endpointId: string): Promise<WebhookDeliveryEntity> {
    const written = await this.db.transaction(async (em) => {
      const endpoint = await this.endpointFor(em, endpointId, user);
      assertEnabled(endpoint);
      const now = this.clock.now();
      const delivery = em.create(WebhookDeliveryEntity, {
        id: newMessageId(),
        endpointId: endpoint.id,
        smartAccountId: endpoint.smartAccountId,
        eventId: null,
        eventType: TEST_EVENT_TYPE,
        payload: testPayload(endpoint.id, endpoint.smartAccountId, now),
        status: "PENDING",
        attempts: 0,
        nextAttemptAt: now,
        lockedUntil: null,
        createdAt: now,
        deliveredAt: null,
      });
      await em.insert(WebhookDeliveryEntity, delivery);
      return delivery;
    });
    this.due();
    return written;
  }

  /**
   * Sends a delivery again, now, with the same webhook-id and body (a receiver that keeps the ids
   * it processed ignores a copy). A delivery being sent at this moment is CONFLICT.
   */
  async redeliver(user: UserEntity, deliveryId: string): Promise<WebhookDeliveryEntity> {
    const due = await this.db.transaction(async (em) => {
      const delivery = await em.findOneBy(WebhookDeliveryEntity, { id: deliveryId });
      if (!delivery) throw new NotFoundError("No such webhook delivery.");
      const endpoint = await this.endpointFor(em, delivery.endpointId, user, "delivery");
      assertEnabled(endpoint);
      const now = this.clock.now();
      const set = { status: "PENDING" as const, nextAttemptAt: now, lockedUntil: null };
      const result = await em
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set(set)
        .where("id = :id AND status IN (:...statuses)", {
          id: delivery.id,
          statuses: ["PENDING", "DELIVERED", "FAILED"],
        })
        .execute();
      if (result.affected !== 1) {
        throw new StateConflictError(
          "This delivery is being sent at this moment. Look at its attempts in a moment.",
        );
      }
      return Object.assign(delivery, set);
    });
    this.due();
    return due;
  }

  /** An endpoint's deliveries, newest first, each with its attempts. */
  deliveries(
    endpoint: WebhookEndpointEntity,
    first: number,
    after: string | null,
  ): Promise<Connection<DeliveryWithAttempts>> {
    checkPageSize(first);
    return this.db.read(async (em) => {
      const q = em
        .createQueryBuilder(WebhookDeliveryEntity, "d")
        .where("d.endpointId = :endpointId", { endpointId: endpoint.id })
        .orderBy("d.createdAt", "DESC")
        .addOrderBy("d.id", "DESC")
        .limit(first + 1);
      if (after !== null) {
        const [at, id] = decodeCursor(after, 2);
        if (typeof at !== "number" || typeof id !== "string") {
          throw new InvalidInputError("after", "after is not a cursor from this list.");
        }
        q.andWhere("(d.createdAt < :at OR (d.createdAt = :at AND d.id < :id))", {
          at: new Date(at),
          id,
        });
      }
      const [rows, totalCount] = await Promise.all([
        q.getMany(),
        em.countBy(WebhookDeliveryEntity, { endpointId: endpoint.id }),
      ]);
      const page = rows.slice(0, first);
      const attempts = page.length
        ? await em.find(WebhookAttemptEntity, {
            where: { deliveryId: In(page.map((d) => d.id)) },
            order: { attemptedAt: "ASC", id: "ASC" },
          })
        : [];
      const edges = page.map((d) => ({
        cursor: encodeCursor([d.createdAt.getTime(), d.id]),
        node: Object.assign(d, { attemptLog: attempts.filter((a) => a.deliveryId === d.id) }),
      }));
      return {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: after !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    });
  }

  /** The endpoint, when the caller may manage it; NOT_FOUND otherwise (no existence leak). */
  private async endpointFor(
    em: EntityManager,
    id: string,
    user: UserEntity,
    what: "endpoint" | "delivery" = "endpoint",
  ): Promise<WebhookEndpointEntity> {
    const missing = new NotFoundError(
      what === "endpoint" ? "No such webhook endpoint." : "No such webhook delivery.",
    );
    const endpoint = await em.findOneBy(WebhookEndpointEntity, { id });
    if (!endpoint) throw missing;
    const account = await em.findOneBy(SmartAccountEntity, { id: endpoint.smartAccountId });
    if (!account) throw missing;
    const r = await loadRelation(em, account, user);
    if (!mayDo(account, r, "MANAGE_WEBHOOKS")) throw missing;
    if (!mayManageAllWebhooks(r) && endpoint.createdById !== user.id) throw missing;
    return endpoint;
  }

  /** The URL as it will be called, or a `url` field error saying what is wrong with it. */
  private checkUrl(raw: string): string {
    const bad = (message: string) => new InvalidInputError("url", message);
    const text = raw.trim();
    if (text.length === 0 || text.length > MAX_URL_LENGTH) {
      throw bad(`Enter a URL of at most ${MAX_URL_LENGTH} characters.`);
    }
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw bad("Enter an absolute URL, such as https://hooks.example.com/smart-accounts.");
    }
    if (url.protocol !== "https:" && !(url.protocol === "http:" && this.config.allowHttp)) {
      throw bad(
        this.config.allowHttp
          ? "The URL must start with https:// or http://."
          : "The URL must start with https:// (plain HTTP is not accepted here).",
      );
    }
    if (url.username || url.password) {
      throw bad("The URL may not hold a user name or password: check the signature instead.");
    }
    if (!this.config.allowPrivateAddresses) {
      const host = url.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
      if (ipaddr.isValid(host) ? refusalOf(host) !== null : isLocalName(host)) {
        throw bad(
          "The URL's host is a private, loopback or link-local address, which webhooks never call.",
        );
      }
    }
    url.hash = "";
    return url.href;
  }
}

/** Names that never reach the public internet: localhost, single labels, internal suffixes. */
function isLocalName(host: string): boolean {
  return (
    !host.includes(".") ||
    host === "localhost" ||
    /\.(localhost|local|internal|home\.arpa)$/.test(host)
  );
}

function checkEventTypes(types: AccountEventKind[]): AccountEventKind[] {
  const unique = [...new Set(types)];
  if (unique.length === 0) {
    throw new InvalidInputError("eventTypes", "Choose at least one event type.");
  }
  const unknown = unique.find((t) => !(ACCOUNT_EVENT_KINDS as readonly string[]).includes(t));
  if (unknown) throw new InvalidInputError("eventTypes", `${unknown} is not an event type.`);
  return ACCOUNT_EVENT_KINDS.filter((t) => unique.includes(t));
}

function assertEnabled(endpoint: WebhookEndpointEntity): void {
  if (!endpoint.enabled) {
    throw new StateConflictError("This endpoint is disabled: enable it first.");
  }
}
