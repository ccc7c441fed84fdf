import { Paper, SimpleGrid, Stack, Title } from "@mantine/core";
import type { SmartAccountDetailQuery } from "@sam/graphql-types";
import { CompanyAddress } from "@/components/ui/CompanyAddress";
import { DetailList } from "@/components/ui/DetailList";
import { NextStep } from "@/components/ui/NextStep";
import { StatusBadge } from "@/components/ui/StatusBadge";
import type { WithDetails } from "@/lib/account-details";

type Props = { account: WithDetails<SmartAccountDetailQuery["smartAccount"]> };

/** Where the account stands, its company and its approvers: for those who read its details. */
export function AccountStanding({ account }: Props) {
  const domain = account.domain;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Paper withBorder radius="sm" p="lg">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            Where it stands
          </Title>
          <DetailList
            cols={1}
            items={[
              { label: "Status", value: <StatusBadge status={account.status} /> },
              { label: "Next step", value: <NextStep nextStep={account.nextStep} /> },
              ...(domain
                ? [
                    {
                      label: "Domain review",
                      value: `${domain.identifier}: ${domain.status.replace(/_/g, " ").toLowerCase()}${domain.decisionReason ? ` (${domain.decisionReason})` : ""}`,
                    },
                  ]
                : []),
              ...(account.declineReason
                ? [{ label: "Reason for denying", value: account.declineReason }]
                : []),
            ]}
          />
        </Stack>
      </Paper>
      <Paper withBorder radius="sm" p="lg">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            Company and people
          </Title>
          <DetailList
            cols={1}
            items={[
              { label: "Company Information", value: <CompanyAddress company={account.company} /> },
              { label: "Approvers", value: account.approvers.join(", ") || "—" },
            ]}
          />
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
