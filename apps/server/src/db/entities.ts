import { ApiTokenEntity } from "../modules/api-token/api-token.entity";
import { OutboxEmailEntity } from "../modules/mail/outbox-email.entity";
import { ActionTokenEntity } from "../modules/user/action-token.entity";
import { RateLimitHitEntity } from "../modules/user/rate-limit-hit.entity";
import { SessionEntity } from "../modules/user/session.entity";
import { UserEntity } from "../modules/user/user.entity";

export const entities = [
  UserEntity,
  SessionEntity,
  ActionTokenEntity,
  RateLimitHitEntity,
  ApiTokenEntity,
  OutboxEmailEntity,
];
