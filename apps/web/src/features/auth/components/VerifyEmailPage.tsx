import { useMutation } from "@apollo/client/react";
import { Alert, Button, Center, Divider, Loader, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describeError, errorCode } from "@/lib/graphql-errors";
import { nextAfterVerification } from "@/lib/next-path";
import { notifySuccess } from "@/lib/notify";
import { verifyEmailMutation } from "../api/verify-email";
import { AuthCard } from "./AuthCard";
import { InvalidLinkAlert } from "./InvalidLinkAlert";
import { ResendVerificationForm } from "./ResendVerificationForm";

type Outcome =
  | { state: "verifying" }
  | { state: "verified"; email: string }
  | { state: "invalid" }
  | { state: "failed"; message: string };

// A GraphQL answer about the token means the link itself is bad; anything else (network,
// server down, rate limit) is worth trying again with the same link.
function isLinkError(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && errorCode(error) !== "RATE_LIMITED";
}

export function VerifyEmailPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get("token");
  const [verifyEmail] = useMutation(verifyEmailMutation);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { state: "verifying" } : { state: "invalid" },
  );
  // A verification token is spent when used, so each link is sent once per attempt even
  // when React runs the effect twice (StrictMode) or the page re-renders.
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!token) return;
    const key = `${token}#${attempt}`;
    if (sent.current === key) return;
    sent.current = key;
    verifyEmail({ variables: { input: { token } } }).then(
      ({ data }) => {
        const email = data?.verifyEmail.user.email ?? "";
        setOutcome({ state: "verified", email });
        notifySuccess(
          "Email verified",
          email ? `${email} is verified.` : "Your email is verified.",
        );
      },
      (error: unknown) => {
        setOutcome(
          isLinkError(error)
            ? { state: "invalid" }
            : { state: "failed", message: describeError(error) },
        );
      },
    );
  }, [token, attempt, verifyEmail]);

  switch (outcome.state) {
    case "verifying":
      return (
        <AuthCard title="Verifying your email">
          <Center role="status" aria-label="Verifying your email">
            <Loader />
          </Center>
        </AuthCard>
      );
    case "verified": {
      const next = nextAfterVerification();
      return (
        <AuthCard title="Email verified">
          <Alert color="green" variant="light" role="status">
            {outcome.email ? `${outcome.email} is verified.` : "Your email is verified."} You can
            now sign in and use everything tied to your address.
          </Alert>
          <Button
            component={Link}
            to={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}
          >
            Sign in
          </Button>
        </AuthCard>
      );
    }
    case "failed":
      return (
        <AuthCard title="Verify your email">
          <Alert color="red" variant="light" role="alert" title="We could not verify your email">
            {outcome.message}
          </Alert>
          <Button
            onClick={() => {
              setOutcome({ state: "verifying" });
              setAttempt((n) => n + 1);
            }}
          >
            Try again
          </Button>
        </AuthCard>
      );
    case "invalid":
      return (
        <AuthCard title="Verify your email">
          <InvalidLinkAlert>
            <Text fz="sm">
              Verification links work once and for a limited time. Ask for a new one below.
            </Text>
          </InvalidLinkAlert>
          <Divider label="Send a new verification link" />
          <Stack>
            <ResendVerificationForm />
          </Stack>
        </AuthCard>
      );
  }
}
