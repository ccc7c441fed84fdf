import { z } from "zod";
import { contactPhoneField, domainIdentifierField, noteField } from "@/lib/validation";

// A prefix is one or more labels put before the domain ("lab", "pl.emea"): no spaces, @, / or :,
// no empty label. The server's check decides the rest, as it does for a whole domain.
const PREFIX = /^[^\s@/:?#\\.]+(\.[^\s@/:?#\\.]+)*$/;

export const editIdentifierSchema = z
  .object({
    mode: z.enum(["prefix", "domain"]),
    prefix: z.string().trim().max(200, "The prefix is too long"),
    domainIdentifier: z.string(),
    contactPhone: contactPhoneField,
    note: noteField,
  })
  .superRefine((values, ctx) => {
    if (values.mode === "prefix") {
      if (values.prefix && !PREFIX.test(values.prefix.replace(/\.$/, ""))) {
        ctx.addIssue({
          code: "custom",
          path: ["prefix"],
          message: "Enter letters, digits and hyphens, such as lab — no spaces, @, / or :",
        });
      }
      return;
    }
    const parsed = domainIdentifierField.safeParse(values.domainIdentifier);
    if (!parsed.success) {
      ctx.addIssue({
        code: "custom",
        path: ["domainIdentifier"],
        message: parsed.error.issues[0]?.message ?? "Enter a domain, such as example.com",
      });
    }
  });

export type EditIdentifierFormValues = z.input<typeof editIdentifierSchema>;

/** What the editor saves: the identifier it composed, the phone and the note. */
export type EditIdentifierValues = { domainIdentifier: string; contactPhone: string; note: string };

/** The identifier a prefix on the domain makes: the domain itself when there is no prefix. */
export function composeIdentifier(prefix: string, domain: string): string {
  const label = prefix.trim().replace(/\.+$/, "");
  return label ? `${label}.${domain}` : domain;
}
