import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../../common/pagination";

export const ApiTokenScopeEnum = { READ_ONLY: "READ_ONLY", FULL: "FULL" } as const;

registerEnumType(ApiTokenScopeEnum, {
  name: "ApiTokenScope",
  description: "What an API token may do.",
  valuesConfig: {
    READ_ONLY: { description: "Queries only." },
    FULL: { description: "Queries and mutations." },
  },
});

export const ApiTokenRevokedReasonEnum = {
  REVOKED_BY_USER: "REVOKED_BY_USER",
  PASSWORD_RESET: "PASSWORD_RESET",
} as const;

registerEnumType(ApiTokenRevokedReasonEnum, {
  name: "ApiTokenRevokedReason",
  description: "Why an API token was revoked.",
  valuesConfig: {
    REVOKED_BY_USER: { description: "Its owner revoked it." },
    PASSWORD_RESET: {
      description: "Its owner's password was reset, which revokes every token of the user.",
    },
  },
});

@ObjectType("ApiToken", {
  description:
    "A token for integrators, sent as `Authorization: Bearer <token>`. Only a hash of the secret is stored.",
})
export class ApiTokenType {
  @Field(() => ID, { description: "The token's id." })
  id: string;

  @Field({ description: "The name its owner gave the token." })
  name: string;

  @Field(() => ApiTokenScopeEnum, { description: "What the token may do." })
  scope: keyof typeof ApiTokenScopeEnum;

  @Field({ description: "The first characters of the secret, to recognise it by." })
  prefix: string;

  @Field({ description: "When the token was created." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When the token stops working, if ever." })
  expiresAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the token was last used to call the API.",
  })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the token was revoked, if it was." })
  revokedAt: Date | null;

  @Field(() => ApiTokenRevokedReasonEnum, {
    nullable: true,
    description: "Why the token was revoked, if it was.",
  })
  revokedReason: keyof typeof ApiTokenRevokedReasonEnum | null;
}

export const { ConnectionType: ApiTokenConnection } = connectionTypes(
  ApiTokenType,
  "ApiToken",
  "An API token",
  "API tokens",
);

@ObjectType({ description: "The token just created, with its secret." })
export class CreateApiTokenPayload {
  @Field(() => ApiTokenType, { description: "The token." })
  apiToken: ApiTokenType;

  @Field({ description: "The secret, shown this once and never again." })
  secret: string;
}

@ObjectType({ description: "The revoked token." })
export class RevokeApiTokenPayload {
  @Field(() => ApiTokenType, { description: "The token, now revoked." })
  apiToken: ApiTokenType;
}
