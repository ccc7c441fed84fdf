import type { ApolloLink } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { createClient } from "graphql-ws";
import { SESSION_ENDED_CLOSE } from "./live-link";

/**
 * The WebSocket link, in its own chunk. The session cookie goes with the handshake (same origin);
 * the server checks the page's Origin. A socket the server closes because the session ended is
 * not reopened: the console asks who is signed in, and the signed-in layout sends the person to
 * sign in. Any other drop (a restart, the network) is retried with graphql-ws's back-off.
 */
export function createWsLink(onSessionEnded: () => void): ApolloLink {
  const url = new URL("/graphql", window.location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return new GraphQLWsLink(
    createClient({
      url: url.href,
      retryAttempts: 30,
      on: {
        closed: (event) => {
          if ((event as { code?: number }).code === SESSION_ENDED_CLOSE) onSessionEnded();
        },
      },
    }),
  );
}
