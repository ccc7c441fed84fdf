/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccessMyRoles($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n": typeof types.AccessMyRolesDocument,
    "\n  query AccessMyRoleNames($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n      }\n    }\n  }\n": typeof types.AccessMyRoleNamesDocument,
    "\n  mutation TokensCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        scope\n        prefix\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.TokensCreateApiTokenDocument,
    "\n  query TokensApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          scope\n          lastUsedAt\n          revokedAt\n          revokedReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TokensApiTokensDocument,
    "\n  mutation TokensRevokeApiToken($id: ID!) {\n    revokeApiToken(input: { id: $id }) {\n      apiToken {\n        id\n        revokedAt\n        revokedReason\n      }\n    }\n  }\n": typeof types.TokensRevokeApiTokenDocument,
    "\n  query OrderedDirectory($first: Int!, $after: String, $order: DirectoryOrder!) {\n    directory(first: $first, after: $after, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          smartAccount {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderedDirectoryDocument,
    "\n  query OrderedAccessRequests($sid: ID, $first: Int!, $after: String, $order: AccessRequestOrder!) {\n    accessRequests(smartAccountId: $sid, first: $first, after: $after, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          email\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OrderedAccessRequestsDocument,
    "\n  query OrderedMyRequests($first: Int!, $after: String, $order: RequestOrder!) {\n    myRequests(first: $first, after: $after, order: $order) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrderedMyRequestsDocument,
    "\n  query DirectorySearchAll($first: Int!) {\n    searchSmartAccounts(query: \"cisco\", first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          administrators\n          myRoles {\n            role\n          }\n          virtualAccounts {\n            name\n          }\n          nextStep {\n            actors\n          }\n        }\n      }\n    }\n  }\n": typeof types.DirectorySearchAllDocument,
    "\n  query CheckDomainForFlow($d: String!, $a: String, $flow: DomainCheckFlow!) {\n    checkDomain(domainIdentifier: $d, approverEmail: $a, flow: $flow) {\n      valid\n      identifier\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      refusals {\n        code\n        field\n        message\n      }\n      existingAccounts {\n        name\n        exactMatch\n      }\n    }\n  }\n": typeof types.CheckDomainForFlowDocument,
    "\n  query CheckDomainDefaultFlow($d: String!) {\n    checkDomain(domainIdentifier: $d) {\n      refusals {\n        code\n      }\n    }\n  }\n": typeof types.CheckDomainDefaultFlowDocument,
    "\n  query Events($first: Int, $after: String, $types: [AccountEventKind!], $accountId: ID) {\n    events(first: $first, after: $after, types: $types, accountId: $accountId) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          type\n          accountId\n          account {\n            id\n            name\n          }\n          actor {\n            id\n            email\n          }\n          payload {\n            sequence\n            statusBefore\n            statusAfter\n            detail\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query EventsHistory($id: ID!) {\n    smartAccount(id: $id) {\n      history {\n        id\n        type\n        actorEmail\n        statusBefore\n        statusAfter\n        detail\n        createdAt\n      }\n    }\n  }\n": typeof types.EventsHistoryDocument,
    "\n  mutation EventsCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n": typeof types.EventsCreateApiTokenDocument,
    "\n  query InsightsSystemOverview {\n    systemOverview {\n      accountsByStatus {\n        status\n        count\n      }\n      domainReviewsByAge {\n        label\n        fromDays\n        toDays\n        count\n      }\n      lapsingSoon {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n": typeof types.InsightsSystemOverviewDocument,
    "\n  query InsightsCustomerRequests {\n    customerRequestsByStatus {\n      status\n      count\n    }\n  }\n": typeof types.InsightsCustomerRequestsDocument,
    "\n  query CreatorsMyNominations {\n    myNominations {\n      edges {\n        node {\n          id\n          kind\n          status\n        }\n      }\n    }\n  }\n": typeof types.CreatorsMyNominationsDocument,
    "\n  query NominationsMine {\n    myNominations {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          expiresAt\n          smartAccount {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.NominationsMineDocument,
    "\n  mutation NominationsResend($id: ID!) {\n    resendNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n": typeof types.NominationsResendDocument,
    "\n  mutation NominationsNominateCfo($id: ID!) {\n    nominateCreators(input: { smartAccountId: $id, emails: [\"cfo@uk.cisco.com\"] }) {\n      nominations {\n        id\n      }\n    }\n  }\n": typeof types.NominationsNominateCfoDocument,
    "\n  query NominationsAccountNominations($id: ID!, $first: Int!, $after: String) {\n    accountNominations(smartAccountId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          email\n          kind\n          status\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.NominationsAccountNominationsDocument,
    "\n  mutation DomainsVerifyChallenge($id: ID!) {\n    verifyDomainChallenge(input: { domainId: $id }) {\n      verified\n      domain {\n        status\n      }\n    }\n  }\n": typeof types.DomainsVerifyChallengeDocument,
    "\n  query DomainsMyRequests($first: Int!) {\n    myRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          approvers\n          requester {\n            email\n          }\n          domain {\n            id\n          }\n          virtualAccounts {\n            name\n          }\n          history {\n            type\n          }\n          nextStep {\n            actors\n          }\n        }\n      }\n    }\n  }\n": typeof types.DomainsMyRequestsDocument,
    "\n  query LifecycleMyRoles($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n": typeof types.LifecycleMyRolesDocument,
    "\n  mutation AccountsTwentyGuesses(\n    $email: String!\n    $p0: String!\n    $p1: String!\n    $p2: String!\n    $p3: String!\n    $p4: String!\n    $p5: String!\n    $p6: String!\n    $p7: String!\n    $p8: String!\n    $p9: String!\n    $p10: String!\n    $p11: String!\n    $p12: String!\n    $p13: String!\n    $p14: String!\n    $p15: String!\n    $p16: String!\n    $p17: String!\n    $p18: String!\n    $p19: String!\n  ) {\n    a0: signIn(input: { email: $email, password: $p0 }) {\n      user {\n        id\n      }\n    }\n    a1: signIn(input: { email: $email, password: $p1 }) {\n      user {\n        id\n      }\n    }\n    a2: signIn(input: { email: $email, password: $p2 }) {\n      user {\n        id\n      }\n    }\n    a3: signIn(input: { email: $email, password: $p3 }) {\n      user {\n        id\n      }\n    }\n    a4: signIn(input: { email: $email, password: $p4 }) {\n      user {\n        id\n      }\n    }\n    a5: signIn(input: { email: $email, password: $p5 }) {\n      user {\n        id\n      }\n    }\n    a6: signIn(input: { email: $email, password: $p6 }) {\n      user {\n        id\n      }\n    }\n    a7: signIn(input: { email: $email, password: $p7 }) {\n      user {\n        id\n      }\n    }\n    a8: signIn(input: { email: $email, password: $p8 }) {\n      user {\n        id\n      }\n    }\n    a9: signIn(input: { email: $email, password: $p9 }) {\n      user {\n        id\n      }\n    }\n    a10: signIn(input: { email: $email, password: $p10 }) {\n      user {\n        id\n      }\n    }\n    a11: signIn(input: { email: $email, password: $p11 }) {\n      user {\n        id\n      }\n    }\n    a12: signIn(input: { email: $email, password: $p12 }) {\n      user {\n        id\n      }\n    }\n    a13: signIn(input: { email: $email, password: $p13 }) {\n      user {\n        id\n      }\n    }\n    a14: signIn(input: { email: $email, password: $p14 }) {\n      user {\n        id\n      }\n    }\n    a15: signIn(input: { email: $email, password: $p15 }) {\n      user {\n        id\n      }\n    }\n    a16: signIn(input: { email: $email, password: $p16 }) {\n      user {\n        id\n      }\n    }\n    a17: signIn(input: { email: $email, password: $p17 }) {\n      user {\n        id\n      }\n    }\n    a18: signIn(input: { email: $email, password: $p18 }) {\n      user {\n        id\n      }\n    }\n    a19: signIn(input: { email: $email, password: $p19 }) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AccountsTwentyGuessesDocument,
    "\n  mutation AccountsTwoGuesses($email: String!, $p0: String!, $p1: String!) {\n    a0: signIn(input: { email: $email, password: $p0 }) {\n      user {\n        id\n      }\n    }\n    a1: signIn(input: { email: $email, password: $p1 }) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AccountsTwoGuessesDocument,
    "\n  fragment AccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    topLevelDomain\n    status\n    visibility\n    channel\n    lapseAt\n    activatedAt\n    company {\n      name\n      country\n      addressLine\n      city\n      region\n      postalCode\n    }\n    requester {\n      name\n      email\n    }\n    approvers\n    domain {\n      id\n      identifier\n      status\n      reviewReasons\n      contactPhone\n      decisionReason\n      dnsChallenge {\n        recordName\n        recordValue\n      }\n    }\n    virtualAccounts {\n      name\n      isDefault\n    }\n    history {\n      type\n      actorEmail\n      statusBefore\n      statusAfter\n      detail\n    }\n    nextStep {\n      action\n      actors\n    }\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  mutation RequestAccount($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n": typeof types.RequestAccountDocument,
    "\n  mutation RequestAccountForCustomer($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n": typeof types.RequestAccountForCustomerDocument,
    "\n  query Account($id: ID!) {\n    smartAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n": typeof types.AccountDocument,
    "\n  query ApprovalRequest($token: String!) {\n    approvalRequest(token: $token) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.ApprovalRequestDocument,
    "\n  mutation ApproveAccount($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n": typeof types.ApproveAccountDocument,
    "\n  mutation DenyAccount($id: ID!, $reason: String!) {\n    denySmartAccount(input: { smartAccountId: $id, reason: $reason }) {\n      smartAccount {\n        id\n        status\n        lapseAt\n      }\n    }\n  }\n": typeof types.DenyAccountDocument,
    "\n  mutation ForwardAccount($id: ID!, $email: String!, $message: String) {\n    forwardSmartAccount(input: { smartAccountId: $id, email: $email, message: $message }) {\n      smartAccount {\n        id\n        status\n        approvers\n      }\n    }\n  }\n": typeof types.ForwardAccountDocument,
    "\n  mutation CancelAccount($id: ID!) {\n    cancelSmartAccount(input: { smartAccountId: $id }) {\n      smartAccount {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CancelAccountDocument,
    "\n  mutation ResendApprovalEmail($id: ID!) {\n    resendApprovalEmail(input: { smartAccountId: $id }) {\n      smartAccount {\n        id\n      }\n    }\n  }\n": typeof types.ResendApprovalEmailDocument,
    "\n  query CheckDomain($d: String!, $a: String) {\n    checkDomain(domainIdentifier: $d, approverEmail: $a) {\n      valid\n      message\n      identifier\n      topLevelDomain\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      existingAccounts {\n        id\n        name\n        domainIdentifier\n        status\n        exactMatch\n        administrators\n        allowedAction\n        reason\n      }\n    }\n  }\n": typeof types.CheckDomainDocument,
    "\n  query DomainApprovals {\n    domainApprovals {\n      totalCount\n      edges {\n        node {\n          id\n          identifier\n          status\n          contactPhone\n          smartAccount {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DomainApprovalsDocument,
    "\n  mutation ApproveDomain($id: ID!) {\n    approveDomain(input: { domainId: $id }) {\n      domain {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApproveDomainDocument,
    "\n  mutation RejectDomain($id: ID!, $reason: String!) {\n    rejectDomain(input: { domainId: $id, reason: $reason }) {\n      domain {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n": typeof types.RejectDomainDocument,
    "\n  mutation ResubmitDomain($id: ID!, $d: String!, $p: String!) {\n    resubmitDomain(input: { smartAccountId: $id, domainIdentifier: $d, contactPhone: $p }) {\n      smartAccount {\n        id\n        status\n        domainIdentifier\n      }\n    }\n  }\n": typeof types.ResubmitDomainDocument,
    "\n  query MyNominations {\n    myNominations {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          email\n          status\n          smartAccountId\n        }\n      }\n    }\n  }\n": typeof types.MyNominationsDocument,
    "\n  mutation AcceptNomination($id: ID!) {\n    acceptNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AcceptNominationDocument,
    "\n  mutation NominateCreators($id: ID!, $emails: [String!]!) {\n    nominateCreators(input: { smartAccountId: $id, emails: $emails }) {\n      nominations {\n        id\n        kind\n        email\n        status\n      }\n    }\n  }\n": typeof types.NominateCreatorsDocument,
    "\n  mutation ProvideCompanyAddress($id: ID!, $company: CompanyInput!) {\n    provideCompanyAddress(input: { smartAccountId: $id, company: $company }) {\n      smartAccount {\n        id\n        status\n        virtualAccounts {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProvideCompanyAddressDocument,
    "\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequests {\n        id\n        email\n        status\n        askedRole\n        grantedRole\n        autoApproved\n      }\n    }\n  }\n": typeof types.RequestAccessDocument,
    "\n  query AccessRequests($sid: ID, $status: AccessRequestStatus, $first: Int!, $after: String) {\n    accessRequests(smartAccountId: $sid, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          status\n          askedRole\n          grantedRole\n          grantedVirtualAccountIds\n          declineReason\n          requester {\n            email\n          }\n          smartAccountName\n        }\n      }\n    }\n  }\n": typeof types.AccessRequestsDocument,
    "\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      accessRequest {\n        id\n        status\n        askedRole\n        grantedRole\n        grantedVirtualAccountIds\n      }\n    }\n  }\n": typeof types.ApproveAccessRequestDocument,
    "\n  mutation DeclineAccessRequest($id: ID!, $reason: String!) {\n    declineAccessRequest(input: { accessRequestId: $id, reason: $reason }) {\n      accessRequest {\n        id\n        status\n        declineReason\n      }\n    }\n  }\n": typeof types.DeclineAccessRequestDocument,
    "\n  mutation CancelAccessRequest($id: ID!) {\n    cancelAccessRequest(input: { accessRequestId: $id }) {\n      accessRequest {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CancelAccessRequestDocument,
    "\n  mutation SetAccountUserRoles($input: SetAccountUserRolesInput!) {\n    setAccountUserRoles(input: $input) {\n      user {\n        email\n        registered\n        roles {\n          role\n          virtualAccountId\n        }\n      }\n    }\n  }\n": typeof types.SetAccountUserRolesDocument,
    "\n  query AccountUsers($id: ID!) {\n    accountUsers(smartAccountId: $id) {\n      email\n      name\n      registered\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n": typeof types.AccountUsersDocument,
    "\n  mutation CreateVirtualAccount($input: CreateVirtualAccountInput!) {\n    createVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        parentId\n        isDefault\n      }\n    }\n  }\n": typeof types.CreateVirtualAccountDocument,
    "\n  mutation UpdateVirtualAccount($input: UpdateVirtualAccountInput!) {\n    updateVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        parentId\n        isDefault\n        description\n      }\n    }\n  }\n": typeof types.UpdateVirtualAccountDocument,
    "\n  mutation DeleteVirtualAccount($id: ID!) {\n    deleteVirtualAccount(input: { virtualAccountId: $id }) {\n      virtualAccount {\n        id\n      }\n    }\n  }\n": typeof types.DeleteVirtualAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateSmartAccountInput!) {\n    updateSmartAccount(input: $input) {\n      smartAccount {\n        id\n        name\n        visibility\n        company {\n          city\n        }\n      }\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation SetAccessAutomation($id: ID!, $upTo: RequestableRole) {\n    setAccessAutomation(input: { smartAccountId: $id, autoApproveUpTo: $upTo }) {\n      smartAccount {\n        id\n        autoApproveUpTo\n      }\n    }\n  }\n": typeof types.SetAccessAutomationDocument,
    "\n  query Directory($first: Int!, $after: String, $filter: DirectoryFilter) {\n    directory(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n            status\n            visibility\n            administrators\n            myRoles {\n              role\n              virtualAccountId\n            }\n            virtualAccounts {\n              id\n              name\n              parentId\n              isDefault\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query SearchAccounts($q: String!, $first: Int!, $after: String) {\n    searchSmartAccounts(query: $q, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          visibility\n          administrators\n        }\n      }\n    }\n  }\n": typeof types.SearchAccountsDocument,
    "\n        mutation PolicyMoreCreateApiToken($input: CreateApiTokenInput!) {\n          createApiToken(input: $input) {\n            secret\n          }\n        }\n      ": typeof types.PolicyMoreCreateApiTokenDocument,
    "\n        mutation PolicyMoreRequestPasswordReset($input: RequestPasswordResetInput!) {\n          requestPasswordReset(input: $input) {\n            accepted\n          }\n        }\n      ": typeof types.PolicyMoreRequestPasswordResetDocument,
    "\n          mutation PolicyCreateApiToken($input: CreateApiTokenInput!) {\n            createApiToken(input: $input) {\n              secret\n            }\n          }\n        ": typeof types.PolicyCreateApiTokenDocument,
    "\n        query PolicySmartAccount($id: ID!) {\n          smartAccount(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicySmartAccountDocument,
    "\n      query PolicyCheckDomainRefusals($d: String!, $flow: DomainCheckFlow!) {\n        checkDomain(domainIdentifier: $d, flow: $flow) {\n          identifierAvailable\n          refusals {\n            code\n            message\n          }\n          existingAccounts {\n            id\n            name\n            exactMatch\n          }\n        }\n      }\n    ": typeof types.PolicyCheckDomainRefusalsDocument,
    "\n        query PolicyDirectory {\n          directory {\n            totalCount\n          }\n        }\n      ": typeof types.PolicyDirectoryDocument,
    "\n        query PolicySearchSmartAccounts {\n          searchSmartAccounts(query: \"Policy\") {\n            totalCount\n          }\n        }\n      ": typeof types.PolicySearchSmartAccountsDocument,
    "\n        query PolicyCheckDomainUnverified {\n          checkDomain(domainIdentifier: \"beta-corp.com\", flow: CUSTOMER) {\n            refusals {\n              code\n            }\n          }\n        }\n      ": typeof types.PolicyCheckDomainUnverifiedDocument,
    "\n          query AuthzMe {\n            me {\n              id\n            }\n          }\n        ": typeof types.AuthzMeDocument,
    "\n          query AuthzPendingAccount($id: ID!) {\n            smartAccount(id: $id) {\n              id\n              approvers\n              history {\n                type\n              }\n            }\n          }\n        ": typeof types.AuthzPendingAccountDocument,
    "\n          query AuthzActiveAccount($id: ID!) {\n            smartAccount(id: $id) {\n              id\n              virtualAccounts {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzActiveAccountDocument,
    "\n          query AuthzCheckDomain {\n            checkDomain(domainIdentifier: \"acme.com\") {\n              valid\n              existingAccounts {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzCheckDomainDocument,
    "\n          query AuthzMyRequests {\n            myRequests {\n              totalCount\n            }\n          }\n        ": typeof types.AuthzMyRequestsDocument,
    "\n          query AuthzPendingApprovals {\n            pendingApprovals {\n              totalCount\n            }\n          }\n        ": typeof types.AuthzPendingApprovalsDocument,
    "\n          query AuthzDomainApprovals {\n            domainApprovals {\n              totalCount\n            }\n          }\n        ": typeof types.AuthzDomainApprovalsDocument,
    "\n          query AuthzAccountAccessRequests($id: ID) {\n            accessRequests(smartAccountId: $id) {\n              totalCount\n            }\n          }\n        ": typeof types.AuthzAccountAccessRequestsDocument,
    "\n          query AuthzMyAccessRequests {\n            accessRequests {\n              totalCount\n            }\n          }\n        ": typeof types.AuthzMyAccessRequestsDocument,
    "\n          query AuthzAccountUsers($id: ID!) {\n            accountUsers(smartAccountId: $id) {\n              email\n            }\n          }\n        ": typeof types.AuthzAccountUsersDocument,
    "\n          query AuthzAccountNominations($id: ID!) {\n            accountNominations(smartAccountId: $id) {\n              totalCount\n            }\n          }\n        ": typeof types.AuthzAccountNominationsDocument,
    "\n          query AuthzMyNominations {\n            myNominations {\n              totalCount\n            }\n          }\n        ": typeof types.AuthzMyNominationsDocument,
    "\n          query AuthzApiTokens {\n            apiTokens {\n              totalCount\n            }\n          }\n        ": typeof types.AuthzApiTokensDocument,
    "\n          query AuthzDirectory {\n            directory {\n              totalCount\n            }\n          }\n        ": typeof types.AuthzDirectoryDocument,
    "\n          query AuthzSearchSmartAccounts {\n            searchSmartAccounts(query: \"beta\") {\n              totalCount\n            }\n          }\n        ": typeof types.AuthzSearchSmartAccountsDocument,
    "\n          mutation AuthzRequestSmartAccountForCustomer(\n            $input: RequestSmartAccountForCustomerInput!\n          ) {\n            requestSmartAccountForCustomer(input: $input) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzRequestSmartAccountForCustomerDocument,
    "\n          mutation AuthzResendApprovalEmail($id: ID!) {\n            resendApprovalEmail(input: { smartAccountId: $id }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzResendApprovalEmailDocument,
    "\n          mutation AuthzCancelSmartAccount($id: ID!) {\n            cancelSmartAccount(input: { smartAccountId: $id }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzCancelSmartAccountDocument,
    "\n          mutation AuthzApproveDomain($id: ID!) {\n            approveDomain(input: { domainId: $id }) {\n              domain {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzApproveDomainDocument,
    "\n          mutation AuthzRejectDomain($id: ID!) {\n            rejectDomain(input: { domainId: $id, reason: \"No\" }) {\n              domain {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzRejectDomainDocument,
    "\n          mutation AuthzVerifyDomainChallenge($id: ID!) {\n            verifyDomainChallenge(input: { domainId: $id }) {\n              verified\n            }\n          }\n        ": typeof types.AuthzVerifyDomainChallengeDocument,
    "\n          mutation AuthzApproveSmartAccount($id: ID!, $company: CompanyInput) {\n            approveSmartAccount(\n              input: { smartAccountId: $id, acceptTerms: true, company: $company }\n            ) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzApproveSmartAccountDocument,
    "\n          mutation AuthzDenySmartAccount($id: ID!) {\n            denySmartAccount(input: { smartAccountId: $id, reason: \"No\" }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzDenySmartAccountDocument,
    "\n          mutation AuthzAcceptNomination($id: ID!) {\n            acceptNomination(input: { nominationId: $id }) {\n              nomination {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzAcceptNominationDocument,
    "\n          mutation AuthzRejectNomination($id: ID!) {\n            rejectNomination(input: { nominationId: $id }) {\n              nomination {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzRejectNominationDocument,
    "\n          mutation AuthzUpdateSmartAccount($id: ID!) {\n            updateSmartAccount(input: { smartAccountId: $id, name: \"Renamed\" }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzUpdateSmartAccountDocument,
    "\n          mutation AuthzSetAccessAutomation($id: ID!) {\n            setAccessAutomation(input: { smartAccountId: $id, autoApproveUpTo: VIEWER }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzSetAccessAutomationDocument,
    "\n          mutation AuthzApproveAccessRequest($id: ID!) {\n            approveAccessRequest(input: { accessRequestId: $id }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzApproveAccessRequestDocument,
    "\n          mutation AuthzDeclineAccessRequest($id: ID!) {\n            declineAccessRequest(input: { accessRequestId: $id, reason: \"No\" }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzDeclineAccessRequestDocument,
    "\n          mutation AuthzCancelAccessRequest($id: ID!) {\n            cancelAccessRequest(input: { accessRequestId: $id }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzCancelAccessRequestDocument,
    "\n          mutation AuthzSetAccountUserRoles($id: ID!) {\n            setAccountUserRoles(\n              input: { smartAccountId: $id, email: \"newbie@beta.com\", roles: [{ role: USER }] }\n            ) {\n              user {\n                email\n              }\n            }\n          }\n        ": typeof types.AuthzSetAccountUserRolesDocument,
    "\n          mutation AuthzUpdateVirtualAccount($id: ID!) {\n            updateVirtualAccount(input: { virtualAccountId: $id, name: \"Ops 2\" }) {\n              virtualAccount {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzUpdateVirtualAccountDocument,
    "\n          mutation AuthzDeleteVirtualAccount($id: ID!) {\n            deleteVirtualAccount(input: { virtualAccountId: $id }) {\n              virtualAccount {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzDeleteVirtualAccountDocument,
    "\n          mutation AuthzCreateApiToken {\n            createApiToken(input: { name: \"t\", scope: FULL }) {\n              secret\n            }\n          }\n        ": typeof types.AuthzCreateApiTokenDocument,
    "\n          mutation AuthzRevokeApiToken($id: ID!) {\n            revokeApiToken(input: { id: $id }) {\n              apiToken {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthzRevokeApiTokenDocument,
    "\n      query AuthzNomineeNominations {\n        myNominations {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.AuthzNomineeNominationsDocument,
    "\n      mutation AuthzCreateOwnApiToken {\n        createApiToken(input: { name: \"mine\", scope: FULL }) {\n          apiToken {\n            id\n          }\n        }\n      }\n    ": typeof types.AuthzCreateOwnApiTokenDocument,
    "\n  mutation ExportCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n": typeof types.ExportCreateApiTokenDocument,
    "\n  query SeedMyRequests {\n    myRequests(first: 50) {\n      edges {\n        node {\n          id\n          name\n          status\n          domainIdentifier\n          lapseAt\n          virtualAccounts {\n            id\n            name\n            parentId\n          }\n          history {\n            type\n            actorEmail\n            statusAfter\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeedMyRequestsDocument,
    "\n  query SeedPendingApprovals {\n    pendingApprovals {\n      edges {\n        node {\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.SeedPendingApprovalsDocument,
    "\n  query SeedAccessRequests($sid: ID!) {\n    accessRequests(smartAccountId: $sid, status: PENDING) {\n      edges {\n        node {\n          email\n          askedRole\n        }\n      }\n    }\n  }\n": typeof types.SeedAccessRequestsDocument,
    "\n  query SeedAccountUsers($sid: ID!) {\n    accountUsers(smartAccountId: $sid) {\n      email\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n": typeof types.SeedAccountUsersDocument,
    "\n  mutation AbuseResendNomination($id: ID!) {\n    resendNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n      }\n    }\n  }\n": typeof types.AbuseResendNominationDocument,
    "\n    mutation EdgeSignUp($input: SignUpInput!) {\n      signUp(input: $input) {\n        __typename\n      }\n    }\n  ": typeof types.EdgeSignUpDocument,
    "\n      query EdgeSearch($query: String!, $first: Int!) {\n        searchSmartAccounts(query: $query, first: $first) {\n          __typename\n        }\n      }\n    ": typeof types.EdgeSearchDocument,
    "\n  mutation HygieneSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n    }\n  }\n": typeof types.HygieneSignUpDocument,
    "\n  mutation HygieneResendVerification($email: String!) {\n    resendVerificationEmail(input: { email: $email }) {\n      accepted\n    }\n  }\n": typeof types.HygieneResendVerificationDocument,
    "\n  mutation HygieneRequestReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n": typeof types.HygieneRequestResetDocument,
    "\n  query HygieneMessage($id: ID!) {\n    smartAccount(id: $id) {\n      messageToApprovers\n      company {\n        city\n      }\n    }\n  }\n": typeof types.HygieneMessageDocument,
    "\n  mutation ModelRequestMin($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n": typeof types.ModelRequestMinDocument,
    "\n  mutation ModelRequestForCustomerMin($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n": typeof types.ModelRequestForCustomerMinDocument,
    "\n  mutation ModelApproveMin($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n": typeof types.ModelApproveMinDocument,
    "\n  mutation ModelRejectNomination($id: ID!) {\n    rejectNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ModelRejectNominationDocument,
    "\n  query ProcessesEvents($after: String, $first: Int) {\n    events(after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          accountId\n          payload {\n            sequence\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProcessesEventsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation Verify($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      user {\n        id\n        emailVerified\n      }\n    }\n  }\n": typeof types.VerifyDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      company\n      organisationType\n      emailVerified\n      isStaff\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, password: $password }) {\n      user {\n        email\n        emailVerified\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ResendVerificationEmail($email: String!) {\n    resendVerificationEmail(input: { email: $email }) {\n      accepted\n    }\n  }\n": typeof types.ResendVerificationEmailDocument,
};
const documents: Documents = {
    "\n  query AccessMyRoles($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n": types.AccessMyRolesDocument,
    "\n  query AccessMyRoleNames($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n      }\n    }\n  }\n": types.AccessMyRoleNamesDocument,
    "\n  mutation TokensCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        scope\n        prefix\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n": types.TokensCreateApiTokenDocument,
    "\n  query TokensApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          scope\n          lastUsedAt\n          revokedAt\n          revokedReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.TokensApiTokensDocument,
    "\n  mutation TokensRevokeApiToken($id: ID!) {\n    revokeApiToken(input: { id: $id }) {\n      apiToken {\n        id\n        revokedAt\n        revokedReason\n      }\n    }\n  }\n": types.TokensRevokeApiTokenDocument,
    "\n  query OrderedDirectory($first: Int!, $after: String, $order: DirectoryOrder!) {\n    directory(first: $first, after: $after, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          smartAccount {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n": types.OrderedDirectoryDocument,
    "\n  query OrderedAccessRequests($sid: ID, $first: Int!, $after: String, $order: AccessRequestOrder!) {\n    accessRequests(smartAccountId: $sid, first: $first, after: $after, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          email\n          createdAt\n        }\n      }\n    }\n  }\n": types.OrderedAccessRequestsDocument,
    "\n  query OrderedMyRequests($first: Int!, $after: String, $order: RequestOrder!) {\n    myRequests(first: $first, after: $after, order: $order) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.OrderedMyRequestsDocument,
    "\n  query DirectorySearchAll($first: Int!) {\n    searchSmartAccounts(query: \"cisco\", first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          administrators\n          myRoles {\n            role\n          }\n          virtualAccounts {\n            name\n          }\n          nextStep {\n            actors\n          }\n        }\n      }\n    }\n  }\n": types.DirectorySearchAllDocument,
    "\n  query CheckDomainForFlow($d: String!, $a: String, $flow: DomainCheckFlow!) {\n    checkDomain(domainIdentifier: $d, approverEmail: $a, flow: $flow) {\n      valid\n      identifier\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      refusals {\n        code\n        field\n        message\n      }\n      existingAccounts {\n        name\n        exactMatch\n      }\n    }\n  }\n": types.CheckDomainForFlowDocument,
    "\n  query CheckDomainDefaultFlow($d: String!) {\n    checkDomain(domainIdentifier: $d) {\n      refusals {\n        code\n      }\n    }\n  }\n": types.CheckDomainDefaultFlowDocument,
    "\n  query Events($first: Int, $after: String, $types: [AccountEventKind!], $accountId: ID) {\n    events(first: $first, after: $after, types: $types, accountId: $accountId) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          type\n          accountId\n          account {\n            id\n            name\n          }\n          actor {\n            id\n            email\n          }\n          payload {\n            sequence\n            statusBefore\n            statusAfter\n            detail\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query EventsHistory($id: ID!) {\n    smartAccount(id: $id) {\n      history {\n        id\n        type\n        actorEmail\n        statusBefore\n        statusAfter\n        detail\n        createdAt\n      }\n    }\n  }\n": types.EventsHistoryDocument,
    "\n  mutation EventsCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n": types.EventsCreateApiTokenDocument,
    "\n  query InsightsSystemOverview {\n    systemOverview {\n      accountsByStatus {\n        status\n        count\n      }\n      domainReviewsByAge {\n        label\n        fromDays\n        toDays\n        count\n      }\n      lapsingSoon {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n": types.InsightsSystemOverviewDocument,
    "\n  query InsightsCustomerRequests {\n    customerRequestsByStatus {\n      status\n      count\n    }\n  }\n": types.InsightsCustomerRequestsDocument,
    "\n  query CreatorsMyNominations {\n    myNominations {\n      edges {\n        node {\n          id\n          kind\n          status\n        }\n      }\n    }\n  }\n": types.CreatorsMyNominationsDocument,
    "\n  query NominationsMine {\n    myNominations {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          expiresAt\n          smartAccount {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n": types.NominationsMineDocument,
    "\n  mutation NominationsResend($id: ID!) {\n    resendNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n": types.NominationsResendDocument,
    "\n  mutation NominationsNominateCfo($id: ID!) {\n    nominateCreators(input: { smartAccountId: $id, emails: [\"cfo@uk.cisco.com\"] }) {\n      nominations {\n        id\n      }\n    }\n  }\n": types.NominationsNominateCfoDocument,
    "\n  query NominationsAccountNominations($id: ID!, $first: Int!, $after: String) {\n    accountNominations(smartAccountId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          email\n          kind\n          status\n          sentAt\n        }\n      }\n    }\n  }\n": types.NominationsAccountNominationsDocument,
    "\n  mutation DomainsVerifyChallenge($id: ID!) {\n    verifyDomainChallenge(input: { domainId: $id }) {\n      verified\n      domain {\n        status\n      }\n    }\n  }\n": types.DomainsVerifyChallengeDocument,
    "\n  query DomainsMyRequests($first: Int!) {\n    myRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          approvers\n          requester {\n            email\n          }\n          domain {\n            id\n          }\n          virtualAccounts {\n            name\n          }\n          history {\n            type\n          }\n          nextStep {\n            actors\n          }\n        }\n      }\n    }\n  }\n": types.DomainsMyRequestsDocument,
    "\n  query LifecycleMyRoles($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n": types.LifecycleMyRolesDocument,
    "\n  mutation AccountsTwentyGuesses(\n    $email: String!\n    $p0: String!\n    $p1: String!\n    $p2: String!\n    $p3: String!\n    $p4: String!\n    $p5: String!\n    $p6: String!\n    $p7: String!\n    $p8: String!\n    $p9: String!\n    $p10: String!\n    $p11: String!\n    $p12: String!\n    $p13: String!\n    $p14: String!\n    $p15: String!\n    $p16: String!\n    $p17: String!\n    $p18: String!\n    $p19: String!\n  ) {\n    a0: signIn(input: { email: $email, password: $p0 }) {\n      user {\n        id\n      }\n    }\n    a1: signIn(input: { email: $email, password: $p1 }) {\n      user {\n        id\n      }\n    }\n    a2: signIn(input: { email: $email, password: $p2 }) {\n      user {\n        id\n      }\n    }\n    a3: signIn(input: { email: $email, password: $p3 }) {\n      user {\n        id\n      }\n    }\n    a4: signIn(input: { email: $email, password: $p4 }) {\n      user {\n        id\n      }\n    }\n    a5: signIn(input: { email: $email, password: $p5 }) {\n      user {\n        id\n      }\n    }\n    a6: signIn(input: { email: $email, password: $p6 }) {\n      user {\n        id\n      }\n    }\n    a7: signIn(input: { email: $email, password: $p7 }) {\n      user {\n        id\n      }\n    }\n    a8: signIn(input: { email: $email, password: $p8 }) {\n      user {\n        id\n      }\n    }\n    a9: signIn(input: { email: $email, password: $p9 }) {\n      user {\n        id\n      }\n    }\n    a10: signIn(input: { email: $email, password: $p10 }) {\n      user {\n        id\n      }\n    }\n    a11: signIn(input: { email: $email, password: $p11 }) {\n      user {\n        id\n      }\n    }\n    a12: signIn(input: { email: $email, password: $p12 }) {\n      user {\n        id\n      }\n    }\n    a13: signIn(input: { email: $email, password: $p13 }) {\n      user {\n        id\n      }\n    }\n    a14: signIn(input: { email: $email, password: $p14 }) {\n      user {\n        id\n      }\n    }\n    a15: signIn(input: { email: $email, password: $p15 }) {\n      user {\n        id\n      }\n    }\n    a16: signIn(input: { email: $email, password: $p16 }) {\n      user {\n        id\n      }\n    }\n    a17: signIn(input: { email: $email, password: $p17 }) {\n      user {\n        id\n      }\n    }\n    a18: signIn(input: { email: $email, password: $p18 }) {\n      user {\n        id\n      }\n    }\n    a19: signIn(input: { email: $email, password: $p19 }) {\n      user {\n        id\n      }\n    }\n  }\n": types.AccountsTwentyGuessesDocument,
    "\n  mutation AccountsTwoGuesses($email: String!, $p0: String!, $p1: String!) {\n    a0: signIn(input: { email: $email, password: $p0 }) {\n      user {\n        id\n      }\n    }\n    a1: signIn(input: { email: $email, password: $p1 }) {\n      user {\n        id\n      }\n    }\n  }\n": types.AccountsTwoGuessesDocument,
    "\n  fragment AccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    topLevelDomain\n    status\n    visibility\n    channel\n    lapseAt\n    activatedAt\n    company {\n      name\n      country\n      addressLine\n      city\n      region\n      postalCode\n    }\n    requester {\n      name\n      email\n    }\n    approvers\n    domain {\n      id\n      identifier\n      status\n      reviewReasons\n      contactPhone\n      decisionReason\n      dnsChallenge {\n        recordName\n        recordValue\n      }\n    }\n    virtualAccounts {\n      name\n      isDefault\n    }\n    history {\n      type\n      actorEmail\n      statusBefore\n      statusAfter\n      detail\n    }\n    nextStep {\n      action\n      actors\n    }\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  mutation RequestAccount($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n": types.RequestAccountDocument,
    "\n  mutation RequestAccountForCustomer($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n": types.RequestAccountForCustomerDocument,
    "\n  query Account($id: ID!) {\n    smartAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n": types.AccountDocument,
    "\n  query ApprovalRequest($token: String!) {\n    approvalRequest(token: $token) {\n      id\n      name\n      status\n    }\n  }\n": types.ApprovalRequestDocument,
    "\n  mutation ApproveAccount($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n": types.ApproveAccountDocument,
    "\n  mutation DenyAccount($id: ID!, $reason: String!) {\n    denySmartAccount(input: { smartAccountId: $id, reason: $reason }) {\n      smartAccount {\n        id\n        status\n        lapseAt\n      }\n    }\n  }\n": types.DenyAccountDocument,
    "\n  mutation ForwardAccount($id: ID!, $email: String!, $message: String) {\n    forwardSmartAccount(input: { smartAccountId: $id, email: $email, message: $message }) {\n      smartAccount {\n        id\n        status\n        approvers\n      }\n    }\n  }\n": types.ForwardAccountDocument,
    "\n  mutation CancelAccount($id: ID!) {\n    cancelSmartAccount(input: { smartAccountId: $id }) {\n      smartAccount {\n        id\n        status\n      }\n    }\n  }\n": types.CancelAccountDocument,
    "\n  mutation ResendApprovalEmail($id: ID!) {\n    resendApprovalEmail(input: { smartAccountId: $id }) {\n      smartAccount {\n        id\n      }\n    }\n  }\n": types.ResendApprovalEmailDocument,
    "\n  query CheckDomain($d: String!, $a: String) {\n    checkDomain(domainIdentifier: $d, approverEmail: $a) {\n      valid\n      message\n      identifier\n      topLevelDomain\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      existingAccounts {\n        id\n        name\n        domainIdentifier\n        status\n        exactMatch\n        administrators\n        allowedAction\n        reason\n      }\n    }\n  }\n": types.CheckDomainDocument,
    "\n  query DomainApprovals {\n    domainApprovals {\n      totalCount\n      edges {\n        node {\n          id\n          identifier\n          status\n          contactPhone\n          smartAccount {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DomainApprovalsDocument,
    "\n  mutation ApproveDomain($id: ID!) {\n    approveDomain(input: { domainId: $id }) {\n      domain {\n        id\n        status\n      }\n    }\n  }\n": types.ApproveDomainDocument,
    "\n  mutation RejectDomain($id: ID!, $reason: String!) {\n    rejectDomain(input: { domainId: $id, reason: $reason }) {\n      domain {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n": types.RejectDomainDocument,
    "\n  mutation ResubmitDomain($id: ID!, $d: String!, $p: String!) {\n    resubmitDomain(input: { smartAccountId: $id, domainIdentifier: $d, contactPhone: $p }) {\n      smartAccount {\n        id\n        status\n        domainIdentifier\n      }\n    }\n  }\n": types.ResubmitDomainDocument,
    "\n  query MyNominations {\n    myNominations {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          email\n          status\n          smartAccountId\n        }\n      }\n    }\n  }\n": types.MyNominationsDocument,
    "\n  mutation AcceptNomination($id: ID!) {\n    acceptNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n": types.AcceptNominationDocument,
    "\n  mutation NominateCreators($id: ID!, $emails: [String!]!) {\n    nominateCreators(input: { smartAccountId: $id, emails: $emails }) {\n      nominations {\n        id\n        kind\n        email\n        status\n      }\n    }\n  }\n": types.NominateCreatorsDocument,
    "\n  mutation ProvideCompanyAddress($id: ID!, $company: CompanyInput!) {\n    provideCompanyAddress(input: { smartAccountId: $id, company: $company }) {\n      smartAccount {\n        id\n        status\n        virtualAccounts {\n          name\n        }\n      }\n    }\n  }\n": types.ProvideCompanyAddressDocument,
    "\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequests {\n        id\n        email\n        status\n        askedRole\n        grantedRole\n        autoApproved\n      }\n    }\n  }\n": types.RequestAccessDocument,
    "\n  query AccessRequests($sid: ID, $status: AccessRequestStatus, $first: Int!, $after: String) {\n    accessRequests(smartAccountId: $sid, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          status\n          askedRole\n          grantedRole\n          grantedVirtualAccountIds\n          declineReason\n          requester {\n            email\n          }\n          smartAccountName\n        }\n      }\n    }\n  }\n": types.AccessRequestsDocument,
    "\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      accessRequest {\n        id\n        status\n        askedRole\n        grantedRole\n        grantedVirtualAccountIds\n      }\n    }\n  }\n": types.ApproveAccessRequestDocument,
    "\n  mutation DeclineAccessRequest($id: ID!, $reason: String!) {\n    declineAccessRequest(input: { accessRequestId: $id, reason: $reason }) {\n      accessRequest {\n        id\n        status\n        declineReason\n      }\n    }\n  }\n": types.DeclineAccessRequestDocument,
    "\n  mutation CancelAccessRequest($id: ID!) {\n    cancelAccessRequest(input: { accessRequestId: $id }) {\n      accessRequest {\n        id\n        status\n      }\n    }\n  }\n": types.CancelAccessRequestDocument,
    "\n  mutation SetAccountUserRoles($input: SetAccountUserRolesInput!) {\n    setAccountUserRoles(input: $input) {\n      user {\n        email\n        registered\n        roles {\n          role\n          virtualAccountId\n        }\n      }\n    }\n  }\n": types.SetAccountUserRolesDocument,
    "\n  query AccountUsers($id: ID!) {\n    accountUsers(smartAccountId: $id) {\n      email\n      name\n      registered\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n": types.AccountUsersDocument,
    "\n  mutation CreateVirtualAccount($input: CreateVirtualAccountInput!) {\n    createVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        parentId\n        isDefault\n      }\n    }\n  }\n": types.CreateVirtualAccountDocument,
    "\n  mutation UpdateVirtualAccount($input: UpdateVirtualAccountInput!) {\n    updateVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        parentId\n        isDefault\n        description\n      }\n    }\n  }\n": types.UpdateVirtualAccountDocument,
    "\n  mutation DeleteVirtualAccount($id: ID!) {\n    deleteVirtualAccount(input: { virtualAccountId: $id }) {\n      virtualAccount {\n        id\n      }\n    }\n  }\n": types.DeleteVirtualAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateSmartAccountInput!) {\n    updateSmartAccount(input: $input) {\n      smartAccount {\n        id\n        name\n        visibility\n        company {\n          city\n        }\n      }\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation SetAccessAutomation($id: ID!, $upTo: RequestableRole) {\n    setAccessAutomation(input: { smartAccountId: $id, autoApproveUpTo: $upTo }) {\n      smartAccount {\n        id\n        autoApproveUpTo\n      }\n    }\n  }\n": types.SetAccessAutomationDocument,
    "\n  query Directory($first: Int!, $after: String, $filter: DirectoryFilter) {\n    directory(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n            status\n            visibility\n            administrators\n            myRoles {\n              role\n              virtualAccountId\n            }\n            virtualAccounts {\n              id\n              name\n              parentId\n              isDefault\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query SearchAccounts($q: String!, $first: Int!, $after: String) {\n    searchSmartAccounts(query: $q, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          visibility\n          administrators\n        }\n      }\n    }\n  }\n": types.SearchAccountsDocument,
    "\n        mutation PolicyMoreCreateApiToken($input: CreateApiTokenInput!) {\n          createApiToken(input: $input) {\n            secret\n          }\n        }\n      ": types.PolicyMoreCreateApiTokenDocument,
    "\n        mutation PolicyMoreRequestPasswordReset($input: RequestPasswordResetInput!) {\n          requestPasswordReset(input: $input) {\n            accepted\n          }\n        }\n      ": types.PolicyMoreRequestPasswordResetDocument,
    "\n          mutation PolicyCreateApiToken($input: CreateApiTokenInput!) {\n            createApiToken(input: $input) {\n              secret\n            }\n          }\n        ": types.PolicyCreateApiTokenDocument,
    "\n        query PolicySmartAccount($id: ID!) {\n          smartAccount(id: $id) {\n            id\n          }\n        }\n      ": types.PolicySmartAccountDocument,
    "\n      query PolicyCheckDomainRefusals($d: String!, $flow: DomainCheckFlow!) {\n        checkDomain(domainIdentifier: $d, flow: $flow) {\n          identifierAvailable\n          refusals {\n            code\n            message\n          }\n          existingAccounts {\n            id\n            name\n            exactMatch\n          }\n        }\n      }\n    ": types.PolicyCheckDomainRefusalsDocument,
    "\n        query PolicyDirectory {\n          directory {\n            totalCount\n          }\n        }\n      ": types.PolicyDirectoryDocument,
    "\n        query PolicySearchSmartAccounts {\n          searchSmartAccounts(query: \"Policy\") {\n            totalCount\n          }\n        }\n      ": types.PolicySearchSmartAccountsDocument,
    "\n        query PolicyCheckDomainUnverified {\n          checkDomain(domainIdentifier: \"beta-corp.com\", flow: CUSTOMER) {\n            refusals {\n              code\n            }\n          }\n        }\n      ": types.PolicyCheckDomainUnverifiedDocument,
    "\n          query AuthzMe {\n            me {\n              id\n            }\n          }\n        ": types.AuthzMeDocument,
    "\n          query AuthzPendingAccount($id: ID!) {\n            smartAccount(id: $id) {\n              id\n              approvers\n              history {\n                type\n              }\n            }\n          }\n        ": types.AuthzPendingAccountDocument,
    "\n          query AuthzActiveAccount($id: ID!) {\n            smartAccount(id: $id) {\n              id\n              virtualAccounts {\n                id\n              }\n            }\n          }\n        ": types.AuthzActiveAccountDocument,
    "\n          query AuthzCheckDomain {\n            checkDomain(domainIdentifier: \"acme.com\") {\n              valid\n              existingAccounts {\n                id\n              }\n            }\n          }\n        ": types.AuthzCheckDomainDocument,
    "\n          query AuthzMyRequests {\n            myRequests {\n              totalCount\n            }\n          }\n        ": types.AuthzMyRequestsDocument,
    "\n          query AuthzPendingApprovals {\n            pendingApprovals {\n              totalCount\n            }\n          }\n        ": types.AuthzPendingApprovalsDocument,
    "\n          query AuthzDomainApprovals {\n            domainApprovals {\n              totalCount\n            }\n          }\n        ": types.AuthzDomainApprovalsDocument,
    "\n          query AuthzAccountAccessRequests($id: ID) {\n            accessRequests(smartAccountId: $id) {\n              totalCount\n            }\n          }\n        ": types.AuthzAccountAccessRequestsDocument,
    "\n          query AuthzMyAccessRequests {\n            accessRequests {\n              totalCount\n            }\n          }\n        ": types.AuthzMyAccessRequestsDocument,
    "\n          query AuthzAccountUsers($id: ID!) {\n            accountUsers(smartAccountId: $id) {\n              email\n            }\n          }\n        ": types.AuthzAccountUsersDocument,
    "\n          query AuthzAccountNominations($id: ID!) {\n            accountNominations(smartAccountId: $id) {\n              totalCount\n            }\n          }\n        ": types.AuthzAccountNominationsDocument,
    "\n          query AuthzMyNominations {\n            myNominations {\n              totalCount\n            }\n          }\n        ": types.AuthzMyNominationsDocument,
    "\n          query AuthzApiTokens {\n            apiTokens {\n              totalCount\n            }\n          }\n        ": types.AuthzApiTokensDocument,
    "\n          query AuthzDirectory {\n            directory {\n              totalCount\n            }\n          }\n        ": types.AuthzDirectoryDocument,
    "\n          query AuthzSearchSmartAccounts {\n            searchSmartAccounts(query: \"beta\") {\n              totalCount\n            }\n          }\n        ": types.AuthzSearchSmartAccountsDocument,
    "\n          mutation AuthzRequestSmartAccountForCustomer(\n            $input: RequestSmartAccountForCustomerInput!\n          ) {\n            requestSmartAccountForCustomer(input: $input) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": types.AuthzRequestSmartAccountForCustomerDocument,
    "\n          mutation AuthzResendApprovalEmail($id: ID!) {\n            resendApprovalEmail(input: { smartAccountId: $id }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": types.AuthzResendApprovalEmailDocument,
    "\n          mutation AuthzCancelSmartAccount($id: ID!) {\n            cancelSmartAccount(input: { smartAccountId: $id }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": types.AuthzCancelSmartAccountDocument,
    "\n          mutation AuthzApproveDomain($id: ID!) {\n            approveDomain(input: { domainId: $id }) {\n              domain {\n                id\n              }\n            }\n          }\n        ": types.AuthzApproveDomainDocument,
    "\n          mutation AuthzRejectDomain($id: ID!) {\n            rejectDomain(input: { domainId: $id, reason: \"No\" }) {\n              domain {\n                id\n              }\n            }\n          }\n        ": types.AuthzRejectDomainDocument,
    "\n          mutation AuthzVerifyDomainChallenge($id: ID!) {\n            verifyDomainChallenge(input: { domainId: $id }) {\n              verified\n            }\n          }\n        ": types.AuthzVerifyDomainChallengeDocument,
    "\n          mutation AuthzApproveSmartAccount($id: ID!, $company: CompanyInput) {\n            approveSmartAccount(\n              input: { smartAccountId: $id, acceptTerms: true, company: $company }\n            ) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": types.AuthzApproveSmartAccountDocument,
    "\n          mutation AuthzDenySmartAccount($id: ID!) {\n            denySmartAccount(input: { smartAccountId: $id, reason: \"No\" }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": types.AuthzDenySmartAccountDocument,
    "\n          mutation AuthzAcceptNomination($id: ID!) {\n            acceptNomination(input: { nominationId: $id }) {\n              nomination {\n                id\n              }\n            }\n          }\n        ": types.AuthzAcceptNominationDocument,
    "\n          mutation AuthzRejectNomination($id: ID!) {\n            rejectNomination(input: { nominationId: $id }) {\n              nomination {\n                id\n              }\n            }\n          }\n        ": types.AuthzRejectNominationDocument,
    "\n          mutation AuthzUpdateSmartAccount($id: ID!) {\n            updateSmartAccount(input: { smartAccountId: $id, name: \"Renamed\" }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": types.AuthzUpdateSmartAccountDocument,
    "\n          mutation AuthzSetAccessAutomation($id: ID!) {\n            setAccessAutomation(input: { smartAccountId: $id, autoApproveUpTo: VIEWER }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        ": types.AuthzSetAccessAutomationDocument,
    "\n          mutation AuthzApproveAccessRequest($id: ID!) {\n            approveAccessRequest(input: { accessRequestId: $id }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        ": types.AuthzApproveAccessRequestDocument,
    "\n          mutation AuthzDeclineAccessRequest($id: ID!) {\n            declineAccessRequest(input: { accessRequestId: $id, reason: \"No\" }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        ": types.AuthzDeclineAccessRequestDocument,
    "\n          mutation AuthzCancelAccessRequest($id: ID!) {\n            cancelAccessRequest(input: { accessRequestId: $id }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        ": types.AuthzCancelAccessRequestDocument,
    "\n          mutation AuthzSetAccountUserRoles($id: ID!) {\n            setAccountUserRoles(\n              input: { smartAccountId: $id, email: \"newbie@beta.com\", roles: [{ role: USER }] }\n            ) {\n              user {\n                email\n              }\n            }\n          }\n        ": types.AuthzSetAccountUserRolesDocument,
    "\n          mutation AuthzUpdateVirtualAccount($id: ID!) {\n            updateVirtualAccount(input: { virtualAccountId: $id, name: \"Ops 2\" }) {\n              virtualAccount {\n                id\n              }\n            }\n          }\n        ": types.AuthzUpdateVirtualAccountDocument,
    "\n          mutation AuthzDeleteVirtualAccount($id: ID!) {\n            deleteVirtualAccount(input: { virtualAccountId: $id }) {\n              virtualAccount {\n                id\n              }\n            }\n          }\n        ": types.AuthzDeleteVirtualAccountDocument,
    "\n          mutation AuthzCreateApiToken {\n            createApiToken(input: { name: \"t\", scope: FULL }) {\n              secret\n            }\n          }\n        ": types.AuthzCreateApiTokenDocument,
    "\n          mutation AuthzRevokeApiToken($id: ID!) {\n            revokeApiToken(input: { id: $id }) {\n              apiToken {\n                id\n              }\n            }\n          }\n        ": types.AuthzRevokeApiTokenDocument,
    "\n      query AuthzNomineeNominations {\n        myNominations {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.AuthzNomineeNominationsDocument,
    "\n      mutation AuthzCreateOwnApiToken {\n        createApiToken(input: { name: \"mine\", scope: FULL }) {\n          apiToken {\n            id\n          }\n        }\n      }\n    ": types.AuthzCreateOwnApiTokenDocument,
    "\n  mutation ExportCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n": types.ExportCreateApiTokenDocument,
    "\n  query SeedMyRequests {\n    myRequests(first: 50) {\n      edges {\n        node {\n          id\n          name\n          status\n          domainIdentifier\n          lapseAt\n          virtualAccounts {\n            id\n            name\n            parentId\n          }\n          history {\n            type\n            actorEmail\n            statusAfter\n          }\n        }\n      }\n    }\n  }\n": types.SeedMyRequestsDocument,
    "\n  query SeedPendingApprovals {\n    pendingApprovals {\n      edges {\n        node {\n          name\n          status\n        }\n      }\n    }\n  }\n": types.SeedPendingApprovalsDocument,
    "\n  query SeedAccessRequests($sid: ID!) {\n    accessRequests(smartAccountId: $sid, status: PENDING) {\n      edges {\n        node {\n          email\n          askedRole\n        }\n      }\n    }\n  }\n": types.SeedAccessRequestsDocument,
    "\n  query SeedAccountUsers($sid: ID!) {\n    accountUsers(smartAccountId: $sid) {\n      email\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n": types.SeedAccountUsersDocument,
    "\n  mutation AbuseResendNomination($id: ID!) {\n    resendNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n      }\n    }\n  }\n": types.AbuseResendNominationDocument,
    "\n    mutation EdgeSignUp($input: SignUpInput!) {\n      signUp(input: $input) {\n        __typename\n      }\n    }\n  ": types.EdgeSignUpDocument,
    "\n      query EdgeSearch($query: String!, $first: Int!) {\n        searchSmartAccounts(query: $query, first: $first) {\n          __typename\n        }\n      }\n    ": types.EdgeSearchDocument,
    "\n  mutation HygieneSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n    }\n  }\n": types.HygieneSignUpDocument,
    "\n  mutation HygieneResendVerification($email: String!) {\n    resendVerificationEmail(input: { email: $email }) {\n      accepted\n    }\n  }\n": types.HygieneResendVerificationDocument,
    "\n  mutation HygieneRequestReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n": types.HygieneRequestResetDocument,
    "\n  query HygieneMessage($id: ID!) {\n    smartAccount(id: $id) {\n      messageToApprovers\n      company {\n        city\n      }\n    }\n  }\n": types.HygieneMessageDocument,
    "\n  mutation ModelRequestMin($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n": types.ModelRequestMinDocument,
    "\n  mutation ModelRequestForCustomerMin($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n": types.ModelRequestForCustomerMinDocument,
    "\n  mutation ModelApproveMin($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n": types.ModelApproveMinDocument,
    "\n  mutation ModelRejectNomination($id: ID!) {\n    rejectNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n": types.ModelRejectNominationDocument,
    "\n  query ProcessesEvents($after: String, $first: Int) {\n    events(after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          accountId\n          payload {\n            sequence\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProcessesEventsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation Verify($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      user {\n        id\n        emailVerified\n      }\n    }\n  }\n": types.VerifyDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      company\n      organisationType\n      emailVerified\n      isStaff\n    }\n  }\n": types.MeDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, password: $password }) {\n      user {\n        email\n        emailVerified\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ResendVerificationEmail($email: String!) {\n    resendVerificationEmail(input: { email: $email }) {\n      accepted\n    }\n  }\n": types.ResendVerificationEmailDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessMyRoles($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessMyRoles($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessMyRoleNames($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessMyRoleNames($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        scope\n        prefix\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TokensCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        scope\n        prefix\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          scope\n          lastUsedAt\n          revokedAt\n          revokedReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TokensApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          scope\n          lastUsedAt\n          revokedAt\n          revokedReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensRevokeApiToken($id: ID!) {\n    revokeApiToken(input: { id: $id }) {\n      apiToken {\n        id\n        revokedAt\n        revokedReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TokensRevokeApiToken($id: ID!) {\n    revokeApiToken(input: { id: $id }) {\n      apiToken {\n        id\n        revokedAt\n        revokedReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderedDirectory($first: Int!, $after: String, $order: DirectoryOrder!) {\n    directory(first: $first, after: $after, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          smartAccount {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderedDirectory($first: Int!, $after: String, $order: DirectoryOrder!) {\n    directory(first: $first, after: $after, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          smartAccount {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderedAccessRequests($sid: ID, $first: Int!, $after: String, $order: AccessRequestOrder!) {\n    accessRequests(smartAccountId: $sid, first: $first, after: $after, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          email\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderedAccessRequests($sid: ID, $first: Int!, $after: String, $order: AccessRequestOrder!) {\n    accessRequests(smartAccountId: $sid, first: $first, after: $after, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          email\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderedMyRequests($first: Int!, $after: String, $order: RequestOrder!) {\n    myRequests(first: $first, after: $after, order: $order) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderedMyRequests($first: Int!, $after: String, $order: RequestOrder!) {\n    myRequests(first: $first, after: $after, order: $order) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySearchAll($first: Int!) {\n    searchSmartAccounts(query: \"cisco\", first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          administrators\n          myRoles {\n            role\n          }\n          virtualAccounts {\n            name\n          }\n          nextStep {\n            actors\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorySearchAll($first: Int!) {\n    searchSmartAccounts(query: \"cisco\", first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          administrators\n          myRoles {\n            role\n          }\n          virtualAccounts {\n            name\n          }\n          nextStep {\n            actors\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckDomainForFlow($d: String!, $a: String, $flow: DomainCheckFlow!) {\n    checkDomain(domainIdentifier: $d, approverEmail: $a, flow: $flow) {\n      valid\n      identifier\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      refusals {\n        code\n        field\n        message\n      }\n      existingAccounts {\n        name\n        exactMatch\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckDomainForFlow($d: String!, $a: String, $flow: DomainCheckFlow!) {\n    checkDomain(domainIdentifier: $d, approverEmail: $a, flow: $flow) {\n      valid\n      identifier\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      refusals {\n        code\n        field\n        message\n      }\n      existingAccounts {\n        name\n        exactMatch\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckDomainDefaultFlow($d: String!) {\n    checkDomain(domainIdentifier: $d) {\n      refusals {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckDomainDefaultFlow($d: String!) {\n    checkDomain(domainIdentifier: $d) {\n      refusals {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($first: Int, $after: String, $types: [AccountEventKind!], $accountId: ID) {\n    events(first: $first, after: $after, types: $types, accountId: $accountId) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          type\n          accountId\n          account {\n            id\n            name\n          }\n          actor {\n            id\n            email\n          }\n          payload {\n            sequence\n            statusBefore\n            statusAfter\n            detail\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Events($first: Int, $after: String, $types: [AccountEventKind!], $accountId: ID) {\n    events(first: $first, after: $after, types: $types, accountId: $accountId) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          type\n          accountId\n          account {\n            id\n            name\n          }\n          actor {\n            id\n            email\n          }\n          payload {\n            sequence\n            statusBefore\n            statusAfter\n            detail\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsHistory($id: ID!) {\n    smartAccount(id: $id) {\n      history {\n        id\n        type\n        actorEmail\n        statusBefore\n        statusAfter\n        detail\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventsHistory($id: ID!) {\n    smartAccount(id: $id) {\n      history {\n        id\n        type\n        actorEmail\n        statusBefore\n        statusAfter\n        detail\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation EventsCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsSystemOverview {\n    systemOverview {\n      accountsByStatus {\n        status\n        count\n      }\n      domainReviewsByAge {\n        label\n        fromDays\n        toDays\n        count\n      }\n      lapsingSoon {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsightsSystemOverview {\n    systemOverview {\n      accountsByStatus {\n        status\n        count\n      }\n      domainReviewsByAge {\n        label\n        fromDays\n        toDays\n        count\n      }\n      lapsingSoon {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsCustomerRequests {\n    customerRequestsByStatus {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query InsightsCustomerRequests {\n    customerRequestsByStatus {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreatorsMyNominations {\n    myNominations {\n      edges {\n        node {\n          id\n          kind\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreatorsMyNominations {\n    myNominations {\n      edges {\n        node {\n          id\n          kind\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationsMine {\n    myNominations {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          expiresAt\n          smartAccount {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominationsMine {\n    myNominations {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          expiresAt\n          smartAccount {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominationsResend($id: ID!) {\n    resendNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NominationsResend($id: ID!) {\n    resendNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominationsNominateCfo($id: ID!) {\n    nominateCreators(input: { smartAccountId: $id, emails: [\"cfo@uk.cisco.com\"] }) {\n      nominations {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NominationsNominateCfo($id: ID!) {\n    nominateCreators(input: { smartAccountId: $id, emails: [\"cfo@uk.cisco.com\"] }) {\n      nominations {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationsAccountNominations($id: ID!, $first: Int!, $after: String) {\n    accountNominations(smartAccountId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          email\n          kind\n          status\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominationsAccountNominations($id: ID!, $first: Int!, $after: String) {\n    accountNominations(smartAccountId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          email\n          kind\n          status\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DomainsVerifyChallenge($id: ID!) {\n    verifyDomainChallenge(input: { domainId: $id }) {\n      verified\n      domain {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DomainsVerifyChallenge($id: ID!) {\n    verifyDomainChallenge(input: { domainId: $id }) {\n      verified\n      domain {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainsMyRequests($first: Int!) {\n    myRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          approvers\n          requester {\n            email\n          }\n          domain {\n            id\n          }\n          virtualAccounts {\n            name\n          }\n          history {\n            type\n          }\n          nextStep {\n            actors\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainsMyRequests($first: Int!) {\n    myRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          approvers\n          requester {\n            email\n          }\n          domain {\n            id\n          }\n          virtualAccounts {\n            name\n          }\n          history {\n            type\n          }\n          nextStep {\n            actors\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleMyRoles($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n"): (typeof documents)["\n  query LifecycleMyRoles($id: ID!) {\n    smartAccount(id: $id) {\n      myRoles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsTwentyGuesses(\n    $email: String!\n    $p0: String!\n    $p1: String!\n    $p2: String!\n    $p3: String!\n    $p4: String!\n    $p5: String!\n    $p6: String!\n    $p7: String!\n    $p8: String!\n    $p9: String!\n    $p10: String!\n    $p11: String!\n    $p12: String!\n    $p13: String!\n    $p14: String!\n    $p15: String!\n    $p16: String!\n    $p17: String!\n    $p18: String!\n    $p19: String!\n  ) {\n    a0: signIn(input: { email: $email, password: $p0 }) {\n      user {\n        id\n      }\n    }\n    a1: signIn(input: { email: $email, password: $p1 }) {\n      user {\n        id\n      }\n    }\n    a2: signIn(input: { email: $email, password: $p2 }) {\n      user {\n        id\n      }\n    }\n    a3: signIn(input: { email: $email, password: $p3 }) {\n      user {\n        id\n      }\n    }\n    a4: signIn(input: { email: $email, password: $p4 }) {\n      user {\n        id\n      }\n    }\n    a5: signIn(input: { email: $email, password: $p5 }) {\n      user {\n        id\n      }\n    }\n    a6: signIn(input: { email: $email, password: $p6 }) {\n      user {\n        id\n      }\n    }\n    a7: signIn(input: { email: $email, password: $p7 }) {\n      user {\n        id\n      }\n    }\n    a8: signIn(input: { email: $email, password: $p8 }) {\n      user {\n        id\n      }\n    }\n    a9: signIn(input: { email: $email, password: $p9 }) {\n      user {\n        id\n      }\n    }\n    a10: signIn(input: { email: $email, password: $p10 }) {\n      user {\n        id\n      }\n    }\n    a11: signIn(input: { email: $email, password: $p11 }) {\n      user {\n        id\n      }\n    }\n    a12: signIn(input: { email: $email, password: $p12 }) {\n      user {\n        id\n      }\n    }\n    a13: signIn(input: { email: $email, password: $p13 }) {\n      user {\n        id\n      }\n    }\n    a14: signIn(input: { email: $email, password: $p14 }) {\n      user {\n        id\n      }\n    }\n    a15: signIn(input: { email: $email, password: $p15 }) {\n      user {\n        id\n      }\n    }\n    a16: signIn(input: { email: $email, password: $p16 }) {\n      user {\n        id\n      }\n    }\n    a17: signIn(input: { email: $email, password: $p17 }) {\n      user {\n        id\n      }\n    }\n    a18: signIn(input: { email: $email, password: $p18 }) {\n      user {\n        id\n      }\n    }\n    a19: signIn(input: { email: $email, password: $p19 }) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsTwentyGuesses(\n    $email: String!\n    $p0: String!\n    $p1: String!\n    $p2: String!\n    $p3: String!\n    $p4: String!\n    $p5: String!\n    $p6: String!\n    $p7: String!\n    $p8: String!\n    $p9: String!\n    $p10: String!\n    $p11: String!\n    $p12: String!\n    $p13: String!\n    $p14: String!\n    $p15: String!\n    $p16: String!\n    $p17: String!\n    $p18: String!\n    $p19: String!\n  ) {\n    a0: signIn(input: { email: $email, password: $p0 }) {\n      user {\n        id\n      }\n    }\n    a1: signIn(input: { email: $email, password: $p1 }) {\n      user {\n        id\n      }\n    }\n    a2: signIn(input: { email: $email, password: $p2 }) {\n      user {\n        id\n      }\n    }\n    a3: signIn(input: { email: $email, password: $p3 }) {\n      user {\n        id\n      }\n    }\n    a4: signIn(input: { email: $email, password: $p4 }) {\n      user {\n        id\n      }\n    }\n    a5: signIn(input: { email: $email, password: $p5 }) {\n      user {\n        id\n      }\n    }\n    a6: signIn(input: { email: $email, password: $p6 }) {\n      user {\n        id\n      }\n    }\n    a7: signIn(input: { email: $email, password: $p7 }) {\n      user {\n        id\n      }\n    }\n    a8: signIn(input: { email: $email, password: $p8 }) {\n      user {\n        id\n      }\n    }\n    a9: signIn(input: { email: $email, password: $p9 }) {\n      user {\n        id\n      }\n    }\n    a10: signIn(input: { email: $email, password: $p10 }) {\n      user {\n        id\n      }\n    }\n    a11: signIn(input: { email: $email, password: $p11 }) {\n      user {\n        id\n      }\n    }\n    a12: signIn(input: { email: $email, password: $p12 }) {\n      user {\n        id\n      }\n    }\n    a13: signIn(input: { email: $email, password: $p13 }) {\n      user {\n        id\n      }\n    }\n    a14: signIn(input: { email: $email, password: $p14 }) {\n      user {\n        id\n      }\n    }\n    a15: signIn(input: { email: $email, password: $p15 }) {\n      user {\n        id\n      }\n    }\n    a16: signIn(input: { email: $email, password: $p16 }) {\n      user {\n        id\n      }\n    }\n    a17: signIn(input: { email: $email, password: $p17 }) {\n      user {\n        id\n      }\n    }\n    a18: signIn(input: { email: $email, password: $p18 }) {\n      user {\n        id\n      }\n    }\n    a19: signIn(input: { email: $email, password: $p19 }) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsTwoGuesses($email: String!, $p0: String!, $p1: String!) {\n    a0: signIn(input: { email: $email, password: $p0 }) {\n      user {\n        id\n      }\n    }\n    a1: signIn(input: { email: $email, password: $p1 }) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsTwoGuesses($email: String!, $p0: String!, $p1: String!) {\n    a0: signIn(input: { email: $email, password: $p0 }) {\n      user {\n        id\n      }\n    }\n    a1: signIn(input: { email: $email, password: $p1 }) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    topLevelDomain\n    status\n    visibility\n    channel\n    lapseAt\n    activatedAt\n    company {\n      name\n      country\n      addressLine\n      city\n      region\n      postalCode\n    }\n    requester {\n      name\n      email\n    }\n    approvers\n    domain {\n      id\n      identifier\n      status\n      reviewReasons\n      contactPhone\n      decisionReason\n      dnsChallenge {\n        recordName\n        recordValue\n      }\n    }\n    virtualAccounts {\n      name\n      isDefault\n    }\n    history {\n      type\n      actorEmail\n      statusBefore\n      statusAfter\n      detail\n    }\n    nextStep {\n      action\n      actors\n    }\n  }\n"): (typeof documents)["\n  fragment AccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    topLevelDomain\n    status\n    visibility\n    channel\n    lapseAt\n    activatedAt\n    company {\n      name\n      country\n      addressLine\n      city\n      region\n      postalCode\n    }\n    requester {\n      name\n      email\n    }\n    approvers\n    domain {\n      id\n      identifier\n      status\n      reviewReasons\n      contactPhone\n      decisionReason\n      dnsChallenge {\n        recordName\n        recordValue\n      }\n    }\n    virtualAccounts {\n      name\n      isDefault\n    }\n    history {\n      type\n      actorEmail\n      statusBefore\n      statusAfter\n      detail\n    }\n    nextStep {\n      action\n      actors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccount($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAccount($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccountForCustomer($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAccountForCustomer($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account($id: ID!) {\n    smartAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  query Account($id: ID!) {\n    smartAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalRequest($token: String!) {\n    approvalRequest(token: $token) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  query ApprovalRequest($token: String!) {\n    approvalRequest(token: $token) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAccount($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveAccount($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        ...AccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DenyAccount($id: ID!, $reason: String!) {\n    denySmartAccount(input: { smartAccountId: $id, reason: $reason }) {\n      smartAccount {\n        id\n        status\n        lapseAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DenyAccount($id: ID!, $reason: String!) {\n    denySmartAccount(input: { smartAccountId: $id, reason: $reason }) {\n      smartAccount {\n        id\n        status\n        lapseAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardAccount($id: ID!, $email: String!, $message: String) {\n    forwardSmartAccount(input: { smartAccountId: $id, email: $email, message: $message }) {\n      smartAccount {\n        id\n        status\n        approvers\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardAccount($id: ID!, $email: String!, $message: String) {\n    forwardSmartAccount(input: { smartAccountId: $id, email: $email, message: $message }) {\n      smartAccount {\n        id\n        status\n        approvers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAccount($id: ID!) {\n    cancelSmartAccount(input: { smartAccountId: $id }) {\n      smartAccount {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAccount($id: ID!) {\n    cancelSmartAccount(input: { smartAccountId: $id }) {\n      smartAccount {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendApprovalEmail($id: ID!) {\n    resendApprovalEmail(input: { smartAccountId: $id }) {\n      smartAccount {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendApprovalEmail($id: ID!) {\n    resendApprovalEmail(input: { smartAccountId: $id }) {\n      smartAccount {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckDomain($d: String!, $a: String) {\n    checkDomain(domainIdentifier: $d, approverEmail: $a) {\n      valid\n      message\n      identifier\n      topLevelDomain\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      existingAccounts {\n        id\n        name\n        domainIdentifier\n        status\n        exactMatch\n        administrators\n        allowedAction\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckDomain($d: String!, $a: String) {\n    checkDomain(domainIdentifier: $d, approverEmail: $a) {\n      valid\n      message\n      identifier\n      topLevelDomain\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      existingAccounts {\n        id\n        name\n        domainIdentifier\n        status\n        exactMatch\n        administrators\n        allowedAction\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainApprovals {\n    domainApprovals {\n      totalCount\n      edges {\n        node {\n          id\n          identifier\n          status\n          contactPhone\n          smartAccount {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainApprovals {\n    domainApprovals {\n      totalCount\n      edges {\n        node {\n          id\n          identifier\n          status\n          contactPhone\n          smartAccount {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDomain($id: ID!) {\n    approveDomain(input: { domainId: $id }) {\n      domain {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveDomain($id: ID!) {\n    approveDomain(input: { domainId: $id }) {\n      domain {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectDomain($id: ID!, $reason: String!) {\n    rejectDomain(input: { domainId: $id, reason: $reason }) {\n      domain {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectDomain($id: ID!, $reason: String!) {\n    rejectDomain(input: { domainId: $id, reason: $reason }) {\n      domain {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitDomain($id: ID!, $d: String!, $p: String!) {\n    resubmitDomain(input: { smartAccountId: $id, domainIdentifier: $d, contactPhone: $p }) {\n      smartAccount {\n        id\n        status\n        domainIdentifier\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResubmitDomain($id: ID!, $d: String!, $p: String!) {\n    resubmitDomain(input: { smartAccountId: $id, domainIdentifier: $d, contactPhone: $p }) {\n      smartAccount {\n        id\n        status\n        domainIdentifier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNominations {\n    myNominations {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          email\n          status\n          smartAccountId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNominations {\n    myNominations {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          email\n          status\n          smartAccountId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptNomination($id: ID!) {\n    acceptNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptNomination($id: ID!) {\n    acceptNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateCreators($id: ID!, $emails: [String!]!) {\n    nominateCreators(input: { smartAccountId: $id, emails: $emails }) {\n      nominations {\n        id\n        kind\n        email\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NominateCreators($id: ID!, $emails: [String!]!) {\n    nominateCreators(input: { smartAccountId: $id, emails: $emails }) {\n      nominations {\n        id\n        kind\n        email\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvideCompanyAddress($id: ID!, $company: CompanyInput!) {\n    provideCompanyAddress(input: { smartAccountId: $id, company: $company }) {\n      smartAccount {\n        id\n        status\n        virtualAccounts {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvideCompanyAddress($id: ID!, $company: CompanyInput!) {\n    provideCompanyAddress(input: { smartAccountId: $id, company: $company }) {\n      smartAccount {\n        id\n        status\n        virtualAccounts {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequests {\n        id\n        email\n        status\n        askedRole\n        grantedRole\n        autoApproved\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequests {\n        id\n        email\n        status\n        askedRole\n        grantedRole\n        autoApproved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRequests($sid: ID, $status: AccessRequestStatus, $first: Int!, $after: String) {\n    accessRequests(smartAccountId: $sid, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          status\n          askedRole\n          grantedRole\n          grantedVirtualAccountIds\n          declineReason\n          requester {\n            email\n          }\n          smartAccountName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessRequests($sid: ID, $status: AccessRequestStatus, $first: Int!, $after: String) {\n    accessRequests(smartAccountId: $sid, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          status\n          askedRole\n          grantedRole\n          grantedVirtualAccountIds\n          declineReason\n          requester {\n            email\n          }\n          smartAccountName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      accessRequest {\n        id\n        status\n        askedRole\n        grantedRole\n        grantedVirtualAccountIds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      accessRequest {\n        id\n        status\n        askedRole\n        grantedRole\n        grantedVirtualAccountIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineAccessRequest($id: ID!, $reason: String!) {\n    declineAccessRequest(input: { accessRequestId: $id, reason: $reason }) {\n      accessRequest {\n        id\n        status\n        declineReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineAccessRequest($id: ID!, $reason: String!) {\n    declineAccessRequest(input: { accessRequestId: $id, reason: $reason }) {\n      accessRequest {\n        id\n        status\n        declineReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAccessRequest($id: ID!) {\n    cancelAccessRequest(input: { accessRequestId: $id }) {\n      accessRequest {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAccessRequest($id: ID!) {\n    cancelAccessRequest(input: { accessRequestId: $id }) {\n      accessRequest {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountUserRoles($input: SetAccountUserRolesInput!) {\n    setAccountUserRoles(input: $input) {\n      user {\n        email\n        registered\n        roles {\n          role\n          virtualAccountId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountUserRoles($input: SetAccountUserRolesInput!) {\n    setAccountUserRoles(input: $input) {\n      user {\n        email\n        registered\n        roles {\n          role\n          virtualAccountId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountUsers($id: ID!) {\n    accountUsers(smartAccountId: $id) {\n      email\n      name\n      registered\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountUsers($id: ID!) {\n    accountUsers(smartAccountId: $id) {\n      email\n      name\n      registered\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVirtualAccount($input: CreateVirtualAccountInput!) {\n    createVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        parentId\n        isDefault\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVirtualAccount($input: CreateVirtualAccountInput!) {\n    createVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        parentId\n        isDefault\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVirtualAccount($input: UpdateVirtualAccountInput!) {\n    updateVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        parentId\n        isDefault\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVirtualAccount($input: UpdateVirtualAccountInput!) {\n    updateVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        parentId\n        isDefault\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVirtualAccount($id: ID!) {\n    deleteVirtualAccount(input: { virtualAccountId: $id }) {\n      virtualAccount {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteVirtualAccount($id: ID!) {\n    deleteVirtualAccount(input: { virtualAccountId: $id }) {\n      virtualAccount {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateSmartAccountInput!) {\n    updateSmartAccount(input: $input) {\n      smartAccount {\n        id\n        name\n        visibility\n        company {\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateSmartAccountInput!) {\n    updateSmartAccount(input: $input) {\n      smartAccount {\n        id\n        name\n        visibility\n        company {\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccessAutomation($id: ID!, $upTo: RequestableRole) {\n    setAccessAutomation(input: { smartAccountId: $id, autoApproveUpTo: $upTo }) {\n      smartAccount {\n        id\n        autoApproveUpTo\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccessAutomation($id: ID!, $upTo: RequestableRole) {\n    setAccessAutomation(input: { smartAccountId: $id, autoApproveUpTo: $upTo }) {\n      smartAccount {\n        id\n        autoApproveUpTo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($first: Int!, $after: String, $filter: DirectoryFilter) {\n    directory(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n            status\n            visibility\n            administrators\n            myRoles {\n              role\n              virtualAccountId\n            }\n            virtualAccounts {\n              id\n              name\n              parentId\n              isDefault\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Directory($first: Int!, $after: String, $filter: DirectoryFilter) {\n    directory(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n            status\n            visibility\n            administrators\n            myRoles {\n              role\n              virtualAccountId\n            }\n            virtualAccounts {\n              id\n              name\n              parentId\n              isDefault\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAccounts($q: String!, $first: Int!, $after: String) {\n    searchSmartAccounts(query: $q, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          visibility\n          administrators\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchAccounts($q: String!, $first: Int!, $after: String) {\n    searchSmartAccounts(query: $q, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          visibility\n          administrators\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyMoreCreateApiToken($input: CreateApiTokenInput!) {\n          createApiToken(input: $input) {\n            secret\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyMoreCreateApiToken($input: CreateApiTokenInput!) {\n          createApiToken(input: $input) {\n            secret\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyMoreRequestPasswordReset($input: RequestPasswordResetInput!) {\n          requestPasswordReset(input: $input) {\n            accepted\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyMoreRequestPasswordReset($input: RequestPasswordResetInput!) {\n          requestPasswordReset(input: $input) {\n            accepted\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyCreateApiToken($input: CreateApiTokenInput!) {\n            createApiToken(input: $input) {\n              secret\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyCreateApiToken($input: CreateApiTokenInput!) {\n            createApiToken(input: $input) {\n              secret\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicySmartAccount($id: ID!) {\n          smartAccount(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query PolicySmartAccount($id: ID!) {\n          smartAccount(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PolicyCheckDomainRefusals($d: String!, $flow: DomainCheckFlow!) {\n        checkDomain(domainIdentifier: $d, flow: $flow) {\n          identifierAvailable\n          refusals {\n            code\n            message\n          }\n          existingAccounts {\n            id\n            name\n            exactMatch\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PolicyCheckDomainRefusals($d: String!, $flow: DomainCheckFlow!) {\n        checkDomain(domainIdentifier: $d, flow: $flow) {\n          identifierAvailable\n          refusals {\n            code\n            message\n          }\n          existingAccounts {\n            id\n            name\n            exactMatch\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyDirectory {\n          directory {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query PolicyDirectory {\n          directory {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicySearchSmartAccounts {\n          searchSmartAccounts(query: \"Policy\") {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query PolicySearchSmartAccounts {\n          searchSmartAccounts(query: \"Policy\") {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyCheckDomainUnverified {\n          checkDomain(domainIdentifier: \"beta-corp.com\", flow: CUSTOMER) {\n            refusals {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolicyCheckDomainUnverified {\n          checkDomain(domainIdentifier: \"beta-corp.com\", flow: CUSTOMER) {\n            refusals {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzMe {\n            me {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query AuthzMe {\n            me {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzPendingAccount($id: ID!) {\n            smartAccount(id: $id) {\n              id\n              approvers\n              history {\n                type\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuthzPendingAccount($id: ID!) {\n            smartAccount(id: $id) {\n              id\n              approvers\n              history {\n                type\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzActiveAccount($id: ID!) {\n            smartAccount(id: $id) {\n              id\n              virtualAccounts {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuthzActiveAccount($id: ID!) {\n            smartAccount(id: $id) {\n              id\n              virtualAccounts {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzCheckDomain {\n            checkDomain(domainIdentifier: \"acme.com\") {\n              valid\n              existingAccounts {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuthzCheckDomain {\n            checkDomain(domainIdentifier: \"acme.com\") {\n              valid\n              existingAccounts {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzMyRequests {\n            myRequests {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthzMyRequests {\n            myRequests {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzPendingApprovals {\n            pendingApprovals {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthzPendingApprovals {\n            pendingApprovals {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzDomainApprovals {\n            domainApprovals {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthzDomainApprovals {\n            domainApprovals {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzAccountAccessRequests($id: ID) {\n            accessRequests(smartAccountId: $id) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthzAccountAccessRequests($id: ID) {\n            accessRequests(smartAccountId: $id) {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzMyAccessRequests {\n            accessRequests {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthzMyAccessRequests {\n            accessRequests {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzAccountUsers($id: ID!) {\n            accountUsers(smartAccountId: $id) {\n              email\n            }\n          }\n        "): (typeof documents)["\n          query AuthzAccountUsers($id: ID!) {\n            accountUsers(smartAccountId: $id) {\n              email\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzAccountNominations($id: ID!) {\n            accountNominations(smartAccountId: $id) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthzAccountNominations($id: ID!) {\n            accountNominations(smartAccountId: $id) {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzMyNominations {\n            myNominations {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthzMyNominations {\n            myNominations {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzApiTokens {\n            apiTokens {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthzApiTokens {\n            apiTokens {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzDirectory {\n            directory {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthzDirectory {\n            directory {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthzSearchSmartAccounts {\n            searchSmartAccounts(query: \"beta\") {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthzSearchSmartAccounts {\n            searchSmartAccounts(query: \"beta\") {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzRequestSmartAccountForCustomer(\n            $input: RequestSmartAccountForCustomerInput!\n          ) {\n            requestSmartAccountForCustomer(input: $input) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzRequestSmartAccountForCustomer(\n            $input: RequestSmartAccountForCustomerInput!\n          ) {\n            requestSmartAccountForCustomer(input: $input) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzResendApprovalEmail($id: ID!) {\n            resendApprovalEmail(input: { smartAccountId: $id }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzResendApprovalEmail($id: ID!) {\n            resendApprovalEmail(input: { smartAccountId: $id }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzCancelSmartAccount($id: ID!) {\n            cancelSmartAccount(input: { smartAccountId: $id }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzCancelSmartAccount($id: ID!) {\n            cancelSmartAccount(input: { smartAccountId: $id }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzApproveDomain($id: ID!) {\n            approveDomain(input: { domainId: $id }) {\n              domain {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzApproveDomain($id: ID!) {\n            approveDomain(input: { domainId: $id }) {\n              domain {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzRejectDomain($id: ID!) {\n            rejectDomain(input: { domainId: $id, reason: \"No\" }) {\n              domain {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzRejectDomain($id: ID!) {\n            rejectDomain(input: { domainId: $id, reason: \"No\" }) {\n              domain {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzVerifyDomainChallenge($id: ID!) {\n            verifyDomainChallenge(input: { domainId: $id }) {\n              verified\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzVerifyDomainChallenge($id: ID!) {\n            verifyDomainChallenge(input: { domainId: $id }) {\n              verified\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzApproveSmartAccount($id: ID!, $company: CompanyInput) {\n            approveSmartAccount(\n              input: { smartAccountId: $id, acceptTerms: true, company: $company }\n            ) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzApproveSmartAccount($id: ID!, $company: CompanyInput) {\n            approveSmartAccount(\n              input: { smartAccountId: $id, acceptTerms: true, company: $company }\n            ) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzDenySmartAccount($id: ID!) {\n            denySmartAccount(input: { smartAccountId: $id, reason: \"No\" }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzDenySmartAccount($id: ID!) {\n            denySmartAccount(input: { smartAccountId: $id, reason: \"No\" }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzAcceptNomination($id: ID!) {\n            acceptNomination(input: { nominationId: $id }) {\n              nomination {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzAcceptNomination($id: ID!) {\n            acceptNomination(input: { nominationId: $id }) {\n              nomination {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzRejectNomination($id: ID!) {\n            rejectNomination(input: { nominationId: $id }) {\n              nomination {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzRejectNomination($id: ID!) {\n            rejectNomination(input: { nominationId: $id }) {\n              nomination {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzUpdateSmartAccount($id: ID!) {\n            updateSmartAccount(input: { smartAccountId: $id, name: \"Renamed\" }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzUpdateSmartAccount($id: ID!) {\n            updateSmartAccount(input: { smartAccountId: $id, name: \"Renamed\" }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzSetAccessAutomation($id: ID!) {\n            setAccessAutomation(input: { smartAccountId: $id, autoApproveUpTo: VIEWER }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzSetAccessAutomation($id: ID!) {\n            setAccessAutomation(input: { smartAccountId: $id, autoApproveUpTo: VIEWER }) {\n              smartAccount {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzApproveAccessRequest($id: ID!) {\n            approveAccessRequest(input: { accessRequestId: $id }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzApproveAccessRequest($id: ID!) {\n            approveAccessRequest(input: { accessRequestId: $id }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzDeclineAccessRequest($id: ID!) {\n            declineAccessRequest(input: { accessRequestId: $id, reason: \"No\" }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzDeclineAccessRequest($id: ID!) {\n            declineAccessRequest(input: { accessRequestId: $id, reason: \"No\" }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzCancelAccessRequest($id: ID!) {\n            cancelAccessRequest(input: { accessRequestId: $id }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzCancelAccessRequest($id: ID!) {\n            cancelAccessRequest(input: { accessRequestId: $id }) {\n              accessRequest {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzSetAccountUserRoles($id: ID!) {\n            setAccountUserRoles(\n              input: { smartAccountId: $id, email: \"newbie@beta.com\", roles: [{ role: USER }] }\n            ) {\n              user {\n                email\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzSetAccountUserRoles($id: ID!) {\n            setAccountUserRoles(\n              input: { smartAccountId: $id, email: \"newbie@beta.com\", roles: [{ role: USER }] }\n            ) {\n              user {\n                email\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzUpdateVirtualAccount($id: ID!) {\n            updateVirtualAccount(input: { virtualAccountId: $id, name: \"Ops 2\" }) {\n              virtualAccount {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzUpdateVirtualAccount($id: ID!) {\n            updateVirtualAccount(input: { virtualAccountId: $id, name: \"Ops 2\" }) {\n              virtualAccount {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzDeleteVirtualAccount($id: ID!) {\n            deleteVirtualAccount(input: { virtualAccountId: $id }) {\n              virtualAccount {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzDeleteVirtualAccount($id: ID!) {\n            deleteVirtualAccount(input: { virtualAccountId: $id }) {\n              virtualAccount {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzCreateApiToken {\n            createApiToken(input: { name: \"t\", scope: FULL }) {\n              secret\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzCreateApiToken {\n            createApiToken(input: { name: \"t\", scope: FULL }) {\n              secret\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzRevokeApiToken($id: ID!) {\n            revokeApiToken(input: { id: $id }) {\n              apiToken {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzRevokeApiToken($id: ID!) {\n            revokeApiToken(input: { id: $id }) {\n              apiToken {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthzNomineeNominations {\n        myNominations {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AuthzNomineeNominations {\n        myNominations {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthzCreateOwnApiToken {\n        createApiToken(input: { name: \"mine\", scope: FULL }) {\n          apiToken {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthzCreateOwnApiToken {\n        createApiToken(input: { name: \"mine\", scope: FULL }) {\n          apiToken {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation ExportCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedMyRequests {\n    myRequests(first: 50) {\n      edges {\n        node {\n          id\n          name\n          status\n          domainIdentifier\n          lapseAt\n          virtualAccounts {\n            id\n            name\n            parentId\n          }\n          history {\n            type\n            actorEmail\n            statusAfter\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedMyRequests {\n    myRequests(first: 50) {\n      edges {\n        node {\n          id\n          name\n          status\n          domainIdentifier\n          lapseAt\n          virtualAccounts {\n            id\n            name\n            parentId\n          }\n          history {\n            type\n            actorEmail\n            statusAfter\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedPendingApprovals {\n    pendingApprovals {\n      edges {\n        node {\n          name\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedPendingApprovals {\n    pendingApprovals {\n      edges {\n        node {\n          name\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedAccessRequests($sid: ID!) {\n    accessRequests(smartAccountId: $sid, status: PENDING) {\n      edges {\n        node {\n          email\n          askedRole\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedAccessRequests($sid: ID!) {\n    accessRequests(smartAccountId: $sid, status: PENDING) {\n      edges {\n        node {\n          email\n          askedRole\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedAccountUsers($sid: ID!) {\n    accountUsers(smartAccountId: $sid) {\n      email\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedAccountUsers($sid: ID!) {\n    accountUsers(smartAccountId: $sid) {\n      email\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbuseResendNomination($id: ID!) {\n    resendNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AbuseResendNomination($id: ID!) {\n    resendNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EdgeSignUp($input: SignUpInput!) {\n      signUp(input: $input) {\n        __typename\n      }\n    }\n  "): (typeof documents)["\n    mutation EdgeSignUp($input: SignUpInput!) {\n      signUp(input: $input) {\n        __typename\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EdgeSearch($query: String!, $first: Int!) {\n        searchSmartAccounts(query: $query, first: $first) {\n          __typename\n        }\n      }\n    "): (typeof documents)["\n      query EdgeSearch($query: String!, $first: Int!) {\n        searchSmartAccounts(query: $query, first: $first) {\n          __typename\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HygieneSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation HygieneSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HygieneResendVerification($email: String!) {\n    resendVerificationEmail(input: { email: $email }) {\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation HygieneResendVerification($email: String!) {\n    resendVerificationEmail(input: { email: $email }) {\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HygieneRequestReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation HygieneRequestReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HygieneMessage($id: ID!) {\n    smartAccount(id: $id) {\n      messageToApprovers\n      company {\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query HygieneMessage($id: ID!) {\n    smartAccount(id: $id) {\n      messageToApprovers\n      company {\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelRequestMin($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModelRequestMin($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelRequestForCustomerMin($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModelRequestForCustomerMin($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelApproveMin($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModelApproveMin($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        id\n        status\n        topLevelDomain\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelRejectNomination($id: ID!) {\n    rejectNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModelRejectNomination($id: ID!) {\n    rejectNomination(input: { nominationId: $id }) {\n      nomination {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessesEvents($after: String, $first: Int) {\n    events(after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          accountId\n          payload {\n            sequence\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcessesEvents($after: String, $first: Int) {\n    events(after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          accountId\n          payload {\n            sequence\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Verify($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      user {\n        id\n        emailVerified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Verify($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      user {\n        id\n        emailVerified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      company\n      organisationType\n      emailVerified\n      isStaff\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      company\n      organisationType\n      emailVerified\n      isStaff\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, password: $password }) {\n      user {\n        email\n        emailVerified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, password: $password }) {\n      user {\n        email\n        emailVerified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail($email: String!) {\n    resendVerificationEmail(input: { email: $email }) {\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail($email: String!) {\n    resendVerificationEmail(input: { email: $email }) {\n      accepted\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;