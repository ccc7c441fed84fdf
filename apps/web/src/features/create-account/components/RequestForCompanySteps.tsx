import {
  Alert,
  Checkbox,
  Divider,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { Controller, useFormContext } from "react-hook-form";
import { CompanyFields } from "@/components/forms/CompanyFields";
import { CompanyAddress } from "@/components/ui/CompanyAddress";
import { DetailList } from "@/components/ui/DetailList";
import { splitEmails } from "@/lib/validation";
import type { DomainCheck } from "../hooks/use-domain-check";
import type { RequestForCompanyValues } from "../schemas/request-for-company.schema";
import { AccountIdentifierField } from "./AccountIdentifierField";

export const AUTHORITY_LABEL =
  "Yes, I have the authority to create the account on behalf of my company";
export const SOMEONE_ELSE_LABEL = "Someone else will authorize the creation of the account";

type AccountInformationStepProps = {
  identifier: string;
  check: DomainCheck | null;
  checking: boolean;
  onEditIdentifier: () => void;
  onViewExisting: () => void;
};

export function AccountInformationStep({
  identifier,
  check,
  checking,
  onEditIdentifier,
  onViewExisting,
}: AccountInformationStepProps) {
  const {
    register,
    control,
    watch,
    formState: { errors },
  } = useFormContext<RequestForCompanyValues>();
  const authorization = watch("authorization");

  return (
    <Stack gap="lg">
      <Controller
        control={control}
        name="authorization"
        render={({ field, fieldState }) => (
          // Marked for the focus after a failed Continue: it lands on the first choice.
          <div data-invalid={fieldState.invalid || undefined}>
            <Radio.Group
              label="Account Authorization"
              description="Will you or someone else authorize the activation of the Smart Account?"
              required
              name={field.name}
              value={field.value ?? null}
              onChange={(value) => {
                field.onChange(value);
                field.onBlur();
              }}
              error={fieldState.error?.message}
            >
              <Stack gap="sm" mt="xs">
                <Radio
                  value="REQUESTER"
                  label={AUTHORITY_LABEL}
                  description="You will authorize activation. By creating this Smart Account you agree to be authorized to create and manage product and service entitlements, users and roles on behalf of your organization."
                />
                <Radio
                  value="SOMEONE_ELSE"
                  label={SOMEONE_ELSE_LABEL}
                  description="The person specified below is notified to authorize activation. Choose this also if you prefer not to authorize the Smart Account yourself."
                />
              </Stack>
            </Radio.Group>
          </div>
        )}
      />
      {authorization === "SOMEONE_ELSE" ? (
        <Stack gap="sm">
          <TextInput
            label="Approver Email Address"
            description="The person who will authorize the account. Several? Separate them with commas; any of them may decide."
            required
            type="text"
            autoComplete="off"
            error={errors.approverEmails?.message}
            {...register("approverEmails")}
          />
          <Textarea
            label="Message to Approver"
            autosize
            minRows={2}
            error={errors.message?.message}
            {...register("message")}
          />
        </Stack>
      ) : null}
      {authorization ? (
        <>
          <Divider label="Account Identity Information" labelPosition="left" />
          {/* Marked for the focus after a failed Continue: it lands on Edit. */}
          <div data-invalid={errors.domainIdentifier || errors.contactPhone ? true : undefined}>
            <AccountIdentifierField
              identifier={identifier}
              contactPhone={watch("contactPhone")}
              check={check}
              checking={checking}
              errors={[errors.domainIdentifier?.message, errors.contactPhone?.message]}
              onEdit={onEditIdentifier}
              onViewExisting={onViewExisting}
            />
          </div>
          <TextInput
            label="Account Name"
            description="Such as the company's name: CCO Esup, Inc."
            required
            error={errors.name?.message}
            {...register("name")}
          />
        </>
      ) : null}
    </Stack>
  );
}

export function CompanyInformationStep({ topLevelDomain }: { topLevelDomain: string }) {
  const { register, watch } = useFormContext<RequestForCompanyValues>();
  const self = watch("authorization") === "REQUESTER";
  const provide = watch("provideCompany");

  return (
    <Stack gap="md">
      <Text fz="sm">
        {self
          ? "As you authorize the account, the company name and headquarters address are required."
          : "This information is optional at this time but is required to complete activation of the Smart Account. If you enter it now, the person authorizing activation will be able to review and change it."}
      </Text>
      <Text fz="sm" c="dimmed">
        Enter the legal name and headquarters address of the company or organization that is the
        administrator of the Smart Account. It must have the right to use the top-level domain name
        of the Account Domain Identifier.
      </Text>
      {!self ? (
        <Checkbox label="Select to provide this information now" {...register("provideCompany")} />
      ) : null}
      <Text fz="sm">
        <strong>Top-level Domain Name:</strong> {topLevelDomain}
      </Text>
      {self || provide ? <CompanyFields /> : null}
    </Stack>
  );
}

export function AdministrativeAccessStep() {
  const {
    register,
    formState: { errors },
  } = useFormContext<RequestForCompanyValues>();
  return (
    <Stack gap="md">
      <Text fz="sm">
        You can nominate yourself or other persons for access to the account as a Smart Account
        Administrator. Requests for administrative access are sent to the person authorized to
        activate the Smart Account; upon authorization the users are notified and can accept or
        reject access.
      </Text>
      <Textarea
        label="I request access for other users"
        description="Email addresses, separated by commas."
        autosize
        minRows={2}
        error={errors.administratorEmails?.message}
        {...register("administratorEmails")}
      />
      <Checkbox label="I request access for myself" {...register("requestAccessForMyself")} />
    </Stack>
  );
}

export function ReviewStep({
  identifier,
  viewerEmail,
}: {
  identifier: string;
  viewerEmail: string;
}) {
  const {
    register,
    watch,
    formState: { errors },
  } = useFormContext<RequestForCompanyValues>();
  const values = watch();
  const self = values.authorization === "REQUESTER";
  const approvers = self ? [viewerEmail] : splitEmails(values.approverEmails);
  const admins = [
    ...splitEmails(values.administratorEmails),
    ...(values.requestAccessForMyself ? [viewerEmail] : []),
  ];
  const company = self || values.provideCompany ? values.company : null;

  return (
    <Stack gap="lg">
      <Title order={3} fz="h4">
        Account Information
      </Title>
      <DetailList
        items={[
          { label: "Account Domain Identifier", value: identifier },
          { label: "Account Name", value: values.name },
          {
            label: "Account Authorization",
            value: self ? AUTHORITY_LABEL : SOMEONE_ELSE_LABEL,
          },
          {
            label: "Person to authorize account activation and user access",
            value: approvers.join(", "),
          },
          ...(values.contactPhone
            ? [{ label: "Contact Phone Number", value: values.contactPhone }]
            : []),
          ...(!self && values.message
            ? [{ label: "Message to Approver", value: values.message }]
            : []),
          { label: "Company Information", value: <CompanyAddress company={company} /> },
        ]}
      />
      <Title order={3} fz="h4">
        Administrative User Access Information
      </Title>
      <DetailList
        items={[
          {
            label: "Requested For",
            value: admins.length ? admins.join(", ") : "Nobody: access can be requested later",
          },
          { label: "Requested By", value: viewerEmail },
        ]}
      />
      <Alert color="blue" variant="light">
        When you press “Submit Request”,{" "}
        {self
          ? "the Smart Account is created with your authorization."
          : "a provisional Smart Account will be created. An email will be sent to the person specified to authorize activation with instructions on how to activate their company's Smart Account."}{" "}
        Orders can be assigned to a provisional Smart Account, but the items purchased cannot be
        used until it is activated.
      </Alert>
      {self ? (
        <Checkbox
          label="I accept the approver's terms: I am authorized to create accounts and manage product and service entitlements, license agreements and user access to accounts on behalf of my organization."
          error={errors.acceptTerms?.message}
          {...register("acceptTerms")}
        />
      ) : null}
    </Stack>
  );
}
