import { z } from "zod";
import { isDeliverableEmail } from "@/lib/input-rules";
import { splitEmails } from "@/lib/validation";

export const requestAccessSchema = z
  .object({
    emails: z.string(),
    forMyself: z.boolean(),
    role: z.enum(["USER", "VIEWER", "ADMINISTRATOR"]),
    reason: z
      .string()
      .trim()
      .min(1, "Give the reason for the request")
      .max(2000, "Use at most 2000 characters"),
  })
  .superRefine((values, ctx) => {
    const emails = splitEmails(values.emails);
    const bad = emails.filter((email) => !isDeliverableEmail(email));
    const message =
      bad.length > 0
        ? `Not a valid email address: ${bad.join(", ")}`
        : emails.length === 0 && !values.forMyself
          ? "Enter an email address, or request access for yourself"
          : emails.length > 20
            ? "Give at most 20 email addresses"
            : null;
    if (message) ctx.addIssue({ code: "custom", path: ["emails"], message });
  });

export type RequestAccessValues = z.input<typeof requestAccessSchema>;
