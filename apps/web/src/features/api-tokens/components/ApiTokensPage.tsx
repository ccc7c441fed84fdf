import { useQuery } from "@apollo/client/react";
import { Button, Code, EmptyState, Loader, Paper, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ApiTokenFieldsFragment } from "@sam/graphql-types";
import { useState } from "react";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { describeError } from "@/lib/graphql-errors";
import { apiTokensQuery } from "../api/api-tokens";
import { ApiTokensTable } from "./ApiTokensTable";
import { CreateApiTokenDialog } from "./CreateApiTokenDialog";
import { RevokeApiTokenDialog } from "./RevokeApiTokenDialog";

// The API's page-size ceiling; a person with more tokens than this has other problems.
const PAGE_SIZE = 100;

export function ApiTokensPage() {
  const { data, error, loading, refetch } = useQuery(apiTokensQuery, {
    variables: { first: PAGE_SIZE },
  });
  const [createOpened, createDialog] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiTokenFieldsFragment | null>(null);
  const tokens = data?.apiTokens.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Tokens let your own programs call the GraphQL API as you. Send one as{" "}
            <Code>Authorization: Bearer &lt;token&gt;</Code>.
          </>
        }
        breadcrumbs={[
          { label: "Smart Account Manager", to: "/directory" },
          { label: "API tokens" },
        ]}
        actions={<Button onClick={createDialog.open}>Create token</Button>}
      />
      {error && !data ? (
        <ErrorState
          title="Could not load your API tokens"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && !data ? (
        <Loader aria-label="Loading API tokens" />
      ) : tokens.length === 0 ? (
        <Paper withBorder radius="sm" p="xl">
          <EmptyState
            title="No API tokens yet"
            description="Create one to call the API from a script or another system."
          />
        </Paper>
      ) : (
        <Paper withBorder radius="sm">
          <ApiTokensTable tokens={tokens} onRevoke={setRevoking} />
          {data && data.apiTokens.totalCount > tokens.length ? (
            <Text fz="sm" c="dimmed" p="sm">
              Showing the newest {tokens.length} of {data.apiTokens.totalCount} tokens.
            </Text>
          ) : null}
        </Paper>
      )}
      <CreateApiTokenDialog opened={createOpened} onClose={createDialog.close} />
      <RevokeApiTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
