import { z } from "zod";

const mailboxEmailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  createdAt: z.string(),
  status: z.enum(["PENDING", "SENT", "FAILED"]),
});

const mailboxResponseSchema = z.object({
  emails: z.array(mailboxEmailSchema),
});

export type MailboxEmail = z.infer<typeof mailboxEmailSchema>;

export class MailboxUnavailableError extends Error {
  override name = "MailboxUnavailableError";
}

/**
 * The server's development outbox, newest first. It is plain REST beside the GraphQL API
 * because it exists only in development and is not part of the public contract.
 */
export async function fetchMailbox(signal?: AbortSignal): Promise<MailboxEmail[]> {
  const response = await fetch(new URL("/dev/mailbox", window.location.origin), {
    credentials: "same-origin",
    headers: { accept: "application/json" },
    signal,
  });
  if (response.status === 404) {
    throw new MailboxUnavailableError(
      "The server has no mailbox. It is only there when the server runs in development mode.",
    );
  }
  if (!response.ok) {
    throw new MailboxUnavailableError(`The mailbox answered with an error (${response.status}).`);
  }
  const parsed = mailboxResponseSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new MailboxUnavailableError(
      "The mailbox answered with something that is not a list of emails.",
    );
  }
  return parsed.data.emails;
}
