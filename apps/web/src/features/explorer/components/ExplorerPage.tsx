import { Box, Title, VisuallyHidden } from "@mantine/core";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import "graphiql/style.css";

// Same-origin POST with the session cookie: the explorer runs as the signed-in person, like
// the console itself. Headers typed in the explorer (an API token, say) go along.
const fetcher: GraphiQLProps["fetcher"] = async (params, options) => {
  const response = await fetch(new URL("/graphql", window.location.origin), {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

/** GraphiQL against this server. Loaded on demand: it is large and only for development. */
export function ExplorerPage() {
  return (
    <>
      <VisuallyHidden>
        <Title order={1}>GraphQL Explorer</Title>
      </VisuallyHidden>
      {/* GraphiQL fills its container; the shell's header and padding take the rest. */}
      <Box h="calc(100dvh - 56px - 2 * var(--mantine-spacing-lg))">
        <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility="variables" />
      </Box>
    </>
  );
}
