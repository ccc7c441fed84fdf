import { z } from "zod";
import { contactPhoneField, domainIdentifierField } from "@/lib/validation";

export const resubmitDomainSchema = z.object({
  domainIdentifier: domainIdentifierField,
  contactPhone: contactPhoneField.refine((value) => value !== "", "Enter a contact phone number"),
});

export type ResubmitDomainValues = z.input<typeof resubmitDomainSchema>;
