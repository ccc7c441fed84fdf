import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import type { AccessRequestFieldsFragment, RequestableRole } from "@sam/graphql-types";
import { useEffect, useId, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { requestAccessMutation } from "@/api/access-request";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { requestableRoles, roleWords } from "@/lib/roles";
import { splitEmails } from "@/lib/validation";
import { requestAccessSchema, type RequestAccessValues } from "./request-access.schema";

export type AccountToRequest = { id: string; name: string; domainIdentifier: string };

type RequestAccessDialogProps = {
  account: AccountToRequest | null;
  onClose: () => void;
};

const defaults: RequestAccessValues = { emails: "", forMyself: true, role: "USER", reason: "" };

const statusWords: Record<AccessRequestFieldsFragment["status"], string> = {
  PENDING: "Pending: the account's administrators decide",
  APPROVED: "Approved",
  DECLINED: "Declined",
  CANCELLED: "Cancelled",
};

/** "Request Access" to an active Smart Account, for yourself and/or others, one request each. */
export function RequestAccessDialog({ account, onClose }: RequestAccessDialogProps) {
  const [requestAccess, { loading }] = useMutation(requestAccessMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const forMyselfErrorId = useId();
  const [created, setCreated] = useState<readonly AccessRequestFieldsFragment[] | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<RequestAccessValues>({
    resolver: zodResolver(requestAccessSchema),
    mode: "onTouched",
    defaultValues: defaults,
  });

  useEffect(() => {
    if (account) {
      reset(defaults);
      setFormError(null);
      setCreated(null);
    }
  }, [account, reset]);

  const onSubmit = handleSubmit(async (values) => {
    if (!account) return;
    setFormError(null);
    try {
      const { data } = await requestAccess({
        variables: {
          input: {
            smartAccountId: account.id,
            emails: splitEmails(values.emails),
            forMyself: values.forMyself,
            role: values.role,
            reason: values.reason.trim(),
          },
        },
      });
      const requests = data?.requestAccess.accessRequests ?? [];
      notifySuccess(
        "User Access Request Created",
        `${requests.length} access ${requests.length === 1 ? "request" : "requests"} to “${account.name}”.`,
      );
      setCreated(requests);
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["emails", "reason", "role", "forMyself"],
          title: "Could not request access",
        }),
      );
    }
  });

  return (
    <Modal
      opened={account !== null}
      onClose={onClose}
      title={created ? "User Access Request Created" : "Request Access"}
      size="lg"
    >
      {account && created ? (
        <Stack gap="md">
          <Text fz="sm">
            Access to <strong>{account.name}</strong> ({account.domainIdentifier}):
          </Text>
          <List spacing="xs" fz="sm" aria-label="Access requests created">
            {created.map((request) => (
              <List.Item key={request.id}>
                <Group gap="xs" component="span">
                  <span>
                    {request.email} — {roleWords[request.grantedRole ?? request.askedRole]}
                  </span>
                  <Badge
                    variant="light"
                    radius="sm"
                    color={request.status === "APPROVED" ? "green" : "yellow"}
                  >
                    {request.status === "APPROVED" && request.autoApproved
                      ? "Approved automatically"
                      : statusWords[request.status]}
                  </Badge>
                </Group>
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              Done
            </Button>
          </Group>
        </Stack>
      ) : account ? (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            {formError ? (
              <Alert color="red" variant="light" role="alert">
                {formError}
              </Alert>
            ) : null}
            <Text fz="sm">
              Ask the administrators of <strong>{account.name}</strong> ({account.domainIdentifier})
              for access. Each email gets a request of its own.
            </Text>
            <Textarea
              label="Email addresses"
              description="Separate several addresses with commas."
              autosize
              minRows={2}
              data-autofocus
              error={errors.emails?.message}
              {...register("emails")}
            />
            <Stack gap={4}>
              <Checkbox
                label="I request access for myself"
                error={Boolean(errors.forMyself)}
                aria-describedby={errors.forMyself ? forMyselfErrorId : undefined}
                {...register("forMyself")}
              />
              {/* The server's refusal for the asker (a role already held), tied to the box. */}
              {errors.forMyself?.message ? (
                <Text id={forMyselfErrorId} fz="sm" c="red">
                  {errors.forMyself.message}
                </Text>
              ) : null}
            </Stack>
            <Controller
              control={control}
              name="role"
              render={({ field }) => (
                <Select
                  label="Role"
                  required
                  allowDeselect={false}
                  data={requestableRoles.map((role) => ({ value: role, label: roleWords[role] }))}
                  value={field.value}
                  onChange={(value) => field.onChange((value ?? "USER") as RequestableRole)}
                  onBlur={field.onBlur}
                  error={errors.role?.message}
                />
              )}
            />
            <Textarea
              label="Reason"
              required
              autosize
              minRows={3}
              error={errors.reason?.message}
              {...register("reason")}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Request Access
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
