import { Text } from "@mantine/core";
import { countryName } from "@/lib/countries";

type Company = {
  name: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
};

/** A company's name and headquarters address, on three lines as the seeds print it. */
export function CompanyAddress({ company }: { company: Company | null | undefined }) {
  if (!company) {
    return (
      <Text fz="sm" c="dimmed">
        Not given yet
      </Text>
    );
  }
  return (
    <Text fz="sm" component="address" fs="normal">
      {company.name}
      <br />
      {company.addressLine}
      <br />
      {company.city}, {company.region}, {company.postalCode}, {countryName(company.country)}
    </Text>
  );
}
