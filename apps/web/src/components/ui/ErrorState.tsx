import { Button, Center, EmptyState } from "@mantine/core";

type ErrorStateProps = {
  title: string;
  message: string;
  onRetry?: () => void;
};

export function ErrorState({ title, message, onRetry }: ErrorStateProps) {
  return (
    <Center mih="50vh" p="xl" role="alert">
      <EmptyState title={title} description={message}>
        {onRetry ? (
          <EmptyState.Actions>
            <Button onClick={onRetry}>Try again</Button>
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
    </Center>
  );
}
