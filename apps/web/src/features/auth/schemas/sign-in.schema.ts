import { z } from "zod";
import { signInEmailField } from "./fields";

export const signInSchema = z.object({
  email: signInEmailField,
  // No length rule: the password is checked against the stored one, whatever its age.
  password: z.string().min(1, "Enter your password"),
});

export type SignInValues = z.input<typeof signInSchema>;
