import { useQuery } from "@apollo/client/react";
import { Button, Center, Group, Loader, Paper } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { ErrorState } from "@/components/ui/ErrorState";
import { describeError, hasErrorCode } from "@/lib/graphql-errors";
import { requestedSmartAccountQuery } from "../api/create-account";
import { CompanyRequestHeader as Header } from "./CompanyRequestHeader";
import { RequestCompleteView } from "./RequestCompleteView";

/**
 * "Smart Account Request Complete" at an address of its own, carrying the account's id: a
 * reload, a bookmark or Back and Forward show the same account, read again from the server.
 */
export function RequestCompletePage({ header = <Header /> }: { header?: ReactNode }) {
  const { id = "" } = useParams();
  const { data, error, loading, refetch } = useQuery(requestedSmartAccountQuery, {
    variables: { id },
  });
  const account = data?.smartAccount;

  return (
    <>
      {header}
      {account ? (
        <RequestCompleteView account={account} />
      ) : loading ? (
        <Paper withBorder radius="sm" p="lg">
          <Center mih={160}>
            <Loader aria-label="Loading the request" />
          </Center>
        </Paper>
      ) : error && !hasErrorCode(error, "NOT_FOUND") ? (
        <ErrorState
          title="Could not load the request"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      ) : (
        <Paper withBorder radius="sm" p="lg">
          <ErrorState
            title="No such request"
            message="There is no Smart Account request here that you may see. Your requests are listed on the Requests page."
          />
          <Group justify="center">
            <Button component={Link} to="/requests">
              Follow your requests
            </Button>
          </Group>
        </Paper>
      )}
    </>
  );
}
