import { useQuery } from "@apollo/client/react";
import { Button, Group, Loader, Stack } from "@mantine/core";
import type { SmartAccountDetailQuery } from "@sam/graphql-types";
import { withAllStyles } from "@/lib/all-styles";
import { lazy, startTransition, Suspense, useDeferredValue, useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorState } from "@/components/ui/ErrorState";
import { MountWhenNear } from "@/components/ui/MountWhenNear";
import { MountWhenWanted } from "@/components/ui/MountWhenWanted";
import { PageHeader } from "@/components/ui/PageHeader";
import { useViewer } from "@/hooks/viewer-context";
import { readsDetails } from "@/lib/account-details";
import { describeError, hasErrorCode } from "@/lib/graphql-errors";
import { holdsAccountRole } from "@/lib/roles";
import { smartAccountDetailQuery } from "../api/smart-account";
import { useAccountChanges } from "../hooks/use-account-changes";
import { AccessAutomationSection } from "./AccessAutomationSection";
import { AccountDetailsPanel, CardOnlyNote } from "./AccountDetailsPanel";
import { AccountStanding } from "./AccountStanding";
import { HistorySection } from "./HistorySection";
import { NominationsSection } from "./NominationsSection";
import { UsersSection } from "./UsersSection";
import { VirtualAccountsSection } from "./VirtualAccountsSection";

type Account = SmartAccountDetailQuery["smartAccount"];

// The form and its validation load when someone first asks for access, not with the page.
/**
 * False on the render that first shows the account, true right after: the sections below its
 * standing (users, nominations, webhooks, access automation, history) render in a transition of
 * their own, which React splits into short tasks, instead of inside the first one. On a phone
 * that first render was one long task that kept the page from answering taps.
 */
function useRestSoon(): boolean {
  const [soon, setSoon] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setSoon(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return soon;
}

const RequestAccessDialog = lazy(
  withAllStyles(() =>
    import("@/components/access/RequestAccessDialog").then((module) => ({
      default: module.RequestAccessDialog,
    })),
  ),
);

// Editing the details (the company form, its validation) loads when first opened.
const EditDetailsDialog = lazy(
  withAllStyles(() =>
    import("./EditDetailsDialog").then((module) => ({ default: module.EditDetailsDialog })),
  ),
);

// The webhooks, with their form and its validation, load when scrolled near: most visitors never
// go down to them.
const WebhooksSection = lazy(
  withAllStyles(() =>
    import("./WebhooksSection").then((module) => ({ default: module.WebhooksSection })),
  ),
);

function Header({ name }: { name?: string }) {
  return (
    <PageHeader
      title={name ?? "Smart Account"}
      breadcrumbs={[
        { label: "Smart Account Manager", to: "/directory" },
        { label: "Directory", to: "/directory" },
        { label: name ?? "Smart Account" },
      ]}
    />
  );
}

/** One Smart Account: details, where it stands, its people, virtual accounts and history. */
export function SmartAccountPage() {
  const { id = "" } = useParams();
  const { data, error, loading, refetch } = useQuery(smartAccountDetailQuery, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  // The account's sections render as a transition, so React yields to the browser between them
  // instead of holding the main thread for the whole page in one task when the answer arrives.
  const account = useDeferredValue(data?.smartAccount);

  if (error && !data) {
    return (
      <>
        <Header />
        {hasErrorCode(error, "NOT_FOUND") ? (
          <ErrorState
            title="No such Smart Account"
            message="It does not exist, or you are not one of the people who may see it."
          />
        ) : (
          <ErrorState
            title="Could not load the Smart Account"
            message={describeError(error)}
            onRetry={() => void refetch()}
          />
        )}
      </>
    );
  }
  if (!account) {
    return (
      <>
        <Header />
        {loading || data ? <Loader aria-label="Loading the Smart Account" /> : null}
      </>
    );
  }
  return <AccountView account={account} onChanged={() => void refetch()} />;
}

function AccountView({ account, onChanged }: { account: Account; onChanged: () => void }) {
  const rest = useRestSoon();
  const viewer = useViewer();
  // Changes by others show without a reload, for those who read the history.
  useAccountChanges(account.id, account.history !== null && account.history !== undefined);
  const [editingDetails, setEditingDetails] = useState(false);
  const [requesting, setRequesting] = useState(false);
  // Mounted from the first request on, so closing animates and gives focus back.
  const [dialogWanted, setDialogWanted] = useState(false);
  const details = readsDetails(account) ? account : null;
  const isAdministrator = holdsAccountRole(account.myRoles, "ADMINISTRATOR");
  const canSeeUsers = holdsAccountRole(account.myRoles, "ADMINISTRATOR", "APPROVER");
  const canEdit = canSeeUsers && details !== null;
  const decidable =
    (account.approvers?.includes(viewer.email) ?? false) &&
    (account.status === "PENDING_CUSTOMER_ACCEPTANCE" ||
      account.status === "PENDING_CUSTOMER_ADDRESS");
  // As in the directory: an active account, to someone verified who holds no role on it yet.
  const requestable =
    account.status === "ACTIVE" && account.myRoles.length === 0 && viewer.emailVerified;
  const virtualAccounts = account.virtualAccounts;
  const vaName = new Map(virtualAccounts?.map((va) => [va.id, va.name]));

  return (
    <>
      <PageHeader
        title={account.name}
        description={account.domainIdentifier}
        breadcrumbs={[
          { label: "Smart Account Manager", to: "/directory" },
          { label: "Directory", to: "/directory" },
          { label: account.name },
        ]}
        actions={
          decidable || canEdit || requestable ? (
            <Group gap="sm">
              {canEdit ? (
                <Button variant="default" onClick={() => setEditingDetails(true)}>
                  Edit details
                </Button>
              ) : null}
              {decidable ? (
                <Button component={Link} to={`/pending-requests/${account.id}`}>
                  Review the request
                </Button>
              ) : null}
              {requestable ? (
                <Button
                  onClick={() => {
                    setDialogWanted(true);
                    setRequesting(true);
                  }}
                >
                  Request Access
                </Button>
              ) : null}
            </Group>
          ) : undefined
        }
      />
      {canEdit ? (
        <MountWhenWanted wanted={editingDetails}>
          <EditDetailsDialog
            account={account}
            opened={editingDetails}
            onClose={() => setEditingDetails(false)}
            onDone={() => {
              setEditingDetails(false);
              onChanged();
            }}
          />
        </MountWhenWanted>
      ) : null}
      {dialogWanted ? (
        <Suspense fallback={null}>
          <RequestAccessDialog
            account={requesting ? account : null}
            onClose={() => {
              setRequesting(false);
              // An approval on the spot (access automation) gives the caller more to read.
              onChanged();
            }}
          />
        </Suspense>
      ) : null}
      <Stack gap="lg">
        <AccountDetailsPanel account={account} virtualAccountNames={vaName} />
        {details ? (
          <AccountStanding account={details} />
        ) : (
          <CardOnlyNote requestable={requestable} />
        )}
        {virtualAccounts ? (
          <VirtualAccountsSection
            account={account}
            virtualAccounts={virtualAccounts}
            onlyTheirs={details === null}
            canManage={isAdministrator}
            onChanged={onChanged}
          />
        ) : null}
        {rest ? (
          <>
            {canSeeUsers ? (
              <UsersSection
                account={account}
                // Administrators and approvers read every virtual account; without them, a role can
                // still be given on the whole account.
                virtualAccounts={virtualAccounts ?? []}
                onChanged={onChanged}
              />
            ) : null}
            {canSeeUsers ? (
              <NominationsSection account={account} canResendAny={isAdministrator} />
            ) : null}
            <MountWhenNear>
              <Suspense fallback={null}>
                <WebhooksSection account={account} />
              </Suspense>
            </MountWhenNear>
            {isAdministrator ? (
              <AccessAutomationSection account={account} onChanged={onChanged} />
            ) : null}
            {details ? <HistorySection accountId={account.id} history={account.history} /> : null}
          </>
        ) : null}
      </Stack>
    </>
  );
}
