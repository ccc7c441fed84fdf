import { z } from "zod";
import { isDeliverableEmail } from "@/lib/input-rules";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The audit log's filters, with the limits the auditLog query checks. Dates are whole UTC days. */
export const auditLogFilterSchema = z
  .object({
    actorEmail: z
      .string()
      .trim()
      .max(254, "At most 254 characters")
      .refine((value) => value === "" || isDeliverableEmail(value), "Enter an email address"),
    types: z.array(z.string()),
    accountId: z
      .string()
      .trim()
      .refine((value) => value === "" || /^[\w-]{1,64}$/.test(value), "Not a Smart Account ID"),
    from: z.string().refine((value) => value === "" || DAY.test(value), "Enter a date"),
    to: z.string().refine((value) => value === "" || DAY.test(value), "Enter a date"),
  })
  .refine((values) => !values.from || !values.to || values.to >= values.from, {
    path: ["to"],
    message: "The last day cannot be before the first",
  });

export type AuditLogFilterValues = z.input<typeof auditLogFilterSchema>;
