import { isValidPhoneNumber } from "libphonenumber-js";
import { z } from "zod";
import { isCountryCode } from "./countries";
import { containsLink, EMAIL_MESSAGE, isDeliverableEmail, NO_LINK_MESSAGE } from "./input-rules";

// Zod pieces the request, approval and review forms share. The limits mirror the server's
// input validation (schema.graphql descriptions), so a person hears about them while typing.

/** "a@x.com, b@y.com" (or one per line) as a list; empty entries are dropped. */
export function splitEmails(value: string): string[] {
  return value
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export const emailField = z
  .string()
  .trim()
  .min(1, "Enter an email address")
  .refine(isDeliverableEmail, EMAIL_MESSAGE);

/** A name that is put into emails: no web address in it. */
export const noLink = (value: string) => !containsLink(value);

/** A note or message: optional, at most 2000 characters. */
export const noteField = z.string().max(2000, "Use at most 2000 characters");

export const accountNameField = z
  .string()
  .trim()
  .min(1, "Enter the account name")
  .max(200, "Use at most 200 characters")
  .refine(noLink, NO_LINK_MESSAGE);

/** The shape the server accepts; its own check (public suffix, scripts) is the final word. */
export const domainIdentifierField = z
  .string()
  .trim()
  .min(1, "Enter a domain, such as example.com")
  .max(253, "The identifier is too long")
  .refine(
    (value) => !/[\s@/:?#\\]/.test(value),
    "Enter a domain only, such as example.com — no spaces, @, / or :",
  )
  .refine(
    (value) => value.replace(/\.$/, "").includes("."),
    "Enter a full domain, such as example.com",
  );

/** A phone number in international form, or empty where none is needed. */
export const contactPhoneField = z
  .string()
  .trim()
  .max(32, "The phone number is too long")
  .refine(
    (value) => value === "" || isValidPhoneNumber(value),
    "Enter the phone number in international form, such as +1 949 555 0100",
  );

export const companySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the company or organization name")
    .max(200, "Use at most 200 characters")
    .refine(noLink, NO_LINK_MESSAGE),
  country: z.string().refine(isCountryCode, "Choose a country"),
  addressLine: z.string().trim().min(1, "Enter the address").max(300, "Use at most 300 characters"),
  city: z.string().trim().min(1, "Enter the city").max(100, "Use at most 100 characters"),
  region: z
    .string()
    .trim()
    .min(1, "Enter the state, province or region, or NA")
    .max(100, "Use at most 100 characters"),
  postalCode: z
    .string()
    .trim()
    .min(1, "Enter the postal code, or NA")
    .max(20, "Use at most 20 characters"),
});

export type CompanyValues = z.input<typeof companySchema>;

export const emptyCompany: CompanyValues = {
  name: "",
  country: "",
  addressLine: "",
  city: "",
  region: "",
  postalCode: "",
};

/** The host of an email address, the way the server derives the default identifier. */
export function emailHost(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0
    ? ""
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}
