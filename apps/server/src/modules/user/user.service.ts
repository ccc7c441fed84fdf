import { IsNull, type EntityManager } from "typeorm";
import { RoleAssignmentEntity } from "../role/role-assignment.entity";
import { DAY, HOUR, MINUTE, type Clock } from "../../common/clock";
import { normaliseEmail } from "../../common/email-address";
import { hashSecret, newId, newSecret } from "../../common/secrets";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import type { MailService } from "../mail/mail.service";
import { userEmails } from "../mail/templates";
import { ActionTokenEntity, type ActionTokenPurpose } from "./action-token.entity";
import { hashPassword, verifyPassword } from "./password";
import type { RateLimiter, RateLimitRule } from "./rate-limiter";
import type { ClientInfo, SessionService } from "./session.service";
import { EmailTakenError, InvalidCredentialsError, InvalidLinkError } from "./user.errors";
import { UserEntity, type OrganisationType } from "./user.entity";

const SIGN_IN_BY_EMAIL: RateLimitRule = { bucket: "sign-in:email", max: 5, windowMs: 15 * MINUTE };
const SIGN_IN_BY_IP: RateLimitRule = { bucket: "sign-in:ip", max: 5, windowMs: 15 * MINUTE };
const EMAIL_LINKS_BY_EMAIL: RateLimitRule = { bucket: "email-link:email", max: 3, windowMs: HOUR };
const EMAIL_LINKS_BY_IP: RateLimitRule = { bucket: "email-link:ip", max: 20, windowMs: HOUR };

const LINK_LIFETIME: Record<Exclude<ActionTokenPurpose, "APPROVE_ACCOUNT">, number> = {
  VERIFY_EMAIL: 2 * DAY,
  RESET_PASSWORD: HOUR,
};

export type SignUpData = {
  email: string;
  name: string;
  company: string;
  organisationType: OrganisationType;
  password: string;
};

export class UserService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
  ) {}

  async signUp(data: SignUpData): Promise<UserEntity> {
    const email = normaliseEmail(data.email);
    const passwordHash = await hashPassword(data.password);
    try {
      return await this.db.transaction(async (em) => {
        if (await em.existsBy(UserEntity, { email })) throw new EmailTakenError();
        const now = this.clock.now();
        const user = em.create(UserEntity, {
          id: newId(),
          email,
          name: data.name.trim(),
          company: data.company.trim(),
          organisationType: data.organisationType,
          isStaff: false,
          passwordHash,
          emailVerifiedAt: null,
          createdAt: now,
          updatedAt: now,
        });
        await em.insert(UserEntity, user);
        await this.sendVerification(em, user);
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailTakenError();
      throw error;
    }
  }

  /** Creates operator staff; only the command-line tool calls this, never the API. */
  async createStaff(data: Omit<SignUpData, "organisationType">): Promise<UserEntity> {
    const email = normaliseEmail(data.email);
    const passwordHash = await hashPassword(data.password);
    return this.db.transaction(async (em) => {
      const existing = await em.findOneBy(UserEntity, { email });
      const now = this.clock.now();
      if (existing) {
        await em.update(UserEntity, { id: existing.id }, { isStaff: true, updatedAt: now });
        return { ...existing, isStaff: true };
      }
      const user = em.create(UserEntity, {
        id: newId(),
        email,
        name: data.name.trim(),
        company: data.company.trim(),
        organisationType: "CUSTOMER",
        isStaff: true,
        passwordHash,
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(UserEntity, user);
      return user;
    });
  }

  async verifyEmail(token: string): Promise<UserEntity> {
    return this.db.transaction(async (em) => {
      const user = await this.spendLink(em, "VERIFY_EMAIL", token);
      if (!user.emailVerifiedAt) await this.markVerified(em, user);
      return user;
    });
  }

  async resendVerification(rawEmail: string, client: ClientInfo): Promise<void> {
    const email = normaliseEmail(rawEmail);
    await this.db.transaction(async (em) => {
      await this.limitEmailLinks(em, email, client);
      const user = await em.findOneBy(UserEntity, { email });
      if (user && !user.emailVerifiedAt) await this.sendVerification(em, user);
    });
  }

  async signIn(
    rawEmail: string,
    password: string,
    client: ClientInfo,
    replacingSession: string | null,
  ): Promise<{ user: UserEntity; session: { secret: string; expiresAt: Date } }> {
    const email = normaliseEmail(rawEmail);
    const ip = client.ip ?? "unknown";
    const user = await this.db.transaction(async (em) => {
      await this.limiter.assertUnder(em, SIGN_IN_BY_EMAIL, email);
      await this.limiter.assertUnder(em, SIGN_IN_BY_IP, ip);
      return em.findOneBy(UserEntity, { email });
    });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.db.transaction(async (em) => {
        await this.limiter.record(em, SIGN_IN_BY_EMAIL, email);
        await this.limiter.record(em, SIGN_IN_BY_IP, ip);
      });
      throw new InvalidCredentialsError();
    }
    const session = await this.db.transaction(async (em) => {
      // A new session id on every sign-in: a cookie planted before sign-in is worthless after it.
      if (replacingSession) await this.sessions.destroy(em, replacingSession);
      return this.sessions.create(em, user.id, client);
    });
    return { user, session };
  }

  async signOut(sessionIdHash: string | null): Promise<boolean> {
    if (!sessionIdHash) return false;
    return this.db.transaction((em) => this.sessions.destroy(em, sessionIdHash));
  }

  async requestPasswordReset(rawEmail: string, client: ClientInfo): Promise<void> {
    const email = normaliseEmail(rawEmail);
    await this.db.transaction(async (em) => {
      await this.limitEmailLinks(em, email, client);
      const user = await em.findOneBy(UserEntity, { email });
      if (!user) return;
      const secret = await this.issueLink(em, user.id, "RESET_PASSWORD");
      await this.mail.enqueue(
        em,
        user.email,
        userEmails.passwordReset(user.name, this.mail.link(`/reset-password?token=${secret}`)),
      );
    });
  }

  async resetPassword(token: string, password: string): Promise<UserEntity> {
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (em) => {
      const user = await this.spendLink(em, "RESET_PASSWORD", token);
      const now = this.clock.now();
      // The reset link reached this inbox, which proves the address as well as a verify link would.
      if (!user.emailVerifiedAt) await this.markVerified(em, user);
      const emailVerifiedAt = user.emailVerifiedAt;
      await em.update(UserEntity, { id: user.id }, { passwordHash, updatedAt: now });
      await this.sessions.destroyAllOf(em, user.id);
      await this.mail.enqueue(
        em,
        user.email,
        userEmails.passwordChanged(user.name, this.mail.link("/sign-in")),
      );
      return { ...user, passwordHash, emailVerifiedAt, updatedAt: now };
    });
  }

  private async markVerified(em: EntityManager, user: UserEntity): Promise<void> {
    user.emailVerifiedAt = this.clock.now();
    user.updatedAt = user.emailVerifiedAt;
    await em.update(
      UserEntity,
      { id: user.id },
      { emailVerifiedAt: user.emailVerifiedAt, updatedAt: user.updatedAt },
    );
    // Roles given to this email before it had a user are claimed now that it is proven.
    await em.update(
      RoleAssignmentEntity,
      { email: user.email, userId: IsNull() },
      { userId: user.id },
    );
  }

  private async limitEmailLinks(em: EntityManager, email: string, client: ClientInfo) {
    const ip = client.ip ?? "unknown";
    await this.limiter.assertUnder(em, EMAIL_LINKS_BY_EMAIL, email);
    await this.limiter.assertUnder(em, EMAIL_LINKS_BY_IP, ip);
    await this.limiter.record(em, EMAIL_LINKS_BY_EMAIL, email);
    await this.limiter.record(em, EMAIL_LINKS_BY_IP, ip);
  }

  private async sendVerification(em: EntityManager, user: UserEntity): Promise<void> {
    const secret = await this.issueLink(em, user.id, "VERIFY_EMAIL");
    await this.mail.enqueue(
      em,
      user.email,
      userEmails.verifyEmail(user.name, this.mail.link(`/verify-email?token=${secret}`)),
    );
  }

  private async issueLink(
    em: EntityManager,
    userId: string,
    purpose: "VERIFY_EMAIL" | "RESET_PASSWORD",
  ): Promise<string> {
    const secret = newSecret();
    const now = this.clock.now();
    await em.insert(ActionTokenEntity, {
      id: newId(),
      tokenHash: hashSecret(secret),
      purpose,
      userId,
      subjectId: null,
      email: null,
      expiresAt: new Date(now.getTime() + LINK_LIFETIME[purpose]),
      usedAt: null,
      createdAt: now,
    });
    return secret;
  }

  /** Marks a link used exactly once, even when two requests race with the same link. */
  private async spendLink(
    em: EntityManager,
    purpose: ActionTokenPurpose,
    secret: string,
  ): Promise<UserEntity> {
    const now = this.clock.now();
    const token = await em.findOneBy(ActionTokenEntity, { tokenHash: hashSecret(secret), purpose });
    if (!token?.userId || token.usedAt || token.expiresAt <= now) throw new InvalidLinkError();
    const spent = await em
      .createQueryBuilder()
      .update(ActionTokenEntity)
      .set({ usedAt: now })
      .where("id = :id AND usedAt IS NULL", { id: token.id })
      .execute();
    if (spent.affected !== 1) throw new InvalidLinkError();
    const user = await em.findOneBy(UserEntity, { id: token.userId });
    if (!user) throw new InvalidLinkError();
    return user;
  }
}
