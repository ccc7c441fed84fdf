import type { AuthChecker } from "type-graphql";
import { NotAllowedError, NotSignedInError } from "../common/errors";
import type { Context } from "./context";

/** The roles `@Authorized(...)` may name; no role means "signed in". */
export type Role = "STAFF" | "VERIFIED";

/**
 * The one gate for `@Authorized`: signed in (session or API token), read-only tokens never
 * mutate, and the named roles. Throws rather than returning false so the codes are ours.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const auth = context.auth;
  if (!auth) throw new NotSignedInError();
  if (
    auth.via === "token" &&
    auth.scope === "READ_ONLY" &&
    info.operation.operation === "mutation"
  ) {
    throw new NotAllowedError("This API token is read-only.");
  }
  for (const role of roles) {
    if (role === "STAFF" && !auth.user.isStaff) {
      throw new NotAllowedError("Only operator staff may do this.");
    }
    if (role === "VERIFIED" && !auth.user.emailVerifiedAt) {
      throw new NotAllowedError("Verify your email address first.");
    }
  }
  return true;
};

export function requireAuth(context: Context) {
  if (!context.auth) throw new NotSignedInError();
  return context.auth;
}
