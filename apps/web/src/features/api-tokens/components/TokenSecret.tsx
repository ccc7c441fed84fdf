import { Alert, Button, CopyButton, Group, Stack, TextInput } from "@mantine/core";

type TokenSecretProps = {
  secret: string;
  onDone: () => void;
};

/** The secret of a token just created. Only a hash is kept, so this is its one showing. */
export function TokenSecret({ secret, onDone }: TokenSecretProps) {
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" title="Copy the token now">
        It will not be shown again. Store it where your program can read it; if it is lost, revoke
        it and create another.
      </Alert>
      <TextInput
        label="Token"
        value={secret}
        readOnly
        ff="monospace"
        onFocus={(event) => event.currentTarget.select()}
        data-autofocus
      />
      <Group justify="flex-end">
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? "light" : "filled"}
              color={copied ? "green" : undefined}
              onClick={copy}
            >
              {copied ? "Copied" : "Copy token"}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
