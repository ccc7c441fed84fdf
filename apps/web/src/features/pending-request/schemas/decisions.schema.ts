import type { IdentifierChoice } from "@sam/graphql-types";
import { z } from "zod";
import {
  accountNameField,
  companySchema,
  emailField,
  emptyCompany,
  noteField,
  type CompanyValues,
} from "@/lib/validation";

export const forwardSchema = z.object({
  email: emailField,
  message: noteField,
});
export type ForwardValues = z.input<typeof forwardSchema>;

const identifierChoices = [
  "REQUESTED",
  "APPROVER_EMAIL_HOST",
] as const satisfies readonly IdentifierChoice[];

const looseCompany = z.object({
  name: z.string(),
  country: z.string(),
  addressLine: z.string(),
  city: z.string(),
  region: z.string(),
  postalCode: z.string(),
});

export const approveSchema = z
  .object({
    acceptTerms: z.boolean().refine((value) => value, "Accept the approver's terms to approve"),
    name: accountNameField,
    identifierChoice: z.enum(identifierChoices),
    provideCompany: z.boolean(),
    company: looseCompany,
  })
  .superRefine(
    (values, ctx) => {
      if (!values.provideCompany) return;
      for (const issue of companySchema.safeParse(values.company).error?.issues ?? []) {
        ctx.addIssue({
          code: "custom",
          path: ["company", ...issue.path.map(String)],
          message: issue.message,
        });
      }
    },
    { when: ({ value }) => typeof value === "object" && value !== null },
  );
export type ApproveValues = z.input<typeof approveSchema>;

export const companyAddressSchema = z.object({ company: companySchema });
export type CompanyAddressValues = { company: CompanyValues };
export const emptyCompanyAddress: CompanyAddressValues = { company: emptyCompany };
