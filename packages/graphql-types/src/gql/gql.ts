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
    "\n  fragment AccessRequestFields on AccessRequest {\n    id\n    email\n    askedRole\n    grantedRole\n    grantedVirtualAccountIds\n    status\n    reason\n    declineReason\n    autoApproved\n    createdAt\n    decidedAt\n    smartAccountId\n    smartAccountName\n    requester {\n      email\n      name\n    }\n  }\n": typeof types.AccessRequestFieldsFragmentDoc,
    "\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequests {\n        ...AccessRequestFields\n      }\n    }\n  }\n": typeof types.RequestAccessDocument,
    "\n  fragment CompanyFields on Company {\n    name\n    country\n    addressLine\n    city\n    region\n    postalCode\n  }\n": typeof types.CompanyFieldsFragmentDoc,
    "\n  fragment DomainReviewFields on Domain {\n    id\n    identifier\n    status\n    contactPhone\n    reviewReasons\n    note\n    createdAt\n    decidedAt\n    decisionReason\n    dnsChallenge {\n      recordName\n      recordValue\n    }\n  }\n": typeof types.DomainReviewFieldsFragmentDoc,
    "\n  fragment SmartAccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    topLevelDomain\n    status\n    visibility\n    channel\n    createdAt\n    activatedAt\n    lapseAt\n    approvers\n    messageToApprovers\n    noteToDomainApprover\n    noteToUsers\n    declineReason\n    requester {\n      email\n      name\n    }\n    nextStep {\n      action\n      actors\n    }\n    company {\n      ...CompanyFields\n    }\n    domain {\n      ...DomainReviewFields\n    }\n  }\n": typeof types.SmartAccountFieldsFragmentDoc,
    "\n  query ShellSmartAccount($id: ID!) {\n    smartAccount(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ShellSmartAccountDocument,
    "\n  query SmartAccountSwitcher($first: Int!, $filter: DirectoryFilter) {\n    directory(first: $first, filter: $filter) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n          }\n        }\n      }\n    }\n  }\n": typeof types.SmartAccountSwitcherDocument,
    "\n  query PendingCounts {\n    pendingCounts {\n      approvals\n      accessRequests\n      domainReviews\n    }\n  }\n": typeof types.PendingCountsDocument,
    "\n  subscription PendingCountsChanged {\n    pendingCounts {\n      approvals\n      accessRequests\n      domainReviews\n    }\n  }\n": typeof types.PendingCountsChangedDocument,
    "\n  query AdministeredAccounts($first: Int!) {\n    directory(first: $first, filter: { status: ACTIVE }) {\n      edges {\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n            myRoles {\n              role\n              virtualAccountId\n            }\n            virtualAccounts {\n              id\n              name\n              parentId\n              isDefault\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdministeredAccountsDocument,
    "\n  query AccessRequests(\n    $smartAccountId: ID\n    $status: AccessRequestStatus\n    $first: Int!\n    $after: String\n    $order: AccessRequestOrder = PENDING_FIRST\n  ) {\n    accessRequests(\n      smartAccountId: $smartAccountId\n      status: $status\n      first: $first\n      after: $after\n      order: $order\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccessRequestFields\n        }\n      }\n    }\n  }\n": typeof types.AccessRequestsDocument,
    "\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n": typeof types.ApproveAccessRequestDocument,
    "\n  mutation DeclineAccessRequest($input: DeclineAccessRequestInput!) {\n    declineAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n": typeof types.DeclineAccessRequestDocument,
    "\n  mutation CancelAccessRequest($input: CancelAccessRequestInput!) {\n    cancelAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n": typeof types.CancelAccessRequestDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedReason\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($first: Int!) {\n    apiTokens(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApiTokenFields\n        }\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuditLog($filter: AuditLogFilterInput, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      edges {\n        node {\n          id\n          type\n          createdAt\n          accountId\n          account {\n            id\n            name\n          }\n          actor {\n            id\n            email\n          }\n          payload {\n            sequence\n            statusBefore\n            statusAfter\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    company\n    organisationType\n    emailVerified\n    isStaff\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      accepted\n    }\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  query BulkRequestPreview($input: BulkRequestInput!) {\n    bulkRequestPreview(input: $input) {\n      readyCount\n      meetsExistingCount\n      alreadyRequestedCount\n      errorCount\n      rows {\n        rowNumber\n        name\n        identifier\n        customerEmails\n        state\n        repeatsRow\n        errors {\n          field\n          message\n        }\n        existingAccounts {\n          id\n          name\n          domainIdentifier\n          status\n        }\n      }\n    }\n  }\n": typeof types.BulkRequestPreviewDocument,
    "\n  mutation RequestSmartAccountsInBulk($input: BulkRequestInput!) {\n    requestSmartAccountsInBulk(input: $input) {\n      job {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RequestSmartAccountsInBulkDocument,
    "\n  query BulkRequestJob($id: ID!) {\n    bulkRequestJob(id: $id) {\n      id\n      status\n      totalRows\n      processedRows\n      createdCount\n      alreadyRequestedCount\n      failedCount\n      waitingReason\n      createdAt\n      finishedAt\n      rows {\n        rowNumber\n        name\n        domainIdentifier\n        customerEmails\n        state\n        errorCode\n        field\n        message\n        smartAccountId\n      }\n    }\n  }\n": typeof types.BulkRequestJobDocument,
    "\n  query CheckDomain(\n    $domainIdentifier: String!\n    $approverEmail: String\n    $flow: DomainCheckFlow! = MY_COMPANY\n  ) {\n    checkDomain(domainIdentifier: $domainIdentifier, approverEmail: $approverEmail, flow: $flow) {\n      input\n      valid\n      message\n      identifier\n      topLevelDomain\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      refusals {\n        code\n        field\n        message\n      }\n      existingAccounts {\n        id\n        name\n        domainIdentifier\n        status\n        visibility\n        exactMatch\n        allowedAction\n        reason\n        administrators\n      }\n    }\n  }\n": typeof types.CheckDomainDocument,
    "\n  mutation RequestSmartAccount($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": typeof types.RequestSmartAccountDocument,
    "\n  mutation RequestSmartAccountForCustomer($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": typeof types.RequestSmartAccountForCustomerDocument,
    "\n  mutation NominateCreators($input: NominateCreatorsInput!) {\n    nominateCreators(input: $input) {\n      nominations {\n        id\n        email\n        kind\n        status\n        smartAccountId\n      }\n    }\n  }\n": typeof types.NominateCreatorsDocument,
    "\n  query RequestedSmartAccount($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n    }\n  }\n": typeof types.RequestedSmartAccountDocument,
    "\n  query YourRequests($first: Int!) {\n    myRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          status\n          channel\n          createdAt\n          lapseAt\n          nextStep {\n            action\n            actors\n          }\n        }\n      }\n    }\n  }\n": typeof types.YourRequestsDocument,
    "\n  fragment DirectoryAccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    status\n    visibility\n    administrators\n    myRoles {\n      role\n      virtualAccountId\n    }\n    virtualAccounts {\n      id\n      name\n      parentId\n      isDefault\n    }\n  }\n": typeof types.DirectoryAccountFieldsFragmentDoc,
    "\n  query Directory(\n    $first: Int!\n    $after: String\n    $filter: DirectoryFilter\n    $order: DirectoryOrder = RELEVANCE\n  ) {\n    directory(first: $first, after: $after, filter: $filter, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reason\n          smartAccount {\n            ...DirectoryAccountFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query SearchSmartAccounts($query: String!, $first: Int!, $after: String) {\n    searchSmartAccounts(query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          status\n          visibility\n          administrators\n          myRoles {\n            role\n            virtualAccountId\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchSmartAccountsDocument,
    "\n  query DomainApprovals($status: DomainStatus!, $first: Int!) {\n    domainApprovals(status: $status, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DomainReviewFields\n          smartAccount {\n            id\n            name\n            status\n            requester {\n              email\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DomainApprovalsDocument,
    "\n  mutation ApproveDomain($input: DomainRefInput!) {\n    approveDomain(input: $input) {\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.ApproveDomainDocument,
    "\n  mutation RejectDomain($input: RejectDomainInput!) {\n    rejectDomain(input: $input) {\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.RejectDomainDocument,
    "\n  fragment NominationFields on Nomination {\n    id\n    kind\n    status\n    email\n    message\n    smartAccountId\n    smartAccount {\n      id\n      name\n      domainIdentifier\n      status\n    }\n    createdAt\n    decidedAt\n    expiresAt\n  }\n": typeof types.NominationFieldsFragmentDoc,
    "\n  query MyNominations($first: Int!) {\n    myNominations(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NominationFields\n        }\n      }\n    }\n  }\n": typeof types.MyNominationsDocument,
    "\n  mutation AcceptNomination($input: DecideNominationInput!) {\n    acceptNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n": typeof types.AcceptNominationDocument,
    "\n  mutation RejectNomination($input: DecideNominationInput!) {\n    rejectNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n": typeof types.RejectNominationDocument,
    "\n  query SystemOverview {\n    systemOverview {\n      accountsByStatus {\n        status\n        count\n      }\n      domainReviewsByAge {\n        label\n        fromDays\n        toDays\n        count\n      }\n      lapsingSoon {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n": typeof types.SystemOverviewDocument,
    "\n  query ApprovalRequest($token: String!) {\n    approvalRequest(token: $token) {\n      ...SmartAccountFields\n    }\n  }\n": typeof types.ApprovalRequestDocument,
    "\n  query PendingRequest($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n    }\n  }\n": typeof types.PendingRequestDocument,
    "\n  mutation ApproveSmartAccount($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": typeof types.ApproveSmartAccountDocument,
    "\n  mutation DenySmartAccount($input: DenySmartAccountInput!) {\n    denySmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": typeof types.DenySmartAccountDocument,
    "\n  mutation ForwardSmartAccount($input: ForwardSmartAccountInput!) {\n    forwardSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": typeof types.ForwardSmartAccountDocument,
    "\n  mutation ProvideCompanyAddress($input: ProvideCompanyAddressInput!) {\n    provideCompanyAddress(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": typeof types.ProvideCompanyAddressDocument,
    "\n  query CustomerRequestsByStatus {\n    customerRequestsByStatus {\n      status\n      count\n    }\n  }\n": typeof types.CustomerRequestsByStatusDocument,
    "\n  query MyRequests($first: Int!, $order: RequestOrder = NEWEST_FIRST) {\n    myRequests(first: $first, order: $order) {\n      totalCount\n      edges {\n        node {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  query PendingApprovals($first: Int!) {\n    pendingApprovals(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n": typeof types.PendingApprovalsDocument,
    "\n  mutation CancelSmartAccount($input: SmartAccountRefInput!) {\n    cancelSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": typeof types.CancelSmartAccountDocument,
    "\n  mutation ResendApprovalEmail($input: SmartAccountRefInput!) {\n    resendApprovalEmail(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": typeof types.ResendApprovalEmailDocument,
    "\n  mutation ResubmitDomain($input: ResubmitDomainInput!) {\n    resubmitDomain(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": typeof types.ResubmitDomainDocument,
    "\n  mutation VerifyDomainChallenge($input: DomainRefInput!) {\n    verifyDomainChallenge(input: $input) {\n      verified\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n": typeof types.VerifyDomainChallengeDocument,
    "\n  query SmartAccountDetail($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n      administrators\n      autoApproveUpTo\n      myRoles {\n        role\n        virtualAccountId\n      }\n      virtualAccounts {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n      history {\n        id\n        type\n        createdAt\n        actorEmail\n        detail\n        statusBefore\n        statusAfter\n      }\n    }\n  }\n": typeof types.SmartAccountDetailDocument,
    "\n  query AccountUsers($smartAccountId: ID!) {\n    accountUsers(smartAccountId: $smartAccountId) {\n      email\n      name\n      registered\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n": typeof types.AccountUsersDocument,
    "\n  mutation UpdateSmartAccount($input: UpdateSmartAccountInput!) {\n    updateSmartAccount(input: $input) {\n      smartAccount {\n        id\n        name\n        visibility\n        company {\n          ...CompanyFields\n        }\n      }\n    }\n  }\n": typeof types.UpdateSmartAccountDocument,
    "\n  mutation CreateVirtualAccount($input: CreateVirtualAccountInput!) {\n    createVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n    }\n  }\n": typeof types.CreateVirtualAccountDocument,
    "\n  mutation UpdateVirtualAccount($input: UpdateVirtualAccountInput!) {\n    updateVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n    }\n  }\n": typeof types.UpdateVirtualAccountDocument,
    "\n  mutation DeleteVirtualAccount($input: DeleteVirtualAccountInput!) {\n    deleteVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n      }\n    }\n  }\n": typeof types.DeleteVirtualAccountDocument,
    "\n  mutation SetAccountUserRoles($input: SetAccountUserRolesInput!) {\n    setAccountUserRoles(input: $input) {\n      user {\n        email\n        name\n        registered\n        roles {\n          role\n          virtualAccountId\n        }\n      }\n    }\n  }\n": typeof types.SetAccountUserRolesDocument,
    "\n  mutation SetAccessAutomation($input: SetAccessAutomationInput!) {\n    setAccessAutomation(input: $input) {\n      smartAccount {\n        id\n        autoApproveUpTo\n      }\n    }\n  }\n": typeof types.SetAccessAutomationDocument,
    "\n  query AccountNominations($smartAccountId: ID!, $first: Int!, $after: String) {\n    accountNominations(smartAccountId: $smartAccountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          email\n          status\n          sentAt\n          expiresAt\n          decidedAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AccountNominationsDocument,
    "\n  mutation ResendNomination($input: DecideNominationInput!) {\n    resendNomination(input: $input) {\n      nomination {\n        id\n        sentAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.ResendNominationDocument,
    "\n  subscription SmartAccountChanged($id: ID!) {\n    accountChanged(id: $id) {\n      id\n      type\n    }\n  }\n": typeof types.SmartAccountChangedDocument,
    "\n  query AccountWebhookEndpoints($accountId: ID!) {\n    webhookEndpoints(accountId: $accountId) {\n      id\n      url\n      eventTypes\n      enabled\n      disabledReason\n      failingSince\n      createdAt\n      deliveries(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            nextAttemptAt\n            createdAt\n            deliveredAt\n            attemptLog {\n              attemptedAt\n              durationMs\n              statusCode\n              error\n              responseBody\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountWebhookEndpointsDocument,
    "\n  mutation CreateAccountWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.CreateAccountWebhookEndpointDocument,
    "\n  mutation UpdateAccountWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n        disabledReason\n        failingSince\n      }\n    }\n  }\n": typeof types.UpdateAccountWebhookEndpointDocument,
    "\n  mutation RotateAccountWebhookSecret($input: WebhookEndpointIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.RotateAccountWebhookSecretDocument,
    "\n  mutation DeleteAccountWebhookEndpoint($input: WebhookEndpointIdInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteAccountWebhookEndpointDocument,
    "\n  mutation SendAccountTestWebhook($input: WebhookEndpointIdInput!) {\n    sendTestWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SendAccountTestWebhookDocument,
    "\n  mutation RedeliverAccountWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RedeliverAccountWebhookDocument,
};
const documents: Documents = {
    "\n  fragment AccessRequestFields on AccessRequest {\n    id\n    email\n    askedRole\n    grantedRole\n    grantedVirtualAccountIds\n    status\n    reason\n    declineReason\n    autoApproved\n    createdAt\n    decidedAt\n    smartAccountId\n    smartAccountName\n    requester {\n      email\n      name\n    }\n  }\n": types.AccessRequestFieldsFragmentDoc,
    "\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequests {\n        ...AccessRequestFields\n      }\n    }\n  }\n": types.RequestAccessDocument,
    "\n  fragment CompanyFields on Company {\n    name\n    country\n    addressLine\n    city\n    region\n    postalCode\n  }\n": types.CompanyFieldsFragmentDoc,
    "\n  fragment DomainReviewFields on Domain {\n    id\n    identifier\n    status\n    contactPhone\n    reviewReasons\n    note\n    createdAt\n    decidedAt\n    decisionReason\n    dnsChallenge {\n      recordName\n      recordValue\n    }\n  }\n": types.DomainReviewFieldsFragmentDoc,
    "\n  fragment SmartAccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    topLevelDomain\n    status\n    visibility\n    channel\n    createdAt\n    activatedAt\n    lapseAt\n    approvers\n    messageToApprovers\n    noteToDomainApprover\n    noteToUsers\n    declineReason\n    requester {\n      email\n      name\n    }\n    nextStep {\n      action\n      actors\n    }\n    company {\n      ...CompanyFields\n    }\n    domain {\n      ...DomainReviewFields\n    }\n  }\n": types.SmartAccountFieldsFragmentDoc,
    "\n  query ShellSmartAccount($id: ID!) {\n    smartAccount(id: $id) {\n      id\n      name\n    }\n  }\n": types.ShellSmartAccountDocument,
    "\n  query SmartAccountSwitcher($first: Int!, $filter: DirectoryFilter) {\n    directory(first: $first, filter: $filter) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n          }\n        }\n      }\n    }\n  }\n": types.SmartAccountSwitcherDocument,
    "\n  query PendingCounts {\n    pendingCounts {\n      approvals\n      accessRequests\n      domainReviews\n    }\n  }\n": types.PendingCountsDocument,
    "\n  subscription PendingCountsChanged {\n    pendingCounts {\n      approvals\n      accessRequests\n      domainReviews\n    }\n  }\n": types.PendingCountsChangedDocument,
    "\n  query AdministeredAccounts($first: Int!) {\n    directory(first: $first, filter: { status: ACTIVE }) {\n      edges {\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n            myRoles {\n              role\n              virtualAccountId\n            }\n            virtualAccounts {\n              id\n              name\n              parentId\n              isDefault\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdministeredAccountsDocument,
    "\n  query AccessRequests(\n    $smartAccountId: ID\n    $status: AccessRequestStatus\n    $first: Int!\n    $after: String\n    $order: AccessRequestOrder = PENDING_FIRST\n  ) {\n    accessRequests(\n      smartAccountId: $smartAccountId\n      status: $status\n      first: $first\n      after: $after\n      order: $order\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccessRequestFields\n        }\n      }\n    }\n  }\n": types.AccessRequestsDocument,
    "\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n": types.ApproveAccessRequestDocument,
    "\n  mutation DeclineAccessRequest($input: DeclineAccessRequestInput!) {\n    declineAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n": types.DeclineAccessRequestDocument,
    "\n  mutation CancelAccessRequest($input: CancelAccessRequestInput!) {\n    cancelAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n": types.CancelAccessRequestDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedReason\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($first: Int!) {\n    apiTokens(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApiTokenFields\n        }\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuditLog($filter: AuditLogFilterInput, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      edges {\n        node {\n          id\n          type\n          createdAt\n          accountId\n          account {\n            id\n            name\n          }\n          actor {\n            id\n            email\n          }\n          payload {\n            sequence\n            statusBefore\n            statusAfter\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    company\n    organisationType\n    emailVerified\n    isStaff\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      accepted\n    }\n  }\n": types.ResendVerificationEmailDocument,
    "\n  query BulkRequestPreview($input: BulkRequestInput!) {\n    bulkRequestPreview(input: $input) {\n      readyCount\n      meetsExistingCount\n      alreadyRequestedCount\n      errorCount\n      rows {\n        rowNumber\n        name\n        identifier\n        customerEmails\n        state\n        repeatsRow\n        errors {\n          field\n          message\n        }\n        existingAccounts {\n          id\n          name\n          domainIdentifier\n          status\n        }\n      }\n    }\n  }\n": types.BulkRequestPreviewDocument,
    "\n  mutation RequestSmartAccountsInBulk($input: BulkRequestInput!) {\n    requestSmartAccountsInBulk(input: $input) {\n      job {\n        id\n        status\n      }\n    }\n  }\n": types.RequestSmartAccountsInBulkDocument,
    "\n  query BulkRequestJob($id: ID!) {\n    bulkRequestJob(id: $id) {\n      id\n      status\n      totalRows\n      processedRows\n      createdCount\n      alreadyRequestedCount\n      failedCount\n      waitingReason\n      createdAt\n      finishedAt\n      rows {\n        rowNumber\n        name\n        domainIdentifier\n        customerEmails\n        state\n        errorCode\n        field\n        message\n        smartAccountId\n      }\n    }\n  }\n": types.BulkRequestJobDocument,
    "\n  query CheckDomain(\n    $domainIdentifier: String!\n    $approverEmail: String\n    $flow: DomainCheckFlow! = MY_COMPANY\n  ) {\n    checkDomain(domainIdentifier: $domainIdentifier, approverEmail: $approverEmail, flow: $flow) {\n      input\n      valid\n      message\n      identifier\n      topLevelDomain\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      refusals {\n        code\n        field\n        message\n      }\n      existingAccounts {\n        id\n        name\n        domainIdentifier\n        status\n        visibility\n        exactMatch\n        allowedAction\n        reason\n        administrators\n      }\n    }\n  }\n": types.CheckDomainDocument,
    "\n  mutation RequestSmartAccount($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": types.RequestSmartAccountDocument,
    "\n  mutation RequestSmartAccountForCustomer($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": types.RequestSmartAccountForCustomerDocument,
    "\n  mutation NominateCreators($input: NominateCreatorsInput!) {\n    nominateCreators(input: $input) {\n      nominations {\n        id\n        email\n        kind\n        status\n        smartAccountId\n      }\n    }\n  }\n": types.NominateCreatorsDocument,
    "\n  query RequestedSmartAccount($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n    }\n  }\n": types.RequestedSmartAccountDocument,
    "\n  query YourRequests($first: Int!) {\n    myRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          status\n          channel\n          createdAt\n          lapseAt\n          nextStep {\n            action\n            actors\n          }\n        }\n      }\n    }\n  }\n": types.YourRequestsDocument,
    "\n  fragment DirectoryAccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    status\n    visibility\n    administrators\n    myRoles {\n      role\n      virtualAccountId\n    }\n    virtualAccounts {\n      id\n      name\n      parentId\n      isDefault\n    }\n  }\n": types.DirectoryAccountFieldsFragmentDoc,
    "\n  query Directory(\n    $first: Int!\n    $after: String\n    $filter: DirectoryFilter\n    $order: DirectoryOrder = RELEVANCE\n  ) {\n    directory(first: $first, after: $after, filter: $filter, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reason\n          smartAccount {\n            ...DirectoryAccountFields\n          }\n        }\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query SearchSmartAccounts($query: String!, $first: Int!, $after: String) {\n    searchSmartAccounts(query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          status\n          visibility\n          administrators\n          myRoles {\n            role\n            virtualAccountId\n          }\n        }\n      }\n    }\n  }\n": types.SearchSmartAccountsDocument,
    "\n  query DomainApprovals($status: DomainStatus!, $first: Int!) {\n    domainApprovals(status: $status, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DomainReviewFields\n          smartAccount {\n            id\n            name\n            status\n            requester {\n              email\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DomainApprovalsDocument,
    "\n  mutation ApproveDomain($input: DomainRefInput!) {\n    approveDomain(input: $input) {\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": types.ApproveDomainDocument,
    "\n  mutation RejectDomain($input: RejectDomainInput!) {\n    rejectDomain(input: $input) {\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": types.RejectDomainDocument,
    "\n  fragment NominationFields on Nomination {\n    id\n    kind\n    status\n    email\n    message\n    smartAccountId\n    smartAccount {\n      id\n      name\n      domainIdentifier\n      status\n    }\n    createdAt\n    decidedAt\n    expiresAt\n  }\n": types.NominationFieldsFragmentDoc,
    "\n  query MyNominations($first: Int!) {\n    myNominations(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NominationFields\n        }\n      }\n    }\n  }\n": types.MyNominationsDocument,
    "\n  mutation AcceptNomination($input: DecideNominationInput!) {\n    acceptNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n": types.AcceptNominationDocument,
    "\n  mutation RejectNomination($input: DecideNominationInput!) {\n    rejectNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n": types.RejectNominationDocument,
    "\n  query SystemOverview {\n    systemOverview {\n      accountsByStatus {\n        status\n        count\n      }\n      domainReviewsByAge {\n        label\n        fromDays\n        toDays\n        count\n      }\n      lapsingSoon {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n": types.SystemOverviewDocument,
    "\n  query ApprovalRequest($token: String!) {\n    approvalRequest(token: $token) {\n      ...SmartAccountFields\n    }\n  }\n": types.ApprovalRequestDocument,
    "\n  query PendingRequest($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n    }\n  }\n": types.PendingRequestDocument,
    "\n  mutation ApproveSmartAccount($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": types.ApproveSmartAccountDocument,
    "\n  mutation DenySmartAccount($input: DenySmartAccountInput!) {\n    denySmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": types.DenySmartAccountDocument,
    "\n  mutation ForwardSmartAccount($input: ForwardSmartAccountInput!) {\n    forwardSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": types.ForwardSmartAccountDocument,
    "\n  mutation ProvideCompanyAddress($input: ProvideCompanyAddressInput!) {\n    provideCompanyAddress(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": types.ProvideCompanyAddressDocument,
    "\n  query CustomerRequestsByStatus {\n    customerRequestsByStatus {\n      status\n      count\n    }\n  }\n": types.CustomerRequestsByStatusDocument,
    "\n  query MyRequests($first: Int!, $order: RequestOrder = NEWEST_FIRST) {\n    myRequests(first: $first, order: $order) {\n      totalCount\n      edges {\n        node {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  query PendingApprovals($first: Int!) {\n    pendingApprovals(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n": types.PendingApprovalsDocument,
    "\n  mutation CancelSmartAccount($input: SmartAccountRefInput!) {\n    cancelSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": types.CancelSmartAccountDocument,
    "\n  mutation ResendApprovalEmail($input: SmartAccountRefInput!) {\n    resendApprovalEmail(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": types.ResendApprovalEmailDocument,
    "\n  mutation ResubmitDomain($input: ResubmitDomainInput!) {\n    resubmitDomain(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n": types.ResubmitDomainDocument,
    "\n  mutation VerifyDomainChallenge($input: DomainRefInput!) {\n    verifyDomainChallenge(input: $input) {\n      verified\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n": types.VerifyDomainChallengeDocument,
    "\n  query SmartAccountDetail($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n      administrators\n      autoApproveUpTo\n      myRoles {\n        role\n        virtualAccountId\n      }\n      virtualAccounts {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n      history {\n        id\n        type\n        createdAt\n        actorEmail\n        detail\n        statusBefore\n        statusAfter\n      }\n    }\n  }\n": types.SmartAccountDetailDocument,
    "\n  query AccountUsers($smartAccountId: ID!) {\n    accountUsers(smartAccountId: $smartAccountId) {\n      email\n      name\n      registered\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n": types.AccountUsersDocument,
    "\n  mutation UpdateSmartAccount($input: UpdateSmartAccountInput!) {\n    updateSmartAccount(input: $input) {\n      smartAccount {\n        id\n        name\n        visibility\n        company {\n          ...CompanyFields\n        }\n      }\n    }\n  }\n": types.UpdateSmartAccountDocument,
    "\n  mutation CreateVirtualAccount($input: CreateVirtualAccountInput!) {\n    createVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n    }\n  }\n": types.CreateVirtualAccountDocument,
    "\n  mutation UpdateVirtualAccount($input: UpdateVirtualAccountInput!) {\n    updateVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n    }\n  }\n": types.UpdateVirtualAccountDocument,
    "\n  mutation DeleteVirtualAccount($input: DeleteVirtualAccountInput!) {\n    deleteVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n      }\n    }\n  }\n": types.DeleteVirtualAccountDocument,
    "\n  mutation SetAccountUserRoles($input: SetAccountUserRolesInput!) {\n    setAccountUserRoles(input: $input) {\n      user {\n        email\n        name\n        registered\n        roles {\n          role\n          virtualAccountId\n        }\n      }\n    }\n  }\n": types.SetAccountUserRolesDocument,
    "\n  mutation SetAccessAutomation($input: SetAccessAutomationInput!) {\n    setAccessAutomation(input: $input) {\n      smartAccount {\n        id\n        autoApproveUpTo\n      }\n    }\n  }\n": types.SetAccessAutomationDocument,
    "\n  query AccountNominations($smartAccountId: ID!, $first: Int!, $after: String) {\n    accountNominations(smartAccountId: $smartAccountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          email\n          status\n          sentAt\n          expiresAt\n          decidedAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.AccountNominationsDocument,
    "\n  mutation ResendNomination($input: DecideNominationInput!) {\n    resendNomination(input: $input) {\n      nomination {\n        id\n        sentAt\n        expiresAt\n      }\n    }\n  }\n": types.ResendNominationDocument,
    "\n  subscription SmartAccountChanged($id: ID!) {\n    accountChanged(id: $id) {\n      id\n      type\n    }\n  }\n": types.SmartAccountChangedDocument,
    "\n  query AccountWebhookEndpoints($accountId: ID!) {\n    webhookEndpoints(accountId: $accountId) {\n      id\n      url\n      eventTypes\n      enabled\n      disabledReason\n      failingSince\n      createdAt\n      deliveries(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            nextAttemptAt\n            createdAt\n            deliveredAt\n            attemptLog {\n              attemptedAt\n              durationMs\n              statusCode\n              error\n              responseBody\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AccountWebhookEndpointsDocument,
    "\n  mutation CreateAccountWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.CreateAccountWebhookEndpointDocument,
    "\n  mutation UpdateAccountWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n        disabledReason\n        failingSince\n      }\n    }\n  }\n": types.UpdateAccountWebhookEndpointDocument,
    "\n  mutation RotateAccountWebhookSecret($input: WebhookEndpointIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.RotateAccountWebhookSecretDocument,
    "\n  mutation DeleteAccountWebhookEndpoint($input: WebhookEndpointIdInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      id\n    }\n  }\n": types.DeleteAccountWebhookEndpointDocument,
    "\n  mutation SendAccountTestWebhook($input: WebhookEndpointIdInput!) {\n    sendTestWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n": types.SendAccountTestWebhookDocument,
    "\n  mutation RedeliverAccountWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n": types.RedeliverAccountWebhookDocument,
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
export function graphql(source: "\n  fragment AccessRequestFields on AccessRequest {\n    id\n    email\n    askedRole\n    grantedRole\n    grantedVirtualAccountIds\n    status\n    reason\n    declineReason\n    autoApproved\n    createdAt\n    decidedAt\n    smartAccountId\n    smartAccountName\n    requester {\n      email\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AccessRequestFields on AccessRequest {\n    id\n    email\n    askedRole\n    grantedRole\n    grantedVirtualAccountIds\n    status\n    reason\n    declineReason\n    autoApproved\n    createdAt\n    decidedAt\n    smartAccountId\n    smartAccountName\n    requester {\n      email\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequests {\n        ...AccessRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequests {\n        ...AccessRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyFields on Company {\n    name\n    country\n    addressLine\n    city\n    region\n    postalCode\n  }\n"): (typeof documents)["\n  fragment CompanyFields on Company {\n    name\n    country\n    addressLine\n    city\n    region\n    postalCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainReviewFields on Domain {\n    id\n    identifier\n    status\n    contactPhone\n    reviewReasons\n    note\n    createdAt\n    decidedAt\n    decisionReason\n    dnsChallenge {\n      recordName\n      recordValue\n    }\n  }\n"): (typeof documents)["\n  fragment DomainReviewFields on Domain {\n    id\n    identifier\n    status\n    contactPhone\n    reviewReasons\n    note\n    createdAt\n    decidedAt\n    decisionReason\n    dnsChallenge {\n      recordName\n      recordValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SmartAccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    topLevelDomain\n    status\n    visibility\n    channel\n    createdAt\n    activatedAt\n    lapseAt\n    approvers\n    messageToApprovers\n    noteToDomainApprover\n    noteToUsers\n    declineReason\n    requester {\n      email\n      name\n    }\n    nextStep {\n      action\n      actors\n    }\n    company {\n      ...CompanyFields\n    }\n    domain {\n      ...DomainReviewFields\n    }\n  }\n"): (typeof documents)["\n  fragment SmartAccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    topLevelDomain\n    status\n    visibility\n    channel\n    createdAt\n    activatedAt\n    lapseAt\n    approvers\n    messageToApprovers\n    noteToDomainApprover\n    noteToUsers\n    declineReason\n    requester {\n      email\n      name\n    }\n    nextStep {\n      action\n      actors\n    }\n    company {\n      ...CompanyFields\n    }\n    domain {\n      ...DomainReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellSmartAccount($id: ID!) {\n    smartAccount(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ShellSmartAccount($id: ID!) {\n    smartAccount(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmartAccountSwitcher($first: Int!, $filter: DirectoryFilter) {\n    directory(first: $first, filter: $filter) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmartAccountSwitcher($first: Int!, $filter: DirectoryFilter) {\n    directory(first: $first, filter: $filter) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingCounts {\n    pendingCounts {\n      approvals\n      accessRequests\n      domainReviews\n    }\n  }\n"): (typeof documents)["\n  query PendingCounts {\n    pendingCounts {\n      approvals\n      accessRequests\n      domainReviews\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PendingCountsChanged {\n    pendingCounts {\n      approvals\n      accessRequests\n      domainReviews\n    }\n  }\n"): (typeof documents)["\n  subscription PendingCountsChanged {\n    pendingCounts {\n      approvals\n      accessRequests\n      domainReviews\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministeredAccounts($first: Int!) {\n    directory(first: $first, filter: { status: ACTIVE }) {\n      edges {\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n            myRoles {\n              role\n              virtualAccountId\n            }\n            virtualAccounts {\n              id\n              name\n              parentId\n              isDefault\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdministeredAccounts($first: Int!) {\n    directory(first: $first, filter: { status: ACTIVE }) {\n      edges {\n        node {\n          reason\n          smartAccount {\n            id\n            name\n            domainIdentifier\n            myRoles {\n              role\n              virtualAccountId\n            }\n            virtualAccounts {\n              id\n              name\n              parentId\n              isDefault\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRequests(\n    $smartAccountId: ID\n    $status: AccessRequestStatus\n    $first: Int!\n    $after: String\n    $order: AccessRequestOrder = PENDING_FIRST\n  ) {\n    accessRequests(\n      smartAccountId: $smartAccountId\n      status: $status\n      first: $first\n      after: $after\n      order: $order\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccessRequestFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessRequests(\n    $smartAccountId: ID\n    $status: AccessRequestStatus\n    $first: Int!\n    $after: String\n    $order: AccessRequestOrder = PENDING_FIRST\n  ) {\n    accessRequests(\n      smartAccountId: $smartAccountId\n      status: $status\n      first: $first\n      after: $after\n      order: $order\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccessRequestFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineAccessRequest($input: DeclineAccessRequestInput!) {\n    declineAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineAccessRequest($input: DeclineAccessRequestInput!) {\n    declineAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAccessRequest($input: CancelAccessRequestInput!) {\n    cancelAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAccessRequest($input: CancelAccessRequestInput!) {\n    cancelAccessRequest(input: $input) {\n      accessRequest {\n        ...AccessRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedReason\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($first: Int!) {\n    apiTokens(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApiTokenFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($first: Int!) {\n    apiTokens(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApiTokenFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilterInput, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      edges {\n        node {\n          id\n          type\n          createdAt\n          accountId\n          account {\n            id\n            name\n          }\n          actor {\n            id\n            email\n          }\n          payload {\n            sequence\n            statusBefore\n            statusAfter\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilterInput, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      edges {\n        node {\n          id\n          type\n          createdAt\n          accountId\n          account {\n            id\n            name\n          }\n          actor {\n            id\n            email\n          }\n          payload {\n            sequence\n            statusBefore\n            statusAfter\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    company\n    organisationType\n    emailVerified\n    isStaff\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    company\n    organisationType\n    emailVerified\n    isStaff\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkRequestPreview($input: BulkRequestInput!) {\n    bulkRequestPreview(input: $input) {\n      readyCount\n      meetsExistingCount\n      alreadyRequestedCount\n      errorCount\n      rows {\n        rowNumber\n        name\n        identifier\n        customerEmails\n        state\n        repeatsRow\n        errors {\n          field\n          message\n        }\n        existingAccounts {\n          id\n          name\n          domainIdentifier\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkRequestPreview($input: BulkRequestInput!) {\n    bulkRequestPreview(input: $input) {\n      readyCount\n      meetsExistingCount\n      alreadyRequestedCount\n      errorCount\n      rows {\n        rowNumber\n        name\n        identifier\n        customerEmails\n        state\n        repeatsRow\n        errors {\n          field\n          message\n        }\n        existingAccounts {\n          id\n          name\n          domainIdentifier\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSmartAccountsInBulk($input: BulkRequestInput!) {\n    requestSmartAccountsInBulk(input: $input) {\n      job {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSmartAccountsInBulk($input: BulkRequestInput!) {\n    requestSmartAccountsInBulk(input: $input) {\n      job {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkRequestJob($id: ID!) {\n    bulkRequestJob(id: $id) {\n      id\n      status\n      totalRows\n      processedRows\n      createdCount\n      alreadyRequestedCount\n      failedCount\n      waitingReason\n      createdAt\n      finishedAt\n      rows {\n        rowNumber\n        name\n        domainIdentifier\n        customerEmails\n        state\n        errorCode\n        field\n        message\n        smartAccountId\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkRequestJob($id: ID!) {\n    bulkRequestJob(id: $id) {\n      id\n      status\n      totalRows\n      processedRows\n      createdCount\n      alreadyRequestedCount\n      failedCount\n      waitingReason\n      createdAt\n      finishedAt\n      rows {\n        rowNumber\n        name\n        domainIdentifier\n        customerEmails\n        state\n        errorCode\n        field\n        message\n        smartAccountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckDomain(\n    $domainIdentifier: String!\n    $approverEmail: String\n    $flow: DomainCheckFlow! = MY_COMPANY\n  ) {\n    checkDomain(domainIdentifier: $domainIdentifier, approverEmail: $approverEmail, flow: $flow) {\n      input\n      valid\n      message\n      identifier\n      topLevelDomain\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      refusals {\n        code\n        field\n        message\n      }\n      existingAccounts {\n        id\n        name\n        domainIdentifier\n        status\n        visibility\n        exactMatch\n        allowedAction\n        reason\n        administrators\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckDomain(\n    $domainIdentifier: String!\n    $approverEmail: String\n    $flow: DomainCheckFlow! = MY_COMPANY\n  ) {\n    checkDomain(domainIdentifier: $domainIdentifier, approverEmail: $approverEmail, flow: $flow) {\n      input\n      valid\n      message\n      identifier\n      topLevelDomain\n      reviewRequired\n      reviewReasons\n      identifierAvailable\n      refusals {\n        code\n        field\n        message\n      }\n      existingAccounts {\n        id\n        name\n        domainIdentifier\n        status\n        visibility\n        exactMatch\n        allowedAction\n        reason\n        administrators\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSmartAccount($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSmartAccount($input: RequestSmartAccountInput!) {\n    requestSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSmartAccountForCustomer($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSmartAccountForCustomer($input: RequestSmartAccountForCustomerInput!) {\n    requestSmartAccountForCustomer(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateCreators($input: NominateCreatorsInput!) {\n    nominateCreators(input: $input) {\n      nominations {\n        id\n        email\n        kind\n        status\n        smartAccountId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NominateCreators($input: NominateCreatorsInput!) {\n    nominateCreators(input: $input) {\n      nominations {\n        id\n        email\n        kind\n        status\n        smartAccountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestedSmartAccount($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n    }\n  }\n"): (typeof documents)["\n  query RequestedSmartAccount($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YourRequests($first: Int!) {\n    myRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          status\n          channel\n          createdAt\n          lapseAt\n          nextStep {\n            action\n            actors\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query YourRequests($first: Int!) {\n    myRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          status\n          channel\n          createdAt\n          lapseAt\n          nextStep {\n            action\n            actors\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryAccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    status\n    visibility\n    administrators\n    myRoles {\n      role\n      virtualAccountId\n    }\n    virtualAccounts {\n      id\n      name\n      parentId\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryAccountFields on SmartAccount {\n    id\n    name\n    domainIdentifier\n    status\n    visibility\n    administrators\n    myRoles {\n      role\n      virtualAccountId\n    }\n    virtualAccounts {\n      id\n      name\n      parentId\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory(\n    $first: Int!\n    $after: String\n    $filter: DirectoryFilter\n    $order: DirectoryOrder = RELEVANCE\n  ) {\n    directory(first: $first, after: $after, filter: $filter, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reason\n          smartAccount {\n            ...DirectoryAccountFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Directory(\n    $first: Int!\n    $after: String\n    $filter: DirectoryFilter\n    $order: DirectoryOrder = RELEVANCE\n  ) {\n    directory(first: $first, after: $after, filter: $filter, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reason\n          smartAccount {\n            ...DirectoryAccountFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSmartAccounts($query: String!, $first: Int!, $after: String) {\n    searchSmartAccounts(query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          status\n          visibility\n          administrators\n          myRoles {\n            role\n            virtualAccountId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSmartAccounts($query: String!, $first: Int!, $after: String) {\n    searchSmartAccounts(query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          domainIdentifier\n          status\n          visibility\n          administrators\n          myRoles {\n            role\n            virtualAccountId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainApprovals($status: DomainStatus!, $first: Int!) {\n    domainApprovals(status: $status, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DomainReviewFields\n          smartAccount {\n            id\n            name\n            status\n            requester {\n              email\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainApprovals($status: DomainStatus!, $first: Int!) {\n    domainApprovals(status: $status, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DomainReviewFields\n          smartAccount {\n            id\n            name\n            status\n            requester {\n              email\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDomain($input: DomainRefInput!) {\n    approveDomain(input: $input) {\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveDomain($input: DomainRefInput!) {\n    approveDomain(input: $input) {\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectDomain($input: RejectDomainInput!) {\n    rejectDomain(input: $input) {\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectDomain($input: RejectDomainInput!) {\n    rejectDomain(input: $input) {\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NominationFields on Nomination {\n    id\n    kind\n    status\n    email\n    message\n    smartAccountId\n    smartAccount {\n      id\n      name\n      domainIdentifier\n      status\n    }\n    createdAt\n    decidedAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment NominationFields on Nomination {\n    id\n    kind\n    status\n    email\n    message\n    smartAccountId\n    smartAccount {\n      id\n      name\n      domainIdentifier\n      status\n    }\n    createdAt\n    decidedAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNominations($first: Int!) {\n    myNominations(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NominationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNominations($first: Int!) {\n    myNominations(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NominationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptNomination($input: DecideNominationInput!) {\n    acceptNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptNomination($input: DecideNominationInput!) {\n    acceptNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectNomination($input: DecideNominationInput!) {\n    rejectNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectNomination($input: DecideNominationInput!) {\n    rejectNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemOverview {\n    systemOverview {\n      accountsByStatus {\n        status\n        count\n      }\n      domainReviewsByAge {\n        label\n        fromDays\n        toDays\n        count\n      }\n      lapsingSoon {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemOverview {\n    systemOverview {\n      accountsByStatus {\n        status\n        count\n      }\n      domainReviewsByAge {\n        label\n        fromDays\n        toDays\n        count\n      }\n      lapsingSoon {\n        label\n        fromDays\n        toDays\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalRequest($token: String!) {\n    approvalRequest(token: $token) {\n      ...SmartAccountFields\n    }\n  }\n"): (typeof documents)["\n  query ApprovalRequest($token: String!) {\n    approvalRequest(token: $token) {\n      ...SmartAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingRequest($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n    }\n  }\n"): (typeof documents)["\n  query PendingRequest($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSmartAccount($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSmartAccount($input: ApproveSmartAccountInput!) {\n    approveSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DenySmartAccount($input: DenySmartAccountInput!) {\n    denySmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DenySmartAccount($input: DenySmartAccountInput!) {\n    denySmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardSmartAccount($input: ForwardSmartAccountInput!) {\n    forwardSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardSmartAccount($input: ForwardSmartAccountInput!) {\n    forwardSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvideCompanyAddress($input: ProvideCompanyAddressInput!) {\n    provideCompanyAddress(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvideCompanyAddress($input: ProvideCompanyAddressInput!) {\n    provideCompanyAddress(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRequestsByStatus {\n    customerRequestsByStatus {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query CustomerRequestsByStatus {\n    customerRequestsByStatus {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests($first: Int!, $order: RequestOrder = NEWEST_FIRST) {\n    myRequests(first: $first, order: $order) {\n      totalCount\n      edges {\n        node {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRequests($first: Int!, $order: RequestOrder = NEWEST_FIRST) {\n    myRequests(first: $first, order: $order) {\n      totalCount\n      edges {\n        node {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingApprovals($first: Int!) {\n    pendingApprovals(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingApprovals($first: Int!) {\n    pendingApprovals(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSmartAccount($input: SmartAccountRefInput!) {\n    cancelSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSmartAccount($input: SmartAccountRefInput!) {\n    cancelSmartAccount(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendApprovalEmail($input: SmartAccountRefInput!) {\n    resendApprovalEmail(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendApprovalEmail($input: SmartAccountRefInput!) {\n    resendApprovalEmail(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitDomain($input: ResubmitDomainInput!) {\n    resubmitDomain(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResubmitDomain($input: ResubmitDomainInput!) {\n    resubmitDomain(input: $input) {\n      smartAccount {\n        ...SmartAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyDomainChallenge($input: DomainRefInput!) {\n    verifyDomainChallenge(input: $input) {\n      verified\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyDomainChallenge($input: DomainRefInput!) {\n    verifyDomainChallenge(input: $input) {\n      verified\n      domain {\n        ...DomainReviewFields\n        smartAccount {\n          ...SmartAccountFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmartAccountDetail($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n      administrators\n      autoApproveUpTo\n      myRoles {\n        role\n        virtualAccountId\n      }\n      virtualAccounts {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n      history {\n        id\n        type\n        createdAt\n        actorEmail\n        detail\n        statusBefore\n        statusAfter\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmartAccountDetail($id: ID!) {\n    smartAccount(id: $id) {\n      ...SmartAccountFields\n      administrators\n      autoApproveUpTo\n      myRoles {\n        role\n        virtualAccountId\n      }\n      virtualAccounts {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n      history {\n        id\n        type\n        createdAt\n        actorEmail\n        detail\n        statusBefore\n        statusAfter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountUsers($smartAccountId: ID!) {\n    accountUsers(smartAccountId: $smartAccountId) {\n      email\n      name\n      registered\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountUsers($smartAccountId: ID!) {\n    accountUsers(smartAccountId: $smartAccountId) {\n      email\n      name\n      registered\n      roles {\n        role\n        virtualAccountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSmartAccount($input: UpdateSmartAccountInput!) {\n    updateSmartAccount(input: $input) {\n      smartAccount {\n        id\n        name\n        visibility\n        company {\n          ...CompanyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSmartAccount($input: UpdateSmartAccountInput!) {\n    updateSmartAccount(input: $input) {\n      smartAccount {\n        id\n        name\n        visibility\n        company {\n          ...CompanyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVirtualAccount($input: CreateVirtualAccountInput!) {\n    createVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVirtualAccount($input: CreateVirtualAccountInput!) {\n    createVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVirtualAccount($input: UpdateVirtualAccountInput!) {\n    updateVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVirtualAccount($input: UpdateVirtualAccountInput!) {\n    updateVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n        name\n        description\n        isDefault\n        parentId\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVirtualAccount($input: DeleteVirtualAccountInput!) {\n    deleteVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteVirtualAccount($input: DeleteVirtualAccountInput!) {\n    deleteVirtualAccount(input: $input) {\n      virtualAccount {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountUserRoles($input: SetAccountUserRolesInput!) {\n    setAccountUserRoles(input: $input) {\n      user {\n        email\n        name\n        registered\n        roles {\n          role\n          virtualAccountId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountUserRoles($input: SetAccountUserRolesInput!) {\n    setAccountUserRoles(input: $input) {\n      user {\n        email\n        name\n        registered\n        roles {\n          role\n          virtualAccountId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccessAutomation($input: SetAccessAutomationInput!) {\n    setAccessAutomation(input: $input) {\n      smartAccount {\n        id\n        autoApproveUpTo\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccessAutomation($input: SetAccessAutomationInput!) {\n    setAccessAutomation(input: $input) {\n      smartAccount {\n        id\n        autoApproveUpTo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountNominations($smartAccountId: ID!, $first: Int!, $after: String) {\n    accountNominations(smartAccountId: $smartAccountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          email\n          status\n          sentAt\n          expiresAt\n          decidedAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountNominations($smartAccountId: ID!, $first: Int!, $after: String) {\n    accountNominations(smartAccountId: $smartAccountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          email\n          status\n          sentAt\n          expiresAt\n          decidedAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendNomination($input: DecideNominationInput!) {\n    resendNomination(input: $input) {\n      nomination {\n        id\n        sentAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendNomination($input: DecideNominationInput!) {\n    resendNomination(input: $input) {\n      nomination {\n        id\n        sentAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SmartAccountChanged($id: ID!) {\n    accountChanged(id: $id) {\n      id\n      type\n    }\n  }\n"): (typeof documents)["\n  subscription SmartAccountChanged($id: ID!) {\n    accountChanged(id: $id) {\n      id\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountWebhookEndpoints($accountId: ID!) {\n    webhookEndpoints(accountId: $accountId) {\n      id\n      url\n      eventTypes\n      enabled\n      disabledReason\n      failingSince\n      createdAt\n      deliveries(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            nextAttemptAt\n            createdAt\n            deliveredAt\n            attemptLog {\n              attemptedAt\n              durationMs\n              statusCode\n              error\n              responseBody\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountWebhookEndpoints($accountId: ID!) {\n    webhookEndpoints(accountId: $accountId) {\n      id\n      url\n      eventTypes\n      enabled\n      disabledReason\n      failingSince\n      createdAt\n      deliveries(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            nextAttemptAt\n            createdAt\n            deliveredAt\n            attemptLog {\n              attemptedAt\n              durationMs\n              statusCode\n              error\n              responseBody\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccountWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccountWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccountWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n        disabledReason\n        failingSince\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccountWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n        disabledReason\n        failingSince\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateAccountWebhookSecret($input: WebhookEndpointIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateAccountWebhookSecret($input: WebhookEndpointIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccountWebhookEndpoint($input: WebhookEndpointIdInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAccountWebhookEndpoint($input: WebhookEndpointIdInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendAccountTestWebhook($input: WebhookEndpointIdInput!) {\n    sendTestWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendAccountTestWebhook($input: WebhookEndpointIdInput!) {\n    sendTestWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverAccountWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverAccountWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;