import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { Logger } from "pino";
import { WebSocketServer, type WebSocket } from "ws";
import type { Auth, Context } from "../graphql/context";
import { PRIMARY } from "../db/replicas";
import { createLoaders } from "../graphql/loaders";
import { MAX_BODY_SIZE, MAX_TOKENS } from "../graphql/limits";
import type { Services } from "../services";
import { resolveAuth } from "./authenticate";

/** The close codes a client acts on (graphql-ws's client treats both as final: no reconnecting). */
export const SESSION_ENDED = CloseCode.Unauthorized; // 4401
export const TOO_MANY_SOCKETS = 4429;

type SocketState = { socket: WebSocket; auth: Auth; request: IncomingMessage; release: () => void };

type Formatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

const requestError = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code } });

/**
 * GraphQL subscriptions over WebSocket on /graphql (graphql-ws's graphql-transport-ws protocol),
 * next to Apollo's HTTP endpoint on the same path.
 *
 * - Origin: a browser always sends one with a WebSocket handshake, and Apollo's CSRF prevention
 *   does not see the handshake, so a page elsewhere could open a socket with its visitor's
 *   session cookie. An Origin other than the app's is refused at the handshake (403), and the
 *   session cookie counts only on a handshake that carries the app's Origin. Programs (no Origin)
 *   authenticate with an API token: an Authorization: Bearer header on the handshake, or
 *   `authorization: "Bearer …"` in the connection_init payload.
 * - The same limits as /graphql: the message size, the token count, and graphql-armor's depth,
 *   cost, alias and directive rules on every subscription document. Only subscriptions are
 *   served here: queries and mutations go through Apollo, its plugins and idempotency.
 * - A socket lives as long as its credentials: every tick of the live feed checks the sessions
 *   and tokens of all open sockets (two reads, whatever their number) and closes with 4401 each
 *   socket whose session ended (sign-out, password reset, idle or absolute expiry) or whose token
 *   was revoked or expired; the rest get their user as it is now, for the policy's checks.
 * - Closing costs nothing: graphql-ws returns each subscription's stream, which forgets its
 *   subscriber and releases the feed (which stops polling when nobody is left). One person holds
 *   at most LIVE_MAX_SOCKETS_PER_USER sockets per process (4429 beyond), each with at most
 *   LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET subscriptions; dead peers are dropped by ping/pong.
 */
export function liveSockets(options: {
  services: Services;
  schema: GraphQLSchema;
  validationRules: ValidationRule[];
  formatError: Formatter;
  log: Logger;
}) {
  const { services, schema, formatError, log } = options;
  const { config, live } = services;
  const rules = [...specifiedRules, ...options.validationRules];
  const appOrigin = new URL(config.appUrl).origin;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_SIZE });
  const sockets = new Map<WebSocket, SocketState>();

  /**
   * The app's own origin; outside production also the origin the request was sent to (the
   * console's development server forwards /graphql from its own port).
   */
  function originAllowed(origin: string, request: IncomingMessage): boolean {
    if (origin === appOrigin) return true;
    if (config.isProduction) return false;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  }

  function contextFor(state: SocketState): Context {
    const requestId = randomUUID();
    const context: Context = {
      requestId,
      log: log.child({ requestId, transport: "websocket" }),
      client: {
        ip: state.request.socket.remoteAddress ?? null,
        userAgent: state.request.headers["user-agent"] ?? null,
      },
      auth: state.auth,
      // Only subscriptions run here: nothing signs in or out over the socket.
      sessionCookie: { set() {}, clear() {} },
      deviceCookie: { value: null, set() {} },
      loaders: createLoaders(services.db, state.auth.user),
      // What a subscriber is sent is checked against the policy as it is now: the primary.
      reads: PRIMARY,
      live: {
        feed: live,
        renewLoaders() {
          context.loaders = createLoaders(services.db, state.auth.user);
        },
      },
    };
    return context;
  }

  /** Errors as /graphql gives them: public codes only, suggestions and internals removed. */
  function format(
    errors: readonly GraphQLError[],
    context: Context | null,
  ): GraphQLFormattedError[] {
    return errors.map((error) => {
      // Errors of the request itself (a variable that does not fit its type) are the caller's.
      const withCode =
        !error.path && error.extensions?.code === undefined && !error.originalError
          ? new GraphQLError(error.message, {
              nodes: error.nodes,
              extensions: { code: "BAD_USER_INPUT" },
            })
          : error;
      const formatted = formatError(withCode.toJSON(), withCode);
      if (formatted.extensions?.code === "INTERNAL_SERVER_ERROR") {
        (context?.log ?? log).error(
          { err: error.originalError ?? error, path: error.path },
          "unexpected error in a subscription",
        );
      }
      return { ...formatted, message: formatted.message.replace(/ Did you mean .*$/s, "") };
    });
  }

  const server = useServer(
    {
      schema,
      isProd: config.isProduction,
      async onConnect(ctx) {
        const { socket, request } = ctx.extra;
        const params = ctx.connectionParams ?? {};
        const fromParams = params.authorization ?? params.Authorization;
        const authorization =
          request.headers.authorization ?? (typeof fromParams === "string" ? fromParams : null);
        // The cookie is a browser's ambient credential: it counts only with the app's Origin
        // (any other Origin was refused at the handshake).
        const cookie = request.headers.origin !== undefined ? request.headers.cookie : undefined;
        const auth = await resolveAuth(services, { authorization, cookie });
        if (socket.readyState !== socket.OPEN) return false;
        if (!auth) {
          socket.close(CloseCode.Unauthorized, "Sign in, or send an API token");
          return false;
        }
        let held = 0;
        for (const state of sockets.values()) if (state.auth.user.id === auth.user.id) held += 1;
        if (held >= config.live.maxSocketsPerUser) {
          socket.close(TOO_MANY_SOCKETS, "Too many live connections");
          return false;
        }
        sockets.set(socket, { socket, auth, request, release: live.hold() });
        return true;
      },
      onClose(ctx) {
        const state = sockets.get(ctx.extra.socket);
        if (!state) return;
        sockets.delete(ctx.extra.socket);
        state.release();
      },
      onSubscribe(ctx, _id, payload) {
        const state = sockets.get(ctx.extra.socket);
        if (!state) return [requestError("Not connected.", "UNAUTHENTICATED")];
        // graphql-ws has already counted this one.
        if (Object.keys(ctx.subscriptions).length > config.live.maxSubscriptionsPerSocket) {
          return [
            requestError(
              `At most ${config.live.maxSubscriptionsPerSocket} subscriptions per socket: complete one first.`,
              "BAD_REQUEST",
            ),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (error) {
          return [requestError((error as Error).message, "GRAPHQL_PARSE_FAILED")];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length > 0) {
          return invalid.map((e) => requestError(e.message, "GRAPHQL_VALIDATION_FAILED"));
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== "subscription") {
          return [
            requestError(
              "Only subscriptions are served over the WebSocket; send queries and mutations to POST /graphql.",
              "BAD_REQUEST",
            ),
          ];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: contextFor(state),
        };
      },
      onNext(_ctx, _id, _payload, args, result: ExecutionResult): FormattedExecutionResult | void {
        if (!result.errors) return;
        return {
          ...result,
          errors: format(result.errors, (args.contextValue as Context | undefined) ?? null),
        };
      },
      onError(_ctx, _id, _payload, errors) {
        return format(errors, null);
      },
    },
    wss,
  );

  const stopChecks = live.onTick(async () => {
    if (sockets.size === 0) return;
    const states = [...sockets.values()];
    const sessions = await services.sessions.stillValid(
      states.flatMap((s) => (s.auth.via === "session" ? [s.auth.sessionIdHash] : [])),
    );
    const tokens = await services.apiTokens.stillValid(
      states.flatMap((s) => (s.auth.via === "token" ? [s.auth.tokenId] : [])),
    );
    for (const state of states) {
      const user =
        state.auth.via === "session"
          ? sessions.get(state.auth.sessionIdHash)
          : tokens.get(state.auth.tokenId);
      if (user) {
        state.auth.user = user;
        continue;
      }
      state.socket.close(
        SESSION_ENDED,
        state.auth.via === "session" ? "Session ended" : "API token revoked or expired",
      );
    }
  });

  function refuse(socket: Duplex, status: number, text: string) {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }

  return {
    /** The HTTP server's `upgrade` listener: /graphql only, from an allowed Origin. */
    upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
      const path = (request.url ?? "").split("?")[0];
      if (path !== "/graphql") {
        refuse(socket, 404, "Not Found");
        return;
      }
      const origin = request.headers.origin;
      if (origin !== undefined && !originAllowed(origin, request)) {
        log.info({ origin }, "websocket refused: origin not allowed");
        refuse(socket, 403, "Forbidden");
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
    },
    /** How many sockets are open (for tests and metrics). */
    get size(): number {
      return sockets.size;
    },
    /** Closes every socket (1001: clients reconnect elsewhere) and stops checking. */
    async close(): Promise<void> {
      stopChecks();
      const closing = [...wss.clients].map(
        (client) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => {
              client.terminate();
              resolve();
            }, 1000);
            client.once("close", () => {
              clearTimeout(timer);
              resolve();
            });
            client.close(1001, "Server stopping");
          }),
      );
      await Promise.all(closing);
      await server.dispose();
    },
  };
}
