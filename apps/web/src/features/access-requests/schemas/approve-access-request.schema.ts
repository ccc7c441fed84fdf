import { z } from "zod";

// The same rules as setting a user's roles (account-editing.schema.ts): both forms share one
// role and scope picker, and the server checks both the same way.
export const approveAccessRequestSchema = z
  .object({
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

export type ApproveAccessRequestValues = z.input<typeof approveAccessRequestSchema>;
