import { z } from "zod";

export const approveAccessRequestSchema = z
  .object({
    role: z.enum(["ADMINISTRATOR", "APPROVER", "USER", "VIEWER"]),
    scope: z.enum(["ACCOUNT", "VIRTUAL_ACCOUNTS"]),
    virtualAccountIds: z.array(z.string()),
  })
  .refine((values) => values.scope === "ACCOUNT" || values.virtualAccountIds.length > 0, {
    path: ["virtualAccountIds"],
    message: "Choose at least one virtual account",
  });

export type ApproveAccessRequestValues = z.input<typeof approveAccessRequestSchema>;
