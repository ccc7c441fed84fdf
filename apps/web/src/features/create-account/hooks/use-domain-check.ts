import { useApolloClient, useQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import type { CheckDomainQuery } from "@sam/graphql-types";
import { useCallback } from "react";
import { checkDomainQuery } from "../api/create-account";

export type DomainCheck = CheckDomainQuery["checkDomain"];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The check's variables: the identifier trimmed, the approver's email only once it is one. */
export function checkDomainVariables(identifier: string, approverEmail: string | null) {
  return {
    domainIdentifier: identifier.trim(),
    approverEmail: approverEmail && EMAIL.test(approverEmail) ? approverEmail.trim() : null,
  };
}

/**
 * The server's opinion of an identifier as the person types it (debounced): validity, whether
 * a domain approver must review it and why, and the accounts already on its top-level domain.
 */
export function useDomainCheck(identifier: string, approverEmail: string | null) {
  const current = checkDomainVariables(identifier, approverEmail);
  // Strings, not the variables object: a debounced value must keep its identity between renders.
  const [debouncedIdentifier] = useDebouncedValue(current.domainIdentifier, 350);
  const [debouncedApprover] = useDebouncedValue(current.approverEmail ?? "", 350);
  const { data, loading, error } = useQuery(checkDomainQuery, {
    variables: { domainIdentifier: debouncedIdentifier, approverEmail: debouncedApprover || null },
    skip: debouncedIdentifier === "",
  });
  const settled =
    current.domainIdentifier === debouncedIdentifier &&
    (current.approverEmail ?? "") === debouncedApprover;
  return {
    check: identifier.trim() && data ? data.checkDomain : null,
    checking: loading || !settled,
    error,
  };
}

/** The same check, asked at once (from the cache when it is there), for a step's Continue. */
export function useCheckDomainNow() {
  const client = useApolloClient();
  return useCallback(
    async (identifier: string, approverEmail: string | null): Promise<DomainCheck> => {
      const { data } = await client.query({
        query: checkDomainQuery,
        variables: checkDomainVariables(identifier, approverEmail),
        fetchPolicy: "network-only",
      });
      if (!data) throw new Error("The domain check returned nothing");
      return data.checkDomain;
    },
    [client],
  );
}
