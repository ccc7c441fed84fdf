import { Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { Controller, useFormContext } from "react-hook-form";
import { countryOptions } from "@/lib/countries";
import type { CompanyValues } from "@/lib/validation";

type WithCompany = { company: CompanyValues };

/**
 * The company name and headquarters address, as CSC asks for them. For any form whose values
 * hold a `company` object, inside its FormProvider.
 */
export function CompanyFields({ disabled = false }: { disabled?: boolean }) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<WithCompany>();
  const countries = useMemo(() => countryOptions(), []);
  const companyErrors = errors.company;

  return (
    <Stack gap="sm">
      <TextInput
        label="Company/Organization Name"
        required
        disabled={disabled}
        autoComplete="organization"
        error={companyErrors?.name?.message}
        {...register("company.name")}
      />
      <Controller
        control={control}
        name="company.country"
        render={({ field, fieldState }) => (
          <Select
            label="Country"
            required
            disabled={disabled}
            searchable
            data={countries}
            placeholder="Choose a country"
            nothingFoundMessage="No such country"
            name={field.name}
            value={field.value || null}
            onChange={(value) => {
              field.onChange(value ?? "");
              field.onBlur();
            }}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      <TextInput
        label="Address"
        required
        disabled={disabled}
        autoComplete="street-address"
        error={companyErrors?.addressLine?.message}
        {...register("company.addressLine")}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label="City"
          required
          disabled={disabled}
          autoComplete="address-level2"
          error={companyErrors?.city?.message}
          {...register("company.city")}
        />
        <TextInput
          label="State/Province/Region"
          required
          disabled={disabled}
          autoComplete="address-level1"
          error={companyErrors?.region?.message}
          {...register("company.region")}
        />
        <TextInput
          label="Zip/Postal Code"
          required
          disabled={disabled}
          autoComplete="postal-code"
          error={companyErrors?.postalCode?.message}
          {...register("company.postalCode")}
        />
      </SimpleGrid>
      <Text fz="xs" c="dimmed">
        Note: if state/province and/or zip code/postal code does not apply, please enter “NA”.
      </Text>
    </Stack>
  );
}
