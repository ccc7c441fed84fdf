import { Anchor, Button, Divider, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { env } from "@/env";
import { AuthCard } from "./AuthCard";
import { ResendVerificationForm } from "./ResendVerificationForm";

export function CheckYourEmail({ email, next = null }: { email: string; next?: string | null }) {
  return (
    <AuthCard title="Check your email">
      <Text>
        We sent an email to <strong>{email}</strong>. For a new address it holds a verification
        link: open it, then sign in. If the address already had an account, the email says what to
        do instead.
      </Text>
      <Stack gap="xs">
        <Button
          component={Link}
          to={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}
        >
          Go to sign in
        </Button>
        {env.DEV ? (
          <Text fz="sm" c="dimmed" ta="center">
            In development the email is in the{" "}
            <Anchor component={Link} to="/mailbox">
              Mailbox
            </Anchor>
            .
          </Text>
        ) : null}
      </Stack>
      <Divider label="Did not get it?" />
      <ResendVerificationForm defaultEmail={email} />
    </AuthCard>
  );
}
