import type { ApolloClient } from "@apollo/client";
import type { MeQuery } from "@sam/graphql-types";
import { meQuery } from "@/features/auth/api/me";

/**
 * The server answers the console's `Me` query in the page it sends to a signed-in browser
 * (`<script type="application/json" id="sam-session">`, see the server's console-page.ts): put
 * that answer in the cache, so the signed-in page draws at once instead of after a round trip.
 * Without it (signed out, or a page from the development server) `Me` is asked over the network
 * as always; an answer that does not read is ignored the same way.
 */
export function takeSessionFromPage(client: ApolloClient, page: Document = document): boolean {
  const element = page.getElementById("sam-session");
  if (!element) return false;
  // Read once: a later sign-out must not find it again.
  element.remove();
  try {
    const { data } = JSON.parse(element.textContent ?? "") as { data?: unknown };
    if (!data || typeof data !== "object") return false;
    client.writeQuery({ query: meQuery, data: data as MeQuery });
    return true;
  } catch {
    return false;
  }
}
