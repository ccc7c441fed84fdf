import { z } from "zod";

export const declineAccessRequestSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, "Give the reason for declining")
    .max(2000, "Use at most 2000 characters"),
});

export type DeclineAccessRequestValues = z.input<typeof declineAccessRequestSchema>;
