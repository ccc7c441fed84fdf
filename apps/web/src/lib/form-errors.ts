import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import {
  describeError,
  hasErrorCode,
  inputFieldErrors,
  type InputFieldError,
} from "@/lib/graphql-errors";
import { notifyError } from "@/lib/notify";

export const RATE_LIMITED_MESSAGE = "Too many attempts, try again later";

/**
 * Puts the server's BAD_USER_INPUT messages next to the form fields they name, so a rule the
 * server enforces reads the same as one the form checked itself.
 *
 * Returns the messages for inputs this form does not show, for the caller to surface some
 * other way.
 */
export function applyServerFieldErrors<TValues extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<TValues>,
  formFields: readonly Path<TValues>[],
  aliases: Partial<Record<string, Path<TValues>>> = {},
): InputFieldError[] {
  const unmatched: InputFieldError[] = [];
  let focused = false;
  for (const fieldError of inputFieldErrors(error)) {
    const field = aliases[fieldError.field] ?? formFields.find((name) => name === fieldError.field);
    if (field === undefined) {
      unmatched.push(fieldError);
      continue;
    }
    setError(field, { type: "server", message: fieldError.message }, { shouldFocus: !focused });
    focused = true;
  }
  return unmatched;
}

type FormErrorOptions<TValues extends FieldValues> = {
  setError: UseFormSetError<TValues>;
  /** The inputs this form shows, by their GraphQL input names. */
  fields: readonly Path<TValues>[];
  /** GraphQL input names that a form field of another name stands for. */
  aliases?: Partial<Record<string, Path<TValues>>>;
  /** The toast title for an error the form cannot place. */
  title: string;
};

/**
 * The common handling of a failed form mutation: input errors go next to their fields; rate
 * limiting, and a change someone else made first (CONFLICT), become a message in the form;
 * anything else a toast.
 *
 * Returns the message to show at the top of the form, if any.
 */
export function handleFormMutationError<TValues extends FieldValues>(
  error: unknown,
  { setError, fields, aliases, title }: FormErrorOptions<TValues>,
): string | null {
  if (hasErrorCode(error, "RATE_LIMITED")) return RATE_LIMITED_MESSAGE;
  if (hasErrorCode(error, "CONFLICT")) return describeError(error);
  if (hasErrorCode(error, "BAD_USER_INPUT")) {
    const unmatched = applyServerFieldErrors(error, setError, fields, aliases);
    if (unmatched.length > 0) return unmatched.map((fieldError) => fieldError.message).join(" ");
    if (inputFieldErrors(error).length > 0) return null;
    return describeError(error);
  }
  notifyError(title, error);
  return null;
}
