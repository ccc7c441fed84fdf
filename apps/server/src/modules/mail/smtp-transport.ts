import nodemailer from "nodemailer";
import type { MailTransport, OutgoingEmail } from "./dispatcher";

/** SMTP connections kept open and shared by the sends in flight (the dispatcher's IN_FLIGHT). */
export const SMTP_CONNECTIONS = 8;

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  // Pooled: each connection is opened (and greeted, authenticated, upgraded to TLS) once and
  // carries many messages, instead of one connection per email.
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: SMTP_CONNECTIONS,
    maxMessages: 1000,
  });
  const domain = (from.match(/@([^>\s]+)/)?.[1] ?? "localhost").toLowerCase();
  return {
    async send(email: OutgoingEmail) {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: `<${email.messageId}@${domain}>`,
      });
    },
    async close() {
      transporter.close();
    },
  };
}
