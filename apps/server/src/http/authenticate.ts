import { parse as parseCookies } from "cookie";
import type { Auth } from "../graphql/context";
import type { Services } from "../services";

export const SESSION_COOKIE = "sam_session";

/** The credentials a request may carry: a bearer API token, or the session cookie. */
export type Credentials = { authorization?: string | null; cookie?: string | null };

export function sessionSecret(cookieHeader: string | null | undefined): string | undefined {
  return cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined;
}

export function bearerOf(authorization: string | null | undefined): string | undefined {
  return authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

/**
 * Who is calling: an API token when an Authorization: Bearer header is sent (then the cookie is
 * not looked at, and an unknown token is nobody), else the session cookie. The one rule for
 * /graphql, the exports and the subscription socket.
 */
export async function resolveAuth(
  services: Services,
  credentials: Credentials,
): Promise<Auth | null> {
  const bearer = bearerOf(credentials.authorization);
  if (bearer) {
    const found = await services.apiTokens.authenticate(bearer);
    return found
      ? { via: "token", user: found.user, tokenId: found.token.id, scope: found.token.scope }
      : null;
  }
  const secret = sessionSecret(credentials.cookie);
  if (!secret) return null;
  const session = await services.sessions.resolve(secret);
  return session
    ? {
        via: "session",
        user: session.user,
        sessionIdHash: session.idHash,
        sessionStartedAt: session.createdAt,
      }
    : null;
}
