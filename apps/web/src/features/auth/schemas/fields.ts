import { z } from "zod";
import { EMAIL_MESSAGE, isDeliverableEmail } from "@/lib/input-rules";

// The limits mirror the server's input validation (schema.graphql descriptions), so a person
// hears about them while typing rather than after sending.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** An address the system will send to: one a mail server accepts. */
export const emailField = z
  .string()
  .trim()
  .min(1, "Enter your email address")
  .refine(isDeliverableEmail, EMAIL_MESSAGE);

/** Signing in sends nothing: only the shape is checked, as the server does. */
export const signInEmailField = z
  .string()
  .trim()
  .min(1, "Enter your email address")
  .pipe(z.email({ error: "Enter a valid email address" }));

export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

type PasswordPair = { password: string; confirmPassword: string };

function isPasswordPair(value: unknown): value is PasswordPair {
  if (typeof value !== "object" || value === null) return false;
  const { password, confirmPassword } = value as Record<string, unknown>;
  return typeof password === "string" && typeof confirmPassword === "string";
}

/** The "confirm password" rule, for `.refine(passwordsMatch, passwordsMismatch)`. */
export const passwordsMatch = (values: PasswordPair) => values.password === values.confirmPassword;

export const passwordsMismatch = {
  path: ["confirmPassword"],
  message: "The passwords do not match",
  // zod skips an object's refinements while any field is invalid; checking only that both
  // passwords are there lets the mismatch show as the person types, not after the rest.
  when: ({ value }: { value: unknown }) => isPasswordPair(value),
};
