import { Badge } from "@mantine/core";
import type { ApiTokenFieldsFragment } from "@sam/graphql-types";

export function ApiTokenStatus({ token }: { token: ApiTokenFieldsFragment }) {
  if (token.revokedAt) {
    return (
      <Badge color="gray" variant="light">
        Revoked
      </Badge>
    );
  }
  if (token.expiresAt && new Date(token.expiresAt) <= new Date()) {
    return (
      <Badge color="gray" variant="light">
        Expired
      </Badge>
    );
  }
  return (
    <Badge color="green" variant="light">
      Active
    </Badge>
  );
}
