import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { ErrorLink } from "@apollo/client/link/error";
import { OperationTypeNode } from "graphql";
import { createIdempotencyLink } from "./idempotency-link";
import { createLazyWsLink } from "./live-link";

// Operations for which UNAUTHENTICATED is an answer about the person, not about the session.
const signInOperations = new Set(["Me", "SignIn", "SignOut"]);

/**
 * When a session ends while the console is open (expired, or signed out elsewhere), the next
 * operation fails UNAUTHENTICATED. Asking for `me` again lets the signed-in layout get the same
 * answer and send the person to sign in, back to where they were afterwards.
 */
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (signInOperations.has(operation.operationName ?? "")) return;
  if (!CombinedGraphQLErrors.is(error)) return;
  if (!error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) return;
  operation.client.refetchQueries({ include: ["Me"] }).catch(() => {
    // The layout reads the outcome from its own `me` query.
  });
});

export function createApolloClient(): ApolloClient {
  const http = ApolloLink.from([
    sessionEndedLink,
    createIdempotencyLink(),
    new HttpLink({
      // Absolute, so it resolves the same wherever fetch has no page URL to resolve against.
      uri: new URL("/graphql", window.location.origin).href,
      // The session is an HttpOnly cookie on this origin; API tokens are for other programs.
      credentials: "same-origin",
    }),
  ]);
  const client: ApolloClient = new ApolloClient({
    // Subscriptions over the WebSocket (its code loads with the first one), the rest over HTTP.
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      createLazyWsLink(() => {
        client.refetchQueries({ include: ["Me"] }).catch(() => {
          // The layout reads the outcome from its own `me` query.
        });
      }),
      http,
    ),
    cache: new InMemoryCache(),
  });
  return client;
}
