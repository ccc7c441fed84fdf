import type { OrganisationType } from "@sam/graphql-types";
import { z } from "zod";
import { NO_LINK_MESSAGE } from "@/lib/input-rules";
import { noLink } from "@/lib/validation";
import { emailField, newPasswordField, passwordsMatch, passwordsMismatch } from "./fields";

const organisationTypes = ["CUSTOMER", "PARTNER"] as const satisfies readonly OrganisationType[];

export const registerSchema = z
  .object({
    email: emailField,
    name: z
      .string()
      .trim()
      .min(1, "Enter your full name")
      .max(200, "Use at most 200 characters")
      .refine(noLink, NO_LINK_MESSAGE),
    company: z
      .string()
      .trim()
      .min(1, "Enter your company's name")
      .max(200, "Use at most 200 characters")
      .refine(noLink, NO_LINK_MESSAGE),
    organisationType: z.enum(organisationTypes, {
      error: "Choose whether you work for a customer or a partner",
    }),
    password: newPasswordField,
    confirmPassword: z.string().min(1, "Enter the password again"),
  })
  .refine(passwordsMatch, passwordsMismatch);

export type RegisterValues = z.input<typeof registerSchema>;
