import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import type { RequestableRole, SmartAccountDetailQuery } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { describeError } from "@/lib/graphql-errors";
import { notifySuccess } from "@/lib/notify";
import { roleWords } from "@/lib/roles";
import { setAccessAutomationMutation } from "../api/smart-account";

type Account = SmartAccountDetailQuery["smartAccount"];

const OFF = "OFF";
const ceilings: readonly RequestableRole[] = ["VIEWER", "USER", "ADMINISTRATOR"];

type Props = { account: Account; onChanged: () => void };

/** Administrators let requests from the account's own domain be approved automatically. */
export function AccessAutomationSection({ account, onChanged }: Props) {
  const [save, { loading }] = useMutation(setAccessAutomationMutation);
  const [value, setValue] = useState<string>(account.autoApproveUpTo ?? OFF);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => setValue(account.autoApproveUpTo ?? OFF), [account.autoApproveUpTo]);

  const submit = async () => {
    setProblem(null);
    const autoApproveUpTo = value === OFF ? null : (value as RequestableRole);
    try {
      await save({ variables: { input: { smartAccountId: account.id, autoApproveUpTo } } });
      notifySuccess(
        "Access automation saved",
        autoApproveUpTo
          ? `Requests up to ${roleWords[autoApproveUpTo]} are approved automatically.`
          : "Every access request waits for an administrator.",
      );
      onChanged();
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <Paper withBorder radius="sm" p="lg" component="section" aria-labelledby="automation-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="automation-title">
          Access automation
        </Title>
        <Text fz="sm">
          Approve access requests from verified emails on {account.domainIdentifier} automatically,
          up to a role.
        </Text>
        {problem ? (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        ) : null}
        <Group align="flex-end">
          {/* The platform's own select: the phone's picker, and no positioning library to load
              and run on the account page for four choices. */}
          <NativeSelect
            label="Approve automatically"
            data={[
              { value: OFF, label: "Off" },
              ...ceilings.map((role) => ({ value: role, label: `Up to ${roleWords[role]}` })),
            ]}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
          />
          <Button
            loading={loading}
            disabled={value === (account.autoApproveUpTo ?? OFF)}
            onClick={() => void submit()}
          >
            Save automation
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
