import type { Env } from "@/env";

// Tests run the development build: the mailbox and the explorer are part of what they check.
export const env: Env = {
  DEV: true,
};
