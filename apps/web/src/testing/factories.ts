import type { ApiTokenFieldsFragment, ViewerFieldsFragment } from "@sam/graphql-types";
import type { MailboxEmail } from "@/features/mailbox/api/mailbox";

let sequence = 0;
const nextId = () => String(++sequence);

export function buildUser(overrides: Partial<ViewerFieldsFragment> = {}): ViewerFieldsFragment {
  return {
    __typename: "User",
    id: `user-${nextId()}`,
    email: "ada@example.com",
    name: "Ada Lovelace",
    company: "Analytical Engines Ltd",
    organisationType: "CUSTOMER",
    emailVerified: true,
    isStaff: false,
    ...overrides,
  };
}

export function buildApiToken(
  overrides: Partial<ApiTokenFieldsFragment> = {},
): ApiTokenFieldsFragment {
  const id = nextId();
  return {
    __typename: "ApiToken",
    id: `token-${id}`,
    name: `Token ${id}`,
    scope: "READ_ONLY",
    prefix: `sam_${id.padStart(4, "0")}`,
    createdAt: "2026-01-15T10:00:00.000Z",
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

export function buildEmail(overrides: Partial<MailboxEmail> = {}): MailboxEmail {
  const id = nextId();
  return {
    id: `email-${id}`,
    to: "ada@example.com",
    subject: `Email ${id}`,
    text: "Hello.",
    html: "<p>Hello.</p>",
    createdAt: "2026-01-15T10:00:00.000Z",
    status: "SENT",
    ...overrides,
  };
}
