import { z } from "zod";
import { contactPhoneField, domainIdentifierField, noteField } from "@/lib/validation";

export const editIdentifierSchema = z.object({
  domainIdentifier: domainIdentifierField,
  contactPhone: contactPhoneField,
  note: noteField,
});

export type EditIdentifierValues = z.input<typeof editIdentifierSchema>;
