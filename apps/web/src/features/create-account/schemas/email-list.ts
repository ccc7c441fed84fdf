import type { z } from "zod";
import { isDeliverableEmail } from "@/lib/input-rules";
import { splitEmails } from "@/lib/validation";

type EmailListRule = { min: number; max: number; required: string };

/** Adds an issue at `path` when a comma-separated list of emails breaks the rule. */
export function checkEmailList(
  value: string,
  { min, max, required }: EmailListRule,
  ctx: z.RefinementCtx,
  path?: string,
): void {
  const emails = splitEmails(value);
  const bad = emails.filter((email) => !isDeliverableEmail(email));
  const message =
    emails.length < min
      ? required
      : bad.length > 0
        ? `Not a valid email address: ${bad.join(", ")}`
        : emails.length > max
          ? `Give at most ${max} email addresses`
          : null;
  if (message) ctx.addIssue({ code: "custom", ...(path ? { path: [path] } : {}), message });
}
