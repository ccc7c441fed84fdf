import { Box, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { formatDateTime } from "@/lib/format";
import type { MailboxEmail } from "../api/mailbox";
import { EmailStatusBadge } from "./EmailStatusBadge";
import { LinkifiedText } from "./LinkifiedText";

type BodyFormat = "text" | "html";

export function EmailView({ email }: { email: MailboxEmail }) {
  const [format, setFormat] = useState<BodyFormat>("text");

  return (
    <Paper withBorder radius="sm" p="lg" component="article" aria-label={email.subject}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="h3">
            {email.subject}
          </Title>
          <Group gap="xs">
            <Text fz="sm">To: {email.to}</Text>
            <Text fz="sm" c="dimmed">
              {formatDateTime(email.createdAt)}
            </Text>
            <EmailStatusBadge status={email.status} />
          </Group>
        </Stack>
        <SegmentedControl
          aria-label="Body format"
          value={format}
          onChange={(value) => setFormat(value === "html" ? "html" : "text")}
          data={[
            { value: "text", label: "Text" },
            { value: "html", label: "HTML" },
          ]}
          w="fit-content"
        />
        {format === "text" ? (
          <Text
            component="pre"
            fz="sm"
            style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", fontFamily: "inherit" }}
          >
            <LinkifiedText text={email.text} />
          </Text>
        ) : (
          // An empty sandbox: the email's HTML can neither run scripts nor reach this app.
          <Box
            component="iframe"
            title={`HTML body of “${email.subject}”`}
            sandbox=""
            srcDoc={email.html}
            w="100%"
            h={480}
            style={{ border: "1px solid var(--mantine-color-default-border)", borderRadius: 4 }}
          />
        )}
      </Stack>
    </Paper>
  );
}
