import type { AccountAuthorization } from "@sam/graphql-types";
import { z } from "zod";
import {
  accountNameField,
  companySchema,
  contactPhoneField,
  emptyCompany,
  noteField,
} from "@/lib/validation";
import { checkEmailList } from "./email-list";

const authorizations = [
  "REQUESTER",
  "SOMEONE_ELSE",
] as const satisfies readonly AccountAuthorization[];

const isObject = ({ value }: { value: unknown }) => typeof value === "object" && value !== null;

/**
 * The whole "Request for my company" wizard is one form; each step validates its own fields
 * before the next one opens, and the server's field names are the form's.
 */
export const requestForCompanySchema = z
  .object({
    authorization: z.enum(authorizations, { error: "Choose who will authorize the account" }),
    approverEmails: z.string(),
    message: noteField,
    name: accountNameField,
    /** Empty while the default identifier (the approver's email host) stands. */
    domainIdentifier: z.string().trim().max(253, "The identifier is too long"),
    contactPhone: contactPhoneField,
    /** Set from the live domain check: the identifier needs a domain approver's review. */
    reviewRequired: z.boolean(),
    provideCompany: z.boolean(),
    company: z.object({
      name: z.string(),
      country: z.string(),
      addressLine: z.string(),
      city: z.string(),
      region: z.string(),
      postalCode: z.string(),
    }),
    administratorEmails: z.string(),
    requestAccessForMyself: z.boolean(),
    acceptTerms: z.boolean(),
  })
  .superRefine(
    (values, ctx) => {
      const self = values.authorization === "REQUESTER";
      if (values.authorization === "SOMEONE_ELSE") {
        checkEmailList(
          values.approverEmails,
          { min: 1, max: 10, required: "Enter the email of the person who will authorize" },
          ctx,
          "approverEmails",
        );
      }
      if (values.reviewRequired && !values.contactPhone.trim()) {
        ctx.addIssue({
          code: "custom",
          path: ["contactPhone"],
          message:
            "This identifier needs review: give a contact phone number for the domain approvers (Edit)",
        });
      }
      if (self || values.provideCompany) {
        const company = companySchema.safeParse(values.company);
        for (const issue of company.error?.issues ?? []) {
          ctx.addIssue({
            code: "custom",
            path: ["company", ...issue.path.map(String)],
            message: issue.message,
          });
        }
      }
      checkEmailList(
        values.administratorEmails,
        { min: 0, max: 20, required: "" },
        ctx,
        "administratorEmails",
      );
      if (self && !values.acceptTerms) {
        ctx.addIssue({
          code: "custom",
          path: ["acceptTerms"],
          message: "Accept the approver's terms to authorize the account",
        });
      }
    },
    { when: isObject },
  );

export type RequestForCompanyValues = z.input<typeof requestForCompanySchema>;

export const requestForCompanyDefaults: RequestForCompanyValues = {
  // Left unchosen on purpose: who authorizes is the first decision of the wizard.
  authorization: undefined as unknown as AccountAuthorization,
  approverEmails: "",
  message: "",
  name: "",
  domainIdentifier: "",
  contactPhone: "",
  reviewRequired: false,
  provideCompany: false,
  company: emptyCompany,
  administratorEmails: "",
  requestAccessForMyself: false,
  acceptTerms: false,
};
