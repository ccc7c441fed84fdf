import { ValidateBy, type ValidationArguments, type ValidationOptions } from "class-validator";
import { isDeliverableEmail } from "./email-address";
import { containsLink } from "./text";

export const IS_DELIVERABLE_EMAIL = "isDeliverableEmail";
export const HAS_NO_LINK = "hasNoLink";

function badAddresses(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((email) => typeof email !== "string" || !isDeliverableEmail(email))
    .map((email) => (typeof email === "string" ? email : String(email)));
}

/**
 * An email address (or a list of them) that a mail server takes: see `isDeliverableEmail`. For a
 * list the message names each address refused, so the caller knows which one to fix.
 */
export function IsDeliverableEmail(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_DELIVERABLE_EMAIL,
      validator: {
        validate: (value: unknown) => badAddresses(value).length === 0,
        defaultMessage: (args?: ValidationArguments) => {
          if (!Array.isArray(args?.value)) {
            return "Enter an email address a mail server accepts, such as name@example.com.";
          }
          const bad = badAddresses(args.value).map((email) => (email ? `"${email}"` : "(empty)"));
          return `${bad.length === 1 ? "This is not an email address" : "These are not email addresses"} a mail server accepts: ${bad.join(", ")}.`;
        },
      },
    },
    options,
  );
}

/** A name that must not carry a web address ("https://…", "www.…", "mailto:…"). */
export function HasNoLink(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: HAS_NO_LINK,
      validator: {
        validate: (value: unknown) => typeof value !== "string" || !containsLink(value),
        defaultMessage: () =>
          "A name cannot contain a web address or link (http:, www. and the like).",
      },
    },
    options,
  );
}
