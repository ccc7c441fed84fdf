import {
  emailHost,
  isConsumerDomain,
  parseIdentifier,
  type Identifier,
} from "../domain/domain-identifier";

export type Company = {
  name: string;
  country: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
};

/** The account columns of a company, trimmed, with the country code in upper case. */
export function companyPatch(company: Company | null | undefined) {
  if (!company) return {};
  return {
    companyName: company.name.trim(),
    country: company.country.toUpperCase(),
    addressLine: company.addressLine.trim(),
    city: company.city.trim(),
    region: company.region.trim(),
    postalCode: company.postalCode.trim(),
  };
}

export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Whether the email's registrable domain is the account's top-level domain (the APPROVER rule). */
export function onTopLevelDomain(email: string, topLevelDomain: string): boolean {
  const parsed = parseIdentifier(emailHost(email));
  return parsed.ok && parsed.value.topLevelDomain === topLevelDomain;
}

/** For the approver: the identifier they may choose instead of the requested one. */
export function approverIdentifier(email: string): Identifier | null {
  const parsed = parseIdentifier(emailHost(email));
  if (!parsed.ok || isConsumerDomain(parsed.value.identifier, parsed.value.topLevelDomain))
    return null;
  return parsed.value;
}
