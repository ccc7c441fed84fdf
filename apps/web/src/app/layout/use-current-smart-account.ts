import { useQuery } from "@apollo/client/react";
import { useCallback, useEffect, useState } from "react";
import { useMatch } from "react-router";
import { shellSmartAccountQuery } from "../api/shell";
import { errorCode } from "@/lib/graphql-errors";

export type CurrentSmartAccount = { id: string; name: string };

// Per user: on a shared computer one person's account does not head another's navigation.
const storageKey = (userId: string) => `sam.smart-account.${userId}`;

function readRemembered(userId: string): CurrentSmartAccount | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(storageKey(userId)) ?? "null");
    if (typeof value !== "object" || value === null) return null;
    const { id, name } = value as Record<string, unknown>;
    return typeof id === "string" && typeof name === "string" ? { id, name } : null;
  } catch {
    return null;
  }
}

function writeRemembered(userId: string, account: CurrentSmartAccount | null): void {
  try {
    if (account) window.localStorage.setItem(storageKey(userId), JSON.stringify(account));
    else window.localStorage.removeItem(storageKey(userId));
  } catch {
    // Storage may be full or blocked: the account is then not remembered, nothing more.
  }
}

/**
 * The Smart Account that heads the navigation: on an account's own page that account, elsewhere
 * the last one the person opened or switched to, remembered between visits. The name shown is
 * the server's (re-read on each visit), so a renamed or withdrawn account does not linger.
 */
export function useCurrentSmartAccount(userId: string | null): {
  account: CurrentSmartAccount | null;
  loading: boolean;
} {
  const onPage = useMatch("/smart-accounts/:id")?.params.id ?? null;
  // Read again when the user changes (the session arrives after the first render).
  const [stored, setStored] = useState(() => ({
    userId,
    account: userId ? readRemembered(userId) : null,
  }));
  let remembered = stored.account;
  if (stored.userId !== userId) {
    remembered = userId ? readRemembered(userId) : null;
    setStored({ userId, account: remembered });
  }
  const setRemembered = useCallback(
    (account: CurrentSmartAccount | null) => setStored({ userId, account }),
    [userId],
  );
  const id = onPage ?? remembered?.id ?? null;
  const { data, error, loading } = useQuery(shellSmartAccountQuery, {
    variables: { id: id ?? "" },
    skip: !id || !userId,
  });
  const fetched = data?.smartAccount.id === id ? data?.smartAccount : undefined;

  useEffect(() => {
    if (!userId || !fetched) return;
    if (remembered?.id === fetched.id && remembered.name === fetched.name) return;
    const account = { id: fetched.id, name: fetched.name };
    writeRemembered(userId, account);
    setRemembered(account);
  }, [userId, fetched, remembered, setRemembered]);

  // The remembered account is gone or no longer visible to this person: forget it.
  const gone = !onPage && (errorCode(error) === "NOT_FOUND" || errorCode(error) === "FORBIDDEN");
  useEffect(() => {
    if (!userId || !gone) return;
    writeRemembered(userId, null);
    setRemembered(null);
  }, [userId, gone, setRemembered]);

  if (!id || !userId) return { account: null, loading: false };
  if (fetched) return { account: { id: fetched.id, name: fetched.name }, loading: false };
  if (remembered?.id === id) return { account: remembered, loading: false };
  return { account: null, loading };
}
