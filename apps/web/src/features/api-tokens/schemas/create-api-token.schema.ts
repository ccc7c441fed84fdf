import type { ApiTokenScope, CreateApiTokenInput } from "@sam/graphql-types";
import { z } from "zod";

const scopes = ["FULL", "READ_ONLY"] as const satisfies readonly ApiTokenScope[];

function todayIsoDate(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const createApiTokenSchema = z
  .object({
    name: z.string().trim().min(1, "Give the token a name").max(100, "Use at most 100 characters"),
    scope: z.enum(scopes, { error: "Choose what the token may do" }),
    /** `YYYY-MM-DD` from a date input, or empty for a token that does not expire. */
    expiresOn: z
      .string()
      .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value), "Enter a date")
      // ISO dates compare correctly as strings.
      .refine((value) => value === "" || value > todayIsoDate(), "Choose a date after today"),
  })
  .transform(({ name, scope, expiresOn }): CreateApiTokenInput => ({
    name,
    scope,
    // The token works through the whole chosen day, in the person's own time zone.
    expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59.999`).toISOString() : null,
  }));

export type CreateApiTokenValues = z.input<typeof createApiTokenSchema>;
