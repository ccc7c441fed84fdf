import { DirectoryMembershipEntity } from "../modules/directory/directory-membership.entity";
import { AccessRequestEntity } from "../modules/access-request/access-request.entity";
import { DomainReviewEntity } from "../modules/domain/domain-review.entity";
import { NominationEntity } from "../modules/nomination/nomination.entity";
import { RoleAssignmentEntity } from "../modules/role/role-assignment.entity";
import { AccountEventEntity } from "../modules/smart-account/account-event.entity";
import { SequenceCounterEntity } from "../modules/smart-account/sequence-counter.entity";
import { ApproverEntity } from "../modules/smart-account/approver.entity";
import { SmartAccountEntity } from "../modules/smart-account/smart-account.entity";
import { VirtualAccountEntity } from "../modules/virtual-account/virtual-account.entity";
import { ApiTokenEntity } from "../modules/api-token/api-token.entity";
import { OutboxEmailEntity } from "../modules/mail/outbox-email.entity";
import { ActionTokenEntity } from "../modules/user/action-token.entity";
import { RateLimitHitEntity } from "../common/rate-limit-hit.entity";
import { ServerSecretEntity } from "../modules/user/server-secret.entity";
import { SessionEntity } from "../modules/user/session.entity";
import { UserEntity } from "../modules/user/user.entity";
import { WebhookAttemptEntity } from "../modules/webhook/webhook-attempt.entity";
import { WebhookDeliveryEntity } from "../modules/webhook/webhook-delivery.entity";
import { WebhookEndpointEntity } from "../modules/webhook/webhook-endpoint.entity";
import { BulkRequestJobEntity } from "../modules/lifecycle/bulk-request-job.entity";
import { BulkRequestRowEntity } from "../modules/lifecycle/bulk-request-row.entity";
import { IdempotencyKeyEntity } from "../modules/idempotency/idempotency-key.entity";

export const entities = [
  UserEntity,
  SessionEntity,
  ActionTokenEntity,
  RateLimitHitEntity,
  ServerSecretEntity,
  ApiTokenEntity,
  OutboxEmailEntity,
  SmartAccountEntity,
  ApproverEntity,
  AccountEventEntity,
  SequenceCounterEntity,
  DomainReviewEntity,
  NominationEntity,
  VirtualAccountEntity,
  RoleAssignmentEntity,
  AccessRequestEntity,
  IdempotencyKeyEntity,
  DirectoryMembershipEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  BulkRequestJobEntity,
  BulkRequestRowEntity,
];
