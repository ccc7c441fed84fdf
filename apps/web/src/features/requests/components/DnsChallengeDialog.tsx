import { useMutation } from "@apollo/client/react";
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Table, Text } from "@mantine/core";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { useState } from "react";
import { notifyError, notifySuccess, notifyWarning } from "@/lib/notify";
import { verifyDomainChallengeMutation } from "../api/requests";

type DnsChallengeDialogProps = {
  account: SmartAccountFieldsFragment | null;
  onClose: () => void;
};

/** Approve the identifier without staff: publish a DNS TXT record, then ask for it to be checked. */
export function DnsChallengeDialog({ account, onClose }: DnsChallengeDialogProps) {
  const [verify, { loading }] = useMutation(verifyDomainChallengeMutation);
  const [notFound, setNotFound] = useState(false);
  const domain = account?.domain;
  const challenge = domain?.dnsChallenge;

  const close = () => {
    setNotFound(false);
    onClose();
  };

  const check = async () => {
    if (!domain) return;
    setNotFound(false);
    try {
      const { data } = await verify({ variables: { input: { domainId: domain.id } } });
      if (data?.verifyDomainChallenge.verified) {
        notifySuccess(
          "DNS record found",
          `${domain.identifier} is approved; the approvers are asked to accept the account.`,
        );
        close();
      } else {
        setNotFound(true);
        notifyWarning(
          "DNS record not found",
          `No TXT record with the value was found for ${domain.identifier} yet.`,
        );
      }
    } catch (error) {
      notifyError("Could not check the DNS record", error);
    }
  };

  return (
    <Modal opened={account !== null} onClose={close} title="Verify the domain by DNS" size="lg">
      {account && domain && challenge ? (
        <Stack gap="md">
          <Text fz="sm">
            Instead of waiting for a domain approver, publish this TXT record in the DNS of{" "}
            <strong>{domain.identifier}</strong>, then check it. Once it is found the identifier is
            approved at once.
          </Text>
          <Table withTableBorder fz="sm">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">Record name</Table.Th>
                <Table.Td>
                  <Code>{challenge.recordName}</Code>
                </Table.Td>
                <Table.Td>
                  <CopyButton value={challenge.recordName}>
                    {({ copied, copy }) => (
                      <Button size="compact-xs" variant="subtle" onClick={copy}>
                        {copied ? "Copied" : "Copy name"}
                      </Button>
                    )}
                  </CopyButton>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">Record type</Table.Th>
                <Table.Td>
                  <Code>TXT</Code>
                </Table.Td>
                <Table.Td />
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">Record value</Table.Th>
                <Table.Td>
                  <Code>{challenge.recordValue}</Code>
                </Table.Td>
                <Table.Td>
                  <CopyButton value={challenge.recordValue}>
                    {({ copied, copy }) => (
                      <Button size="compact-xs" variant="subtle" onClick={copy}>
                        {copied ? "Copied" : "Copy value"}
                      </Button>
                    )}
                  </CopyButton>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {notFound ? (
            <Alert color="yellow" variant="light" role="status">
              The record was not found yet. DNS changes can take a while to spread; try again later.
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Close
            </Button>
            <Button loading={loading} onClick={() => void check()} data-autofocus>
              Check DNS record
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
