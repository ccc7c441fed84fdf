import { IsNull, type EntityManager } from "typeorm";
import { hashSecret, newId, newSecret } from "../../common/secrets";
import { ActionTokenEntity, type ActionTokenPurpose } from "./action-token.entity";

/**
 * The user module's emailed-link secrets, for the modules that send links of their own (an
 * approver's link into the Pending Request page): the only writer of the action_tokens table
 * outside the user service. Only a secret's hash is kept.
 */
export const actionTokens = {
  /** A new single-use secret about a subject (an account) for one email address. */
  async issueForEmail(
    em: EntityManager,
    data: {
      purpose: ActionTokenPurpose;
      subjectId: string;
      email: string;
      expiresAt: Date;
      now: Date;
    },
  ): Promise<string> {
    const secret = newSecret();
    await em.insert(ActionTokenEntity, {
      id: newId(),
      tokenHash: hashSecret(secret),
      purpose: data.purpose,
      userId: null,
      subjectId: data.subjectId,
      email: data.email,
      expiresAt: data.expiresAt,
      usedAt: null,
      createdAt: data.now,
    });
    return secret;
  },

  /** Spends a subject's unspent secrets of a purpose: all of them, or those sent to one email. */
  async spendForSubject(
    em: EntityManager,
    data: { purpose: ActionTokenPurpose; subjectId: string; email?: string; now: Date },
  ): Promise<void> {
    await em.update(
      ActionTokenEntity,
      {
        subjectId: data.subjectId,
        purpose: data.purpose,
        usedAt: IsNull(),
        ...(data.email ? { email: data.email } : {}),
      },
      { usedAt: data.now },
    );
  },

  find(em: EntityManager, purpose: ActionTokenPurpose, secret: string) {
    return em.findOneBy(ActionTokenEntity, { tokenHash: hashSecret(secret), purpose });
  },
};
