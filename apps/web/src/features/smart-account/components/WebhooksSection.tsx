import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import type {
  AccountEventKind,
  AccountWebhookEndpointsQuery,
  SmartAccountDetailQuery,
} from "@sam/graphql-types";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { useViewer } from "@/hooks/viewer-context";
import { handleFormMutationError } from "@/lib/form-errors";
import { formatDateTime } from "@/lib/format";
import { describeError } from "@/lib/graphql-errors";
import { notifySuccess } from "@/lib/notify";
import { holdsAccountRole } from "@/lib/roles";
import {
  createWebhookEndpointMutation,
  deleteWebhookEndpointMutation,
  redeliverWebhookMutation,
  rotateWebhookSecretMutation,
  sendTestWebhookMutation,
  updateWebhookEndpointMutation,
  webhookEndpointsQuery,
} from "../api/webhooks";
import {
  webhookEndpointSchema,
  type WebhookEndpointValues,
} from "../schemas/webhook-endpoint.schema";

type Account = SmartAccountDetailQuery["smartAccount"];
type Endpoint = AccountWebhookEndpointsQuery["webhookEndpoints"][number];
type Delivery = Endpoint["deliveries"]["edges"][number]["node"];

/** Every event type, as an integrator chooses them (the schema's AccountEventKind). */
const eventTypeWords: Record<AccountEventKind, string> = {
  REQUESTED: "Requested",
  APPROVAL_EMAIL_RESENT: "Approval email resent",
  CANCELLED: "Cancelled",
  DOMAIN_APPROVED: "Domain approved",
  DOMAIN_REJECTED: "Domain rejected",
  DOMAIN_RESUBMITTED: "Domain resubmitted",
  APPROVED: "Approved",
  DENIED: "Denied",
  FORWARDED: "Forwarded",
  ADDRESS_PROVIDED: "Address provided",
  LAPSE_REMINDER_SENT: "Lapse reminder sent",
  DECISION_REMINDER_SENT: "Decision reminder sent",
  LAPSED: "Lapsed",
  CREATORS_NOMINATED: "Creators nominated",
  NOMINATION_RESENT: "Nomination resent",
  NOMINATION_ACCEPTED: "Nomination accepted",
  NOMINATION_REJECTED: "Nomination rejected",
  ACCESS_REQUESTED: "Access requested",
  ACCESS_APPROVED: "Access approved",
  ACCESS_DECLINED: "Access declined",
  ACCESS_CANCELLED: "Access request cancelled",
  ACCESS_REMINDER_SENT: "Access request reminder sent",
  USER_ROLES_CHANGED: "Roles changed",
  VIRTUAL_ACCOUNTS_CHANGED: "Virtual accounts changed",
  DETAILS_UPDATED: "Details updated",
  AUTOMATION_CHANGED: "Access automation changed",
};

const eventTypeOptions = Object.entries(eventTypeWords).map(([value, label]) => ({
  value,
  label,
}));

const statusColors: Record<Delivery["status"], string> = {
  PENDING: "yellow",
  SENDING: "blue",
  DELIVERED: "green",
  FAILED: "red",
};

/**
 * The account's webhooks: its endpoints, a form to add one (its secret shown once), and each
 * endpoint's recent deliveries with their attempts. For administrators, staff and the requester;
 * the server decides (a requester sees only the endpoints they registered).
 */
export function WebhooksSection({ account }: { account: Account }) {
  const viewer = useViewer();
  const mayManage =
    viewer.isStaff ||
    holdsAccountRole(account.myRoles, "ADMINISTRATOR") ||
    account.requester?.email === viewer.email;
  if (!mayManage) return null;
  return <Webhooks accountId={account.id} />;
}

function Webhooks({ accountId }: { accountId: string }) {
  const { data, error, refetch } = useQuery(webhookEndpointsQuery, {
    variables: { accountId },
    fetchPolicy: "cache-and-network",
  });
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);
  const reload = () => void refetch();

  return (
    <Paper withBorder radius="sm" p="lg" component="section" aria-labelledby="webhooks-title">
      <Stack gap="md">
        <Title order={2} fz="h4" id="webhooks-title">
          Webhooks
        </Title>
        <Text fz="sm">
          The account&apos;s events, posted to your endpoints as they happen and signed as the
          Standard Webhooks specification says.
        </Text>
        {secret ? <SecretOnce {...secret} onDone={() => setSecret(null)} /> : null}
        {error && !data ? (
          <Alert color="red" variant="light" role="alert">
            {describeError(error)}
          </Alert>
        ) : null}
        {data?.webhookEndpoints.map((endpoint) => (
          <EndpointCard
            key={endpoint.id}
            endpoint={endpoint}
            onChanged={reload}
            onSecret={(value) => setSecret({ title: "New signing secret", value })}
          />
        ))}
        {data && data.webhookEndpoints.length === 0 ? (
          <Text fz="sm" c="dimmed">
            No endpoints yet.
          </Text>
        ) : null}
        <AddEndpointForm
          accountId={accountId}
          onCreated={(value) => {
            setSecret({ title: "Signing secret of the new endpoint", value });
            reload();
          }}
        />
      </Stack>
    </Paper>
  );
}

function SecretOnce({
  title,
  value,
  onDone,
}: {
  title: string;
  value: string;
  onDone: () => void;
}) {
  return (
    <Alert color="yellow" variant="light" title={title}>
      <Stack gap="xs">
        <Text fz="sm">
          Copy it now: it is not shown again. Your receiver verifies every message with it.
        </Text>
        <TextInput label="Signing secret" value={value} readOnly ff="monospace" />
        <Group>
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy} color={copied ? "green" : undefined}>
                {copied ? "Copied" : "Copy secret"}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDone}>
            Done
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function AddEndpointForm({
  accountId,
  onCreated,
}: {
  accountId: string;
  onCreated: (secret: string) => void;
}) {
  const [create, { loading }] = useMutation(createWebhookEndpointMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<WebhookEndpointValues>({
    resolver: zodResolver(webhookEndpointSchema),
    mode: "onTouched",
    defaultValues: { url: "", eventTypes: [] },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            accountId,
            url: values.url.trim(),
            eventTypes: values.eventTypes as AccountEventKind[],
          },
        },
      });
      if (!data) return;
      notifySuccess("Endpoint added", "Copy its signing secret now: it is not shown again.");
      reset();
      onCreated(data.createWebhookEndpoint.secret);
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["url", "eventTypes"],
          title: "Could not add the endpoint",
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label="Add an endpoint">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          Add an endpoint
        </Title>
        {formError ? (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput
          label="Endpoint URL"
          placeholder="https://hooks.example.com/smart-accounts"
          required
          error={errors.url?.message}
          {...register("url")}
        />
        <Controller
          control={control}
          name="eventTypes"
          render={({ field, fieldState }) => (
            <MultiSelect
              label="Event types"
              required
              searchable
              data={eventTypeOptions}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Add endpoint
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EndpointCard({
  endpoint,
  onChanged,
  onSecret,
}: {
  endpoint: Endpoint;
  onChanged: () => void;
  onSecret: (secret: string) => void;
}) {
  const [update, updating] = useMutation(updateWebhookEndpointMutation);
  const [rotate, rotating] = useMutation(rotateWebhookSecretMutation);
  const [remove, removing] = useMutation(deleteWebhookEndpointMutation);
  const [sendTest, testing] = useMutation(sendTestWebhookMutation);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const act = async (run: () => Promise<unknown>, done?: string) => {
    setProblem(null);
    try {
      await run();
      if (done) notifySuccess(done, endpoint.url);
      onChanged();
    } catch (error) {
      setProblem(describeError(error));
    }
  };
  const input = { id: endpoint.id };

  return (
    <Paper withBorder radius="sm" p="md" component="article" aria-label={endpoint.url}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600} style={{ wordBreak: "break-all" }}>
            {endpoint.url}
          </Text>
          <Badge color={endpoint.enabled ? "green" : "gray"}>
            {endpoint.enabled ? "Enabled" : "Disabled"}
          </Badge>
        </Group>
        <Text fz="sm">
          Events: {endpoint.eventTypes.map((type) => eventTypeWords[type]).join(", ")}
        </Text>
        {endpoint.disabledReason ? (
          <Text fz="sm" c="red">
            {endpoint.disabledReason}
          </Text>
        ) : endpoint.failingSince ? (
          <Text fz="sm" c="orange">
            Failing since {formatDateTime(endpoint.failingSince)}
          </Text>
        ) : null}
        {problem ? (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        ) : null}
        <Group gap="xs" wrap="wrap">
          <Button
            size="xs"
            variant="default"
            disabled={!endpoint.enabled}
            loading={testing.loading}
            onClick={() => void act(() => sendTest({ variables: { input } }), "Test event sent")}
          >
            Send test event
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={updating.loading}
            onClick={() =>
              void act(
                () =>
                  update({ variables: { input: { id: endpoint.id, enabled: !endpoint.enabled } } }),
                endpoint.enabled ? "Endpoint disabled" : "Endpoint enabled",
              )
            }
          >
            {endpoint.enabled ? "Disable" : "Enable"}
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={rotating.loading}
            onClick={() =>
              void act(async () => {
                const { data } = await rotate({ variables: { input } });
                if (data) onSecret(data.rotateWebhookSecret.secret);
              })
            }
          >
            Rotate secret
          </Button>
          {confirmingDelete ? (
            <>
              <Button
                size="xs"
                color="red"
                loading={removing.loading}
                onClick={() => void act(() => remove({ variables: { input } }), "Endpoint deleted")}
              >
                Delete for good
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setConfirmingDelete(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => setConfirmingDelete(true)}
            >
              Delete
            </Button>
          )}
        </Group>
        <DeliveryLog endpoint={endpoint} onChanged={onChanged} />
      </Stack>
    </Paper>
  );
}

function lastAttempt(delivery: Delivery): string {
  const attempt = delivery.attemptLog[delivery.attemptLog.length - 1];
  if (!attempt) return "Not tried yet";
  const outcome = attempt.error ?? `answered ${attempt.statusCode}`;
  return `${outcome} (${attempt.durationMs} ms)`;
}

function DeliveryLog({ endpoint, onChanged }: { endpoint: Endpoint; onChanged: () => void }) {
  const [redeliver, { loading }] = useMutation(redeliverWebhookMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const deliveries = endpoint.deliveries.edges.map((edge) => edge.node);
  if (deliveries.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        No deliveries yet.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {problem ? (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={560}>
        <Table fz="sm" aria-label={`Deliveries to ${endpoint.url}, newest first`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Event</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Attempts</Table.Th>
              <Table.Th>Last attempt</Table.Th>
              <Table.Th>Written</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.map((delivery) => (
              <Table.Tr key={delivery.id}>
                <Table.Td>
                  {eventTypeWords[delivery.eventType as AccountEventKind] ?? delivery.eventType}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={statusColors[delivery.status]}>
                    {delivery.status.toLowerCase()}
                  </Badge>
                </Table.Td>
                <Table.Td>{delivery.attempts}</Table.Td>
                <Table.Td>{lastAttempt(delivery)}</Table.Td>
                <Table.Td>{formatDateTime(delivery.createdAt)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="default"
                    loading={loading}
                    disabled={!endpoint.enabled || delivery.status === "SENDING"}
                    aria-label={`Redeliver ${delivery.id}`}
                    onClick={() => {
                      setProblem(null);
                      redeliver({ variables: { input: { deliveryId: delivery.id } } })
                        .then(() => {
                          notifySuccess("Sent again", "The delivery goes out again now.");
                          onChanged();
                        })
                        .catch((error: unknown) => setProblem(describeError(error)));
                    }}
                  >
                    Redeliver
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {endpoint.deliveries.totalCount > deliveries.length ? (
        <Text fz="xs" c="dimmed">
          The {deliveries.length} newest of {endpoint.deliveries.totalCount} deliveries.
        </Text>
      ) : null}
    </Stack>
  );
}
