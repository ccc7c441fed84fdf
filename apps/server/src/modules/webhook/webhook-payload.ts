import { randomBytes, randomUUID } from "node:crypto";
import type { AccountEventEntity } from "../smart-account/account-event.entity";

/** The type of the message `sendTestWebhook` sends. */
export const TEST_EVENT_TYPE = "TEST";

/** A Standard Webhooks message id: unique, stable across the attempts of one delivery. */
export function newMessageId(): string {
  return `msg_${randomUUID().replace(/-/g, "")}`;
}

/** A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/**
 * The body of an event's message, in the Standard Webhooks shape (`type`, `timestamp`, `data`);
 * `data` holds what the events feed serves for the same event.
 */
export function eventPayload(event: AccountEventEntity): string {
  return JSON.stringify({
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    data: {
      id: event.id,
      position: event.position,
      accountId: event.smartAccountId,
      sequence: event.sequence,
      statusBefore: event.statusBefore,
      statusAfter: event.statusAfter,
      detail: event.detail,
      actor: event.actorEmail ? { id: event.actorId, email: event.actorEmail } : null,
      createdAt: event.createdAt.toISOString(),
    },
  });
}

export function testPayload(endpointId: string, accountId: string, at: Date): string {
  return JSON.stringify({
    type: TEST_EVENT_TYPE,
    timestamp: at.toISOString(),
    data: {
      endpointId,
      accountId,
      message: "A test event from the Smart Account Manager: your endpoint is reachable.",
    },
  });
}
