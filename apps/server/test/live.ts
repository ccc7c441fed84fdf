import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient, type Client as WsClient } from "graphql-ws";
import WebSocket from "ws";
import type { GqlError } from "./harness";

export const APP_ORIGIN = "http://app.test";

/** How a test socket presents itself: cookies, a bearer header, an Origin (none: null). */
export type SocketOptions = {
  cookie?: string | null;
  bearer?: string | null;
  origin?: string | null;
  connectionParams?: Record<string, unknown>;
};

export type LiveResult<T> = { data?: T | null; errors?: GqlError[] };

/**
 * A graphql-ws client on a server's /graphql, as a browser (cookie and Origin) or a program
 * (token, no Origin) opens it. It never reconnects: a test sees every close, with its code.
 */
export class LiveClient {
  readonly client: WsClient;
  /** The close codes the server (or the network) ended the socket with. */
  readonly closes: number[] = [];
  private closedWaiters: ((code: number) => void)[] = [];

  constructor(baseUrl: string, options: SocketOptions = {}) {
    const headers: Record<string, string> = {};
    if (options.cookie) headers.cookie = options.cookie;
    if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
    const origin = options.origin === undefined ? APP_ORIGIN : options.origin;
    class Socket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers, ...(origin ? { origin } : {}) });
      }
    }
    this.client = createClient({
      url: `${baseUrl.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: Socket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: options.connectionParams,
      on: {
        closed: (event) => {
          const code = (event as { code: number }).code;
          this.closes.push(code);
          for (const resolve of this.closedWaiters.splice(0)) resolve(code);
        },
      },
    });
  }

  /** Subscribes; the results come one `next()` at a time. */
  subscribe<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): AsyncIterableIterator<LiveResult<TData>> {
    return this.client.iterate({
      query: print(document),
      variables: variables as Record<string, unknown> | undefined,
    }) as AsyncIterableIterator<LiveResult<TData>>;
  }

  /** The code the socket closes with (at once if it already closed). */
  closed(): Promise<number> {
    if (this.closes.length > 0) return Promise.resolve(this.closes[this.closes.length - 1]);
    return new Promise((resolve) => this.closedWaiters.push(resolve));
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }
}

/** The next result of a subscription (its end is an error: the test expected more). */
export async function nextOf<T>(
  stream: AsyncIterableIterator<LiveResult<T>>,
): Promise<LiveResult<T>> {
  const result = await stream.next();
  if (result.done) throw new Error("The subscription ended");
  return result.value;
}

/** Waits until the condition holds, checking after each turn of the event loop and a short pause. */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** What the handshake got: the HTTP status when it was refused, or 101 when a socket opened. */
export function handshake(
  baseUrl: string,
  headers: Record<string, string>,
  origin?: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `${baseUrl.replace(/^http/, "ws")}/graphql`,
      "graphql-transport-ws",
      {
        headers,
        ...(origin ? { origin } : {}),
      },
    );
    socket.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once("open", () => {
      resolve(101);
      socket.close();
    });
    socket.once("error", (error) => reject(error));
  });
}
