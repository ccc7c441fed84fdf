import { z } from "zod";
import { emailField } from "./fields";

export const resendVerificationSchema = z.object({
  email: emailField,
});

export type ResendVerificationValues = z.input<typeof resendVerificationSchema>;
