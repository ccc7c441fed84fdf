import { ApolloLink } from "@apollo/client";
import { Observable, type Subscription } from "rxjs";

/** A socket closed by the server because its session ended or its token was revoked. */
export const SESSION_ENDED_CLOSE = 4401;

/**
 * Subscriptions go over a WebSocket on /graphql. Its client (graphql-ws with Apollo's
 * GraphQLWsLink, see ws-link.ts) is fetched when the first subscription starts — after the first
 * page has drawn, outside its budget — and then shared by every subscription. graphql-ws opens
 * the socket while some subscription runs and closes it when none is left.
 */
export function createLazyWsLink(onSessionEnded: () => void): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  return new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | null = null;
        let cancelled = false;
        loading ??= import("./ws-link").then((module) => module.createWsLink(onSessionEnded));
        loading.then(
          (link) => {
            if (!cancelled)
              inner = link.request(operation, () => new Observable()).subscribe(observer);
          },
          (error: unknown) => {
            // A failed fetch of the chunk (offline, a new release) may work next time.
            loading = null;
            observer.error(error);
          },
        );
        return () => {
          cancelled = true;
          inner?.unsubscribe();
        };
      }),
  );
}
