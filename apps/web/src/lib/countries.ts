import { getAlpha2Codes } from "i18n-iso-countries";

// The codes come from the ISO 3166-1 list; the names from the browser, in the reader's language,
// so no locale data has to be shipped.
const codes = Object.keys(getAlpha2Codes());
const codeSet = new Set(codes);

const displayNames =
  typeof Intl.DisplayNames === "function"
    ? new Intl.DisplayNames(undefined, { type: "region", fallback: "code" })
    : null;

export function countryName(code: string): string {
  return displayNames?.of(code) ?? code;
}

export function isCountryCode(value: string): boolean {
  return codeSet.has(value);
}

export type CountryOption = { value: string; label: string };

let options: CountryOption[] | null = null;

/** Every country, by name. */
export function countryOptions(): CountryOption[] {
  options ??= codes
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return options;
}
