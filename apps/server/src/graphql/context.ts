import type { Logger } from "pino";
import type { ReadRoute } from "../db/replicas";
import type { Loaders } from "./loaders";
import type { ApiTokenScope } from "../modules/api-token/api-token.entity";
import type { LiveFeed } from "../modules/event/live-feed";
import type { ClientInfo } from "../modules/user/session.service";
import type { UserEntity } from "../modules/user/user.entity";

export type Auth =
  | { via: "session"; user: UserEntity; sessionIdHash: string; sessionStartedAt: Date }
  | { via: "token"; user: UserEntity; tokenId: string; scope: ApiTokenScope };

export type SessionCookie = {
  set(secret: string, expiresAt: Date): void;
  clear(): void;
};

/** The browser's device cookie (OWASP): which emails it signed in to successfully before. */
export type DeviceCookie = {
  value: string | null;
  set(value: string): void;
};

export type Context = {
  requestId: string;
  client: ClientInfo;
  auth: Auth | null;
  log: Logger;
  sessionCookie: SessionCookie;
  deviceCookie: DeviceCookie;
  loaders: Loaders;
  /** Where the request's replica-eligible reads go: decided once its operation is known. */
  reads: ReadRoute;
  /** Operations over the WebSocket only: what subscriptions are served from (see live.ts). */
  live?: LiveContext;
};

/**
 * A subscription's view of its socket: the process's live feed, and a way to give each event's
 * execution loaders of its own (a subscription's context lives as long as it does, and cached
 * rows would show an account as it was when the subscription began).
 */
export type LiveContext = {
  feed: LiveFeed;
  renewLoaders(): void;
};
