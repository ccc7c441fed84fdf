import nodemailer from "nodemailer";
import type { MailTransport, OutgoingEmail } from "./dispatcher";

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
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
  };
}
