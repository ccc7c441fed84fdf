import { IsNull, MoreThan, type EntityManager } from "typeorm";
import { DAY, HOUR, type Clock } from "../../common/clock";
import { TooManyAttemptsError } from "../../common/errors";
import { normaliseEmail } from "../../common/email-address";
import { hashSecret, newId, newSecret } from "../../common/secrets";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import type { ApiTokenService } from "../api-token/api-token.service";
import type { MailService } from "../mail/mail.service";
import { userEmails } from "./user-emails";
import { ActionTokenEntity, type ActionTokenPurpose } from "./action-token.entity";
import { hashPassword, verifyPassword } from "./password";
import type { DeviceCookies } from "./device-cookie";
import { limitSubject, type RateLimitCheck, type RateLimiter } from "../../common/rate-limiter";
import type { ClientInfo, SessionService } from "./session.service";
import { InvalidCredentialsError, InvalidLinkError } from "./user.errors";
import { UserEntity, type OrganisationType } from "./user.entity";
import {
  ACCOUNT_EMAILS_PER_ADDRESS,
  ACCOUNT_EMAILS_PER_RECIPIENT,
  accountKey,
  addressKey,
  SIGN_IN_ACCOUNT_BUCKETS,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ACCOUNT_AND_ADDRESS,
  SIGN_IN_PER_ADDRESS,
  SIGN_IN_PER_DEVICE,
  SIGN_UP_PER_ADDRESS,
} from "./user.limits";

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

/**
 * Told, inside the transaction that proves a user's email, that it is proven: what was given to
 * that email before (roles, access requests) counts for the user from then on. The composition
 * root passes the directory's membership writer, which this layer may not import.
 */
export type EmailProven = (em: EntityManager, userId: string) => Promise<void>;

export class UserService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly apiTokens: ApiTokenService,
    private readonly devices: DeviceCookies,
    private readonly emailProven: EmailProven,
  ) {}

  /**
   * Registers a new address, or tells the owner of a taken one that someone tried: the caller gets
   * the same answer and the server does the same work (the password is hashed) either way, so
   * registration does not reveal who is registered.
   */
  async signUp(data: SignUpData, client: ClientInfo): Promise<{ email: string }> {
    const email = normaliseEmail(data.email);
    await this.limiter.take([{ rule: SIGN_UP_PER_ADDRESS, subject: addressKey(client.ip) }]);
    const mayEmail = await this.mayEmail(email);
    const passwordHash = await hashPassword(data.password);
    try {
      await this.db.transaction(async (em) => {
        const existing = await em.findOneBy(UserEntity, { email });
        if (existing) {
          if (mayEmail) await this.sendRegistrationAttempted(em, existing);
          return;
        }
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
        // A new user's first verification link always goes: it can happen once per address.
        await this.sendVerification(em, user);
      });
    } catch (error) {
      // Two registrations of one new address at once: the other one made the account.
      if (!isUniqueViolation(error)) throw error;
    }
    return { email };
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
      await this.emailProven(em, user.id);
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
    await this.limiter.take([{ rule: ACCOUNT_EMAILS_PER_ADDRESS, subject: addressKey(client.ip) }]);
    if (!(await this.mayEmail(email))) return;
    await this.db.transaction(async (em) => {
      const user = await em.findOneBy(UserEntity, { email });
      if (user && !user.emailVerifiedAt) await this.sendVerification(em, user);
    });
  }

  /**
   * Every attempt is counted before the password is checked; a browser with a device cookie for
   * this email counts against its own limit only, so strangers failing cannot lock the owner out.
   */
  async signIn(
    rawEmail: string,
    password: string,
    client: ClientInfo,
    replacingSession: string | null,
    deviceCookie: string | null,
  ): Promise<{
    user: UserEntity;
    session: { secret: string; expiresAt: Date };
    deviceCookie: string;
  }> {
    const email = normaliseEmail(rawEmail);
    const account = accountKey(email);
    const address = addressKey(client.ip);
    const device = await this.devices.recognise(deviceCookie, email);
    const checks: RateLimitCheck[] = device
      ? [{ rule: SIGN_IN_PER_DEVICE, subject: limitSubject(account, "device", device) }]
      : [
          { rule: SIGN_IN_PER_ACCOUNT_AND_ADDRESS, subject: limitSubject(account, address) },
          ...SIGN_IN_PER_ACCOUNT.map((rule) => ({ rule, subject: account })),
          ...SIGN_IN_PER_ADDRESS.map((rule) => ({ rule, subject: address })),
        ];
    const attempt = await this.limiter.take(checks);
    const user = await this.db.read((em) => em.findOneBy(UserEntity, { email }));
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) throw new InvalidCredentialsError();
    // Only failures add up: the owner's success is un-counted, and their typos from here forgiven.
    await attempt.refund();
    await this.limiter.clear(
      [SIGN_IN_PER_ACCOUNT_AND_ADDRESS.bucket],
      limitSubject(account, address),
    );
    const session = await this.db.transaction(async (em) => {
      // A new session id on every sign-in: a cookie planted before sign-in is worthless after it.
      if (replacingSession) await this.sessions.destroy(em, replacingSession);
      return this.sessions.create(em, user.id, client);
    });
    return { user, session, deviceCookie: await this.devices.issue(deviceCookie, email) };
  }

  /**
   * Marks that a request of the user wrote just now (see UserEntity.lastWriteAt), once its
   * writes committed and before its answer is sent.
   */
  async recordWrite(userId: string): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction((em) => em.update(UserEntity, { id: userId }, { lastWriteAt: now }));
  }

  async signOut(sessionIdHash: string | null): Promise<boolean> {
    if (!sessionIdHash) return false;
    return this.db.transaction((em) => this.sessions.destroy(em, sessionIdHash));
  }

  async requestPasswordReset(rawEmail: string, client: ClientInfo): Promise<void> {
    const email = normaliseEmail(rawEmail);
    await this.limiter.take([{ rule: ACCOUNT_EMAILS_PER_ADDRESS, subject: addressKey(client.ip) }]);
    // Past the recipient's limit nothing more is sent, and the newest link sent still works.
    if (!(await this.mayEmail(email))) return;
    await this.db.transaction(async (em) => {
      const user = await em.findOneBy(UserEntity, { email });
      if (!user) return;
      const secret = await this.issueLink(em, user.id, "RESET_PASSWORD");
      await this.mail.enqueue(
        em,
        user.email,
        userEmails.passwordReset(this.mail.link(`/reset-password?token=${secret}`)),
      );
    });
  }

  /**
   * Sets the new password, ends every session, revokes every API token, and clears the email's
   * sign-in counters: whoever was guessing, the owner starts afresh.
   */
  async resetPassword(token: string, password: string): Promise<UserEntity> {
    const passwordHash = await hashPassword(password);
    const user = await this.db.transaction(async (em) => {
      const user = await this.spendLink(em, "RESET_PASSWORD", token);
      const now = this.clock.now();
      // The reset link reached this inbox, which proves the address as well as a verify link would.
      if (!user.emailVerifiedAt) await this.markVerified(em, user);
      const emailVerifiedAt = user.emailVerifiedAt;
      await em.update(UserEntity, { id: user.id }, { passwordHash, updatedAt: now });
      await this.expireLinks(em, user.id, "RESET_PASSWORD");
      await this.sessions.destroyAllOf(em, user.id);
      const revoked = await this.apiTokens.revokeAllOf(em, user.id, "PASSWORD_RESET");
      await this.mail.enqueue(
        em,
        user.email,
        userEmails.passwordChanged(this.mail.link("/sign-in"), revoked),
      );
      return { ...user, passwordHash, emailVerifiedAt, updatedAt: now };
    });
    await this.limiter.clear(SIGN_IN_ACCOUNT_BUCKETS, accountKey(user.email));
    return user;
  }

  private async markVerified(em: EntityManager, user: UserEntity): Promise<void> {
    user.emailVerifiedAt = this.clock.now();
    user.updatedAt = user.emailVerifiedAt;
    await em.update(
      UserEntity,
      { id: user.id },
      { emailVerifiedAt: user.emailVerifiedAt, updatedAt: user.updatedAt },
    );
    await this.emailProven(em, user.id);
  }

  /** Whether one more account email may go to this address now; counted whether or not it has a user. */
  private async mayEmail(email: string): Promise<boolean> {
    try {
      await this.limiter.take([{ rule: ACCOUNT_EMAILS_PER_RECIPIENT, subject: accountKey(email) }]);
      return true;
    } catch (error) {
      if (error instanceof TooManyAttemptsError) return false;
      throw error;
    }
  }

  private async sendRegistrationAttempted(em: EntityManager, user: UserEntity): Promise<void> {
    // A never-verified account may have been registered by someone else: the owner takes it over.
    const reset = user.emailVerifiedAt
      ? null
      : this.mail.link(
          `/reset-password?token=${await this.issueLink(em, user.id, "RESET_PASSWORD")}`,
        );
    await this.mail.enqueue(
      em,
      user.email,
      userEmails.registrationAttempted(this.mail.link("/sign-in"), reset),
    );
  }

  private async sendVerification(em: EntityManager, user: UserEntity): Promise<void> {
    const secret = await this.issueLink(em, user.id, "VERIFY_EMAIL");
    await this.mail.enqueue(
      em,
      user.email,
      userEmails.verifyEmail(this.mail.link(`/verify-email?token=${secret}`)),
    );
  }

  private async issueLink(
    em: EntityManager,
    userId: string,
    purpose: "VERIFY_EMAIL" | "RESET_PASSWORD",
  ): Promise<string> {
    const secret = newSecret();
    const now = this.clock.now();
    // Only the newest reset link works: an older one in the inbox is one more way in.
    if (purpose === "RESET_PASSWORD") await this.expireLinks(em, userId, purpose);
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

  private async expireLinks(
    em: EntityManager,
    userId: string,
    purpose: "VERIFY_EMAIL" | "RESET_PASSWORD",
  ): Promise<void> {
    const now = this.clock.now();
    await em.update(
      ActionTokenEntity,
      { userId, purpose, usedAt: IsNull(), expiresAt: MoreThan(now) },
      { expiresAt: now },
    );
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
