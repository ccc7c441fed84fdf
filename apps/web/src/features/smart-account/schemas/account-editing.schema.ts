import { z } from "zod";
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
  .object({
    email: emailField,
    role: z.enum(["ADMINISTRATOR", "APPROVER", "USER", "VIEWER"]),
    scope: z.enum(["ACCOUNT", "VIRTUAL_ACCOUNTS"]),
    virtualAccountIds: z.array(z.string()),
  })
  .refine((values) => values.scope === "ACCOUNT" || values.virtualAccountIds.length > 0, {
    path: ["virtualAccountIds"],
    message: "Choose at least one virtual account",
  })
  .refine((values) => values.scope === "ACCOUNT" || values.role !== "APPROVER", {
    path: ["scope"],
    message: "Approver is a role on the whole account",
  });
export type AccountUserValues = z.input<typeof accountUserSchema>;
