import { z } from "zod";

export const rejectDomainSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, "Give the reason for rejecting")
    .max(2000, "Use at most 2000 characters"),
});

export type RejectDomainValues = z.input<typeof rejectDomainSchema>;
