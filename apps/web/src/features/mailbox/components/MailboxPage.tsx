import {
  Alert,
  Button,
  EmptyState,
  Grid,
  Loader,
  NavLink,
  Paper,
  Stack,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDateTime } from "@/lib/format";
import { useMailbox } from "../hooks/use-mailbox";
import { EmailView } from "./EmailView";

export function MailboxPage() {
  const { emails, loading, error, refresh } = useMailbox();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = emails?.find((email) => email.id === selectedId) ?? null;

  return (
    <>
      <PageHeader
        title="Mailbox"
        description="Every email the server has sent, as it would arrive. Development only."
        breadcrumbs={[{ label: "Smart Account Manager", to: "/directory" }, { label: "Mailbox" }]}
        actions={
          <Button variant="default" onClick={refresh} loading={loading && emails !== null}>
            Refresh
          </Button>
        }
      />
      {error ? (
        <Alert color="red" variant="light" role="alert" mb="md" title="Could not load the mailbox">
          {error}
        </Alert>
      ) : null}
      {emails === null ? (
        loading ? (
          <Loader aria-label="Loading emails" />
        ) : null
      ) : emails.length === 0 ? (
        <Paper withBorder radius="sm" p="xl">
          <EmptyState
            title="No emails yet"
            description="Register or ask for a password reset, then refresh: the email appears here."
          />
        </Paper>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder radius="sm" component="nav" aria-label="Emails">
              <Stack gap={0}>
                {emails.map((email) => (
                  <NavLink
                    key={email.id}
                    component="button"
                    type="button"
                    active={email.id === selectedId}
                    aria-current={email.id === selectedId ? "true" : undefined}
                    onClick={() => setSelectedId(email.id)}
                    label={email.subject}
                    description={
                      <>
                        <Text component="span" fz="xs" display="block" truncate>
                          To: {email.to}
                        </Text>
                        <Text component="span" fz="xs" display="block" c="dimmed">
                          {formatDateTime(email.createdAt)}
                        </Text>
                      </>
                    }
                  />
                ))}
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {selected ? (
              <EmailView key={selected.id} email={selected} />
            ) : (
              <Paper withBorder radius="sm" p="xl">
                <Text c="dimmed">Choose an email to read it.</Text>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
