import type { Env } from "@/env";

// Tests run the development build: the mailbox and the explorer are part of what they check.
export const env: Env = {
  DEV: true,
  // No WebSocket server here: the live counts are those the queries answer (msw handlers).
  LIVE: false,
};
