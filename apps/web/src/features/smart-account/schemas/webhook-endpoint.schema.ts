import { z } from "zod";

/** The same rules the server applies first (it also refuses private hosts, and names the field). */
export const webhookEndpointSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the URL to post to")
    .max(2000, "Use at most 2000 characters")
    .refine((value) => /^https?:\/\/[^/\s]+/i.test(value), "Enter a URL starting with https://"),
  eventTypes: z.array(z.string()).min(1, "Choose at least one event type"),
});
export type WebhookEndpointValues = z.input<typeof webhookEndpointSchema>;
