import { graphql } from "@sam/graphql-types";

export const bulkRequestPreviewQuery = graphql(`
  query BulkRequestPreview($input: BulkRequestInput!) {
    bulkRequestPreview(input: $input) {
      readyCount
      meetsExistingCount
      alreadyRequestedCount
      errorCount
      rows {
        rowNumber
        name
        identifier
        customerEmails
        state
        repeatsRow
        errors {
          field
          message
        }
        existingAccounts {
          id
          name
          domainIdentifier
          status
        }
      }
    }
  }
`);

export const requestSmartAccountsInBulkMutation = graphql(`
  mutation RequestSmartAccountsInBulk($input: BulkRequestInput!) {
    requestSmartAccountsInBulk(input: $input) {
      job {
        id
        status
      }
    }
  }
`);

export const bulkRequestJobQuery = graphql(`
  query BulkRequestJob($id: ID!) {
    bulkRequestJob(id: $id) {
      id
      status
      totalRows
      processedRows
      createdCount
      alreadyRequestedCount
      failedCount
      waitingReason
      createdAt
      finishedAt
      rows {
        rowNumber
        name
        domainIdentifier
        customerEmails
        state
        errorCode
        field
        message
        smartAccountId
      }
    }
  }
`);
