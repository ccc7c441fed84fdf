import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Box,
  Button,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  VisuallyHidden,
} from "@mantine/core";
import type { CheckDomainQuery } from "@sam/graphql-types";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { RequestAccessDialog } from "@/components/access/RequestAccessDialog";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { applyServerFieldErrors } from "@/lib/form-errors";
import { hasErrorCode } from "@/lib/graphql-errors";
import { notifyError, notifySuccess } from "@/lib/notify";
import { splitEmails } from "@/lib/validation";
import { checkDomainQuery, nominateCreatorsMutation } from "../api/create-account";
import { checkDomainVariables, type DomainCheckFlow } from "../hooks/use-domain-check";
import {
  nominateCreatorsSchema,
  type NominateCreatorsValues,
} from "../schemas/nominate-creators.schema";
import { TableScroll } from "@/components/ui/TableScroll";

// On a narrow screen a long label wraps inside its button rather than being cut.
const WRAPPING = {
  root: { height: "auto", minHeight: "var(--button-height)", paddingBlock: 6 },
  label: { whiteSpace: "normal", textAlign: "center" },
} as const;

type Row = CheckDomainQuery["checkDomain"]["existingAccounts"][number];

type ExistingAccountsDialogProps = {
  opened: boolean;
  onClose: () => void;
  identifier: string;
  approverEmail: string | null;
  /** Which request the identifier is for. */
  flow?: DomainCheckFlow;
  /** The server's explanation when a request was refused for the accounts listed. */
  conflictMessage?: string | null;
  onModify: () => void;
  /** Go on with the identifier as typed; offered only when no account holds exactly it. */
  onAcknowledge: () => void;
};

/** "Request Smart Account – Existing Smart Account for the Top-Level Domain". */
export function ExistingAccountsDialog({
  opened,
  onClose,
  identifier,
  approverEmail,
  flow = "MY_COMPANY",
  conflictMessage,
  onModify,
  onAcknowledge,
}: ExistingAccountsDialogProps) {
  const { data, loading } = useQuery(checkDomainQuery, {
    variables: checkDomainVariables(identifier, approverEmail, flow),
    skip: !opened || !identifier,
    fetchPolicy: "cache-and-network",
  });
  const [nominating, setNominating] = useState<Row | null>(null);
  const [nominated, setNominated] = useState<{ account: Row; emails: string[] } | null>(null);
  const [requesting, setRequesting] = useState<Row | null>(null);

  const check = data?.checkDomain;
  const rows: readonly Row[] = check?.existingAccounts ?? [];
  // A refused request may have been refused for the identifier itself: going on with it waits
  // for the check to say it is free.
  const available = check ? check.identifierAvailable : !conflictMessage;

  const close = () => {
    setNominating(null);
    setNominated(null);
    setRequesting(null);
    onClose();
  };

  const title = nominating
    ? "Nominate Additional Creators"
    : nominated
      ? "Creators Nominated"
      : "Existing Smart Accounts";

  return (
    <>
      <RequestAccessDialog account={requesting} onClose={() => setRequesting(null)} />
      <Modal
        opened={opened && requesting === null}
        onClose={close}
        title={title}
        size={nominating || nominated ? "lg" : 1280}
      >
        {nominated ? (
          <Stack gap="md">
            <Alert color="green" variant="light" role="status">
              {nominated.emails.join(", ")} {nominated.emails.length === 1 ? "was" : "were"}{" "}
              nominated as additional creators of “{nominated.account.name}”. They receive an email
              to complete the Smart Account setup; accepting makes them its approvers.
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNominated(null)}>
                Back to the accounts
              </Button>
              <Button onClick={close} data-autofocus>
                Done
              </Button>
            </Group>
          </Stack>
        ) : nominating ? (
          <NominateCreatorsForm
            account={nominating}
            onCancel={() => setNominating(null)}
            onNominated={(emails) => {
              setNominated({ account: nominating, emails });
              setNominating(null);
            }}
          />
        ) : (
          <Stack gap="md">
            {conflictMessage ? (
              <Alert color="yellow" variant="light" role="alert">
                {conflictMessage}
              </Alert>
            ) : null}
            <Text fz="sm">
              Smart Accounts are already set up for the top-level domain of{" "}
              <strong>{identifier}</strong>. Request access to an active one, nominate additional
              creators of one waiting for acceptance, or go on with a new account request.
            </Text>
            {loading && rows.length === 0 ? (
              <Loader size="sm" aria-label="Loading the existing accounts" />
            ) : (
              <TableScroll minWidth={960} label="Smart Accounts on this top-level domain">
                <Table stickyHeader striped verticalSpacing="xs" fz="sm">
                  <Table.Caption>Smart Accounts on this top-level domain</Table.Caption>
                  <Table.Thead>
                    <Table.Tr style={{ whiteSpace: "nowrap" }}>
                      <Table.Th scope="col">Account Name</Table.Th>
                      <Table.Th scope="col">Account Domain Identifier</Table.Th>
                      <Table.Th scope="col">Status</Table.Th>
                      <Table.Th scope="col">Admin Contacts</Table.Th>
                      <Table.Th scope="col">
                        <VisuallyHidden>What may be done</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row) => (
                      <Table.Tr key={row.id}>
                        <Table.Th scope="row" fw={500}>
                          <OneLine text={row.name} maxWidth={200} />
                        </Table.Th>
                        <Table.Td>
                          <OneLine text={row.domainIdentifier} maxWidth={170} />
                        </Table.Td>
                        <Table.Td>
                          {/* As wide as the badge on one line: the column never squeezes it. */}
                          <Box w="max-content">
                            <StatusBadge status={row.status} />
                          </Box>
                        </Table.Td>
                        <Table.Td>
                          <OneLine
                            text={row.administrators.length ? row.administrators.join(", ") : "—"}
                            maxWidth={170}
                          />
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          <RowAction
                            row={row}
                            onNominate={() => setNominating(row)}
                            onRequestAccess={() => setRequesting(row)}
                          />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
            {!available ? (
              <Text fz="sm" c="red">
                {identifier} itself is held by one of these accounts: a new request needs a modified
                identifier.
              </Text>
            ) : null}
            <Group justify="space-between" gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Group gap="sm" style={{ minWidth: 0, maxWidth: "100%" }}>
                <Button variant="light" onClick={onModify} maw="100%" styles={WRAPPING}>
                  Proceed with a Modified Account Domain
                </Button>
                {available ? (
                  <Button onClick={onAcknowledge} maw="100%" styles={WRAPPING}>
                    Continue with {identifier}
                  </Button>
                ) : null}
              </Group>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

type OneLineProps = { text: string; maxWidth: number; dimmed?: boolean };

/**
 * A cell's text on one line, cut with an ellipsis past `maxWidth`: the whole text is on hover
 * (title), and screen readers read it whole (the cut is only drawn).
 */
function OneLine({ text, maxWidth, dimmed = false }: OneLineProps) {
  return (
    <Text
      component="span"
      display="block"
      fz={dimmed ? "xs" : undefined}
      c={dimmed ? "dimmed" : undefined}
      truncate="end"
      maw={maxWidth}
      title={text}
      fw="inherit"
    >
      {text}
    </Text>
  );
}

type RowActionProps = { row: Row; onNominate: () => void; onRequestAccess: () => void };

function RowAction({ row, onNominate, onRequestAccess }: RowActionProps) {
  switch (row.allowedAction) {
    case "NOMINATE_CREATORS":
      return (
        <Button
          size="compact-sm"
          variant="light"
          onClick={onNominate}
          aria-label={`Nominate Additional Creators of ${row.name}`}
        >
          Nominate Additional Creators
        </Button>
      );
    case "REQUEST_ACCESS":
      return (
        <Button
          size="compact-sm"
          variant="light"
          onClick={onRequestAccess}
          aria-label={`Request Access to ${row.name}`}
        >
          Request Access
        </Button>
      );
    case "NONE":
      return <OneLine text={`Not selectable: ${row.reason}`} maxWidth={200} dimmed />;
  }
}

type NominateCreatorsFormProps = {
  account: Row;
  onCancel: () => void;
  onNominated: (emails: string[]) => void;
};

function NominateCreatorsForm({ account, onCancel, onNominated }: NominateCreatorsFormProps) {
  const [nominate, { loading }] = useMutation(nominateCreatorsMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<NominateCreatorsValues>({
    resolver: zodResolver(nominateCreatorsSchema),
    mode: "onTouched",
    defaultValues: { emails: "" },
  });

  const onSubmit = handleSubmit(async ({ emails }) => {
    const list = splitEmails(emails);
    try {
      await nominate({ variables: { input: { smartAccountId: account.id, emails: list } } });
      notifySuccess(
        "Additional creators nominated",
        `${list.join(", ")} will be emailed to complete the setup of “${account.name}”.`,
      );
      onNominated(list);
    } catch (error) {
      if (hasErrorCode(error, "BAD_USER_INPUT")) {
        const unmatched = applyServerFieldErrors(error, setError, ["emails"]);
        if (unmatched.length === 0) return;
      }
      notifyError("Could not nominate creators", error);
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <Stack gap="md">
        <Text fz="sm">
          Nominate additional creators of <strong>{account.name}</strong> (
          {account.domainIdentifier}). Each receives an email to complete the Smart Account setup.
        </Text>
        <Textarea
          label="Email addresses"
          description="Separate several addresses with commas."
          required
          autosize
          minRows={2}
          data-autofocus
          error={errors.emails?.message}
          {...register("emails")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Back
          </Button>
          <Button type="submit" loading={loading}>
            OK
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
