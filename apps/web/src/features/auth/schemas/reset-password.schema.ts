import { z } from "zod";
import { newPasswordField, passwordsMatch, passwordsMismatch } from "./fields";

export const resetPasswordSchema = z
  .object({
    password: newPasswordField,
    confirmPassword: z.string().min(1, "Enter the password again"),
  })
  .refine(passwordsMatch, passwordsMismatch);

export type ResetPasswordValues = z.input<typeof resetPasswordSchema>;
