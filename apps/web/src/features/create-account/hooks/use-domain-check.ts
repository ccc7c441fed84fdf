import { useApolloClient, useQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import type { CheckDomainQuery, DomainCheckFlow } from "@sam/graphql-types";
import { useCallback } from "react";
import { checkDomainQuery } from "../api/create-account";

export type DomainCheck = CheckDomainQuery["checkDomain"];
export type { DomainCheckFlow };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The check's variables: the identifier trimmed, the approver's email only once it is one. */
export function checkDomainVariables(
  identifier: string,
  approverEmail: string | null,
  flow: DomainCheckFlow,
) {
  return {
    domainIdentifier: identifier.trim(),
    approverEmail: approverEmail && EMAIL.test(approverEmail) ? approverEmail.trim() : null,
    flow,
  };
}

/**
 * The server's opinion of an identifier as the person types it (debounced), for the request of
 * `flow`: validity, what that request would refuse, whether a domain approver must review it and
 * why, and the accounts already on its top-level domain.
 */
export function useDomainCheck(
  identifier: string,
  approverEmail: string | null,
  flow: DomainCheckFlow,
) {
  const current = checkDomainVariables(identifier, approverEmail, flow);
  // Strings, not the variables object: a debounced value must keep its identity between renders.
  const [debouncedIdentifier] = useDebouncedValue(current.domainIdentifier, 350);
  const [debouncedApprover] = useDebouncedValue(current.approverEmail ?? "", 350);
  const { data, loading, error } = useQuery(checkDomainQuery, {
    variables: {
      domainIdentifier: debouncedIdentifier,
      approverEmail: debouncedApprover || null,
      flow,
    },
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
    async (
      identifier: string,
      approverEmail: string | null,
      flow: DomainCheckFlow,
    ): Promise<DomainCheck> => {
      const { data } = await client.query({
        query: checkDomainQuery,
        variables: checkDomainVariables(identifier, approverEmail, flow),
        fetchPolicy: "network-only",
      });
      if (!data) throw new Error("The domain check returned nothing");
      return data.checkDomain;
    },
    [client],
  );
}
