import type { Logger } from "pino";
import { In, type EntityManager } from "typeorm";
import type { Db } from "../../db/data-source";
import { loadRelation, mayReceiveEvents } from "../policy/account-policy";
import { AccountEventEntity } from "../smart-account/account-event.entity";
import { SequenceCounterEntity } from "../smart-account/sequence-counter.entity";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { UserEntity } from "../user/user.entity";
import { WebhookDeliveryEntity } from "./webhook-delivery.entity";
import { WebhookEndpointEntity } from "./webhook-endpoint.entity";
import { eventPayload, newMessageId } from "./webhook-payload";
import { eventTypesOf } from "./webhook.service";

/** The last feed position turned into deliveries (a row of sequence_counters). */
const CURSOR = "webhook_fanout";
const BATCH = 200;
const INSERT_CHUNK = 100;

/**
 * Turns committed history events into webhook deliveries, from a stored cursor.
 *
 * Why not write the deliveries in the transaction of the change, as the mail outbox does? Every
 * change is written by AccountWriter, which belongs to the account core: the layer below every
 * feature module, which may not import this one (the lint's boundaries), and a hook registered
 * from above would put the endpoint lookup and the policy check inside every writer's transaction
 * (and its lock on the account row). Instead the events feed's own guarantee is reused: every
 * event gets a position after its transaction commits, in commit order, and no position is ever
 * filled in below one already visible (see EventSequencer). So one cursor over positions sees
 * every committed event exactly once. Each pass, in one short transaction, locks the cursor row
 * (so passes in any number of processes queue behind each other), reads the events after it,
 * inserts one delivery per event and matching endpoint, and moves the cursor past them: the
 * deliveries and the cursor commit together, so an event is never lost (a process that dies
 * mid-pass commits nothing and the next pass takes over) and never fanned out twice (the unique
 * (endpoint, event) index guards that too). Nothing is lost between the change and its delivery
 * rows: both are durable, only the fan-out is a moment later.
 *
 * An endpoint receives an event when it was enabled at fan-out, asked for the event's type, was
 * registered before the event happened, and its registrant may read the account's history at
 * fan-out (the account policy: a partner who requested an account stops receiving its events
 * once it is active unless they hold a role on it).
 *
 * It runs after each unit of work that wrote events (once they are numbered) and on a timer in
 * every process.
 */
export class WebhookFanout {
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  start(intervalMs = 2_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.run(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.current;
  }

  /** Fans out every event numbered before this call; never throws (failures are logged). */
  run(): Promise<void> {
    if (this.current) {
      // Events numbered during this pass may have been missed by its read: go once more.
      this.again = true;
      return this.current;
    }
    this.current = (async () => {
      do {
        this.again = false;
        await this.pass();
      } while (this.again);
    })().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  private async pass(): Promise<void> {
    try {
      for (;;) {
        const read = await this.db.transaction((em) => this.batch(em), RC);
        if (read < BATCH) return;
      }
    } catch (error) {
      this.log.error({ err: error }, "webhook fan-out failed; the timer will try again");
    }
  }

  private async batch(em: EntityManager): Promise<number> {
    // No endpoint anywhere: nothing to do (the cursor waits; a later endpoint skips older events).
    const any = await em.findOne(WebhookEndpointEntity, {
      where: { enabled: true },
      select: { id: true },
    });
    if (!any) return 0;
    const last = await this.lockCursor(em);
    const events = await em
      .createQueryBuilder(AccountEventEntity, "e")
      .where("e.position > :last", { last })
      .orderBy("e.position", "ASC")
      .limit(BATCH)
      .getMany();
    if (events.length === 0) return 0;
    const accountIds = [...new Set(events.map((e) => e.smartAccountId))];
    const endpoints = await em.find(WebhookEndpointEntity, {
      where: { smartAccountId: In(accountIds), enabled: true },
    });
    if (endpoints.length > 0) {
      const receives = await this.receivers(em, endpoints);
      const rows: WebhookDeliveryEntity[] = [];
      for (const event of events) {
        for (const endpoint of endpoints) {
          if (
            endpoint.smartAccountId === event.smartAccountId &&
            event.createdAt.getTime() >= endpoint.createdAt.getTime() &&
            eventTypesOf(endpoint).includes(event.type) &&
            receives.has(endpoint.id)
          ) {
            rows.push(
              em.create(WebhookDeliveryEntity, {
                id: newMessageId(),
                endpointId: endpoint.id,
                smartAccountId: event.smartAccountId,
                eventId: event.id,
                eventType: event.type,
                payload: eventPayload(event),
                status: "PENDING",
                attempts: 0,
                nextAttemptAt: event.createdAt,
                lockedUntil: null,
                createdAt: event.createdAt,
                deliveredAt: null,
              }),
            );
          }
        }
      }
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await em
          .createQueryBuilder()
          .insert()
          .into(WebhookDeliveryEntity)
          .values(rows.slice(i, i + INSERT_CHUNK))
          .orIgnore()
          .execute();
      }
    }
    await em.update(
      SequenceCounterEntity,
      { name: CURSOR },
      { value: events[events.length - 1].position as number },
    );
    return events.length;
  }

  /** The endpoints whose registrant may read their account's history now (the policy's word). */
  private async receivers(
    em: EntityManager,
    endpoints: WebhookEndpointEntity[],
  ): Promise<Set<string>> {
    const accounts = new Map(
      (
        await em.findBy(SmartAccountEntity, {
          id: In([...new Set(endpoints.map((e) => e.smartAccountId))]),
        })
      ).map((a) => [a.id, a]),
    );
    const users = new Map(
      (
        await em.findBy(UserEntity, { id: In([...new Set(endpoints.map((e) => e.createdById))]) })
      ).map((u) => [u.id, u]),
    );
    const allowed = new Set<string>();
    const decided = new Map<string, boolean>();
    for (const endpoint of endpoints) {
      const account = accounts.get(endpoint.smartAccountId);
      const user = users.get(endpoint.createdById);
      if (!account || !user) continue;
      const key = `${account.id}:${user.id}`;
      let may = decided.get(key);
      if (may === undefined) {
        may = mayReceiveEvents(account, await loadRelation(em, account, user));
        decided.set(key, may);
      }
      if (may) allowed.add(endpoint.id);
    }
    return allowed;
  }

  /** Takes the cursor row's lock (creating it at 0 the first time) and reads it. */
  private async lockCursor(em: EntityManager): Promise<number> {
    const lock = () =>
      em
        .createQueryBuilder()
        .update(SequenceCounterEntity)
        .set({ value: () => "value" })
        .where("name = :name", { name: CURSOR })
        .execute();
    await lock();
    const found = await em.findOneBy(SequenceCounterEntity, { name: CURSOR });
    if (found) return found.value;
    {
      await em
        .createQueryBuilder()
        .insert()
        .into(SequenceCounterEntity)
        .values({ name: CURSOR, value: 0 })
        .orIgnore()
        .execute();
      await lock();
    }
    return (await em.findOneByOrFail(SequenceCounterEntity, { name: CURSOR })).value;
  }
}

const RC = { isolation: "READ COMMITTED" } as const;
