import { z } from "zod";
import { checkRoleScope, roleScopeShape } from "@/components/forms/role-scope.schema";
import { NO_LINK_MESSAGE } from "@/lib/input-rules";
import { accountNameField, companySchema, emailField, noLink } from "@/lib/validation";

export const editDetailsSchema = z.object({
  name: accountNameField,
  visibility: z.enum(["RESTRICTED", "UNRESTRICTED"]),
  company: companySchema,
});
export type EditDetailsValues = z.input<typeof editDetailsSchema>;

export const virtualAccountSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter a name")
    .max(100, "Use at most 100 characters")
    .refine(noLink, NO_LINK_MESSAGE),
  description: z.string().max(2000, "Use at most 2000 characters"),
  parentId: z.string(),
});
export type VirtualAccountValues = z.input<typeof virtualAccountSchema>;

export const accountUserSchema = z
  .object({ email: emailField, ...roleScopeShape })
  .superRefine(checkRoleScope);
export type AccountUserValues = z.input<typeof accountUserSchema>;
