import { graphql } from "@sam/graphql-types";

export const webhookEndpointsQuery = graphql(`
  query AccountWebhookEndpoints($accountId: ID!) {
    webhookEndpoints(accountId: $accountId) {
      id
      url
      eventTypes
      enabled
      disabledReason
      failingSince
      createdAt
      deliveries(first: 10) {
        totalCount
        edges {
          node {
            id
            eventType
            status
            attempts
            nextAttemptAt
            createdAt
            deliveredAt
            attemptLog {
              attemptedAt
              durationMs
              statusCode
              error
              responseBody
            }
          }
        }
      }
    }
  }
`);

export const createWebhookEndpointMutation = graphql(`
  mutation CreateAccountWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
      }
    }
  }
`);

export const updateWebhookEndpointMutation = graphql(`
  mutation UpdateAccountWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        id
        enabled
        disabledReason
        failingSince
      }
    }
  }
`);

export const rotateWebhookSecretMutation = graphql(`
  mutation RotateAccountWebhookSecret($input: WebhookEndpointIdInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      endpoint {
        id
      }
    }
  }
`);

export const deleteWebhookEndpointMutation = graphql(`
  mutation DeleteAccountWebhookEndpoint($input: WebhookEndpointIdInput!) {
    deleteWebhookEndpoint(input: $input) {
      id
    }
  }
`);

export const sendTestWebhookMutation = graphql(`
  mutation SendAccountTestWebhook($input: WebhookEndpointIdInput!) {
    sendTestWebhook(input: $input) {
      delivery {
        id
        status
      }
    }
  }
`);

export const redeliverWebhookMutation = graphql(`
  mutation RedeliverAccountWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery {
        id
        status
      }
    }
  }
`);
