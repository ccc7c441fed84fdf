import { In, IsNull, type EntityManager } from "typeorm";
import { type Clock, MINUTE } from "../../common/clock";
import { InvalidInputError, NotFoundError, StateConflictError } from "../../common/errors";
import {
  checkPageSize,
  type Connection,
  decodeCursor,
  keysetPage,
  type KeysetKey,
} from "../../common/pagination";
import { hashSecret, newId, newSecret } from "../../common/secrets";
import type { Db } from "../../db/data-source";
import { selectPairs } from "../../db/lean-read";
import { UserEntity } from "../user/user.entity";
import { ApiTokenEntity, type ApiTokenRevokedReason, type ApiTokenScope } from "./api-token.entity";

const TOKEN_PREFIX = "sam_";
const TOUCH_AFTER_MS = MINUTE;
const NEWEST_FIRST: ReadonlyArray<KeysetKey<ApiTokenEntity>> = [
  { column: "t.createdAt", order: "DESC", date: true, of: (t) => t.createdAt },
  { column: "t.id", order: "DESC", of: (t) => t.id },
];

export class ApiTokenService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async create(
    userId: string,
    data: { name: string; scope: ApiTokenScope; expiresAt?: Date | null },
  ): Promise<{ token: ApiTokenEntity; secret: string }> {
    const now = this.clock.now();
    if (data.expiresAt && data.expiresAt <= now) {
      throw new InvalidInputError("expiresAt", "The expiry must be in the future.");
    }
    const secret = newSecret(TOKEN_PREFIX);
    const token: ApiTokenEntity = {
      id: newId(),
      userId,
      name: data.name.trim(),
      scope: data.scope,
      tokenHash: hashSecret(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      createdAt: now,
      expiresAt: data.expiresAt ?? null,
      lastUsedAt: null,
      revokedAt: null,
      revokedReason: null,
    };
    await this.db.transaction((em) => em.insert(ApiTokenEntity, token));
    return { token, secret };
  }

  /** The user's tokens, newest first, paged by (createdAt, id). */
  list(userId: string, first: number, after: string | null): Promise<Connection<ApiTokenEntity>> {
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, NEWEST_FIRST.length) : null;
    return this.db.read((em) =>
      keysetPage(
        em.createQueryBuilder(ApiTokenEntity, "t").where("t.userId = :userId", { userId }),
        NEWEST_FIRST,
        cursor,
        first,
        () => em.count(ApiTokenEntity, { where: { userId } }),
      ),
    );
  }

  async revoke(userId: string, id: string): Promise<ApiTokenEntity> {
    return this.db.transaction(async (em) => {
      const token = await em.findOneBy(ApiTokenEntity, { id, userId });
      if (!token) throw new NotFoundError("No such API token.");
      if (token.revokedAt) throw new StateConflictError("This API token is already revoked.");
      token.revokedAt = this.clock.now();
      token.revokedReason = "REVOKED_BY_USER";
      const result = await em
        .createQueryBuilder()
        .update(ApiTokenEntity)
        .set({ revokedAt: token.revokedAt, revokedReason: token.revokedReason })
        .where("id = :id AND revokedAt IS NULL", { id })
        .execute();
      if (result.affected !== 1) throw new StateConflictError("This API token is already revoked.");
      return token;
    });
  }

  /** Revokes every live token of a user, in the caller's transaction; returns how many. */
  async revokeAllOf(
    em: EntityManager,
    userId: string,
    reason: ApiTokenRevokedReason,
  ): Promise<number> {
    const result = await em.update(
      ApiTokenEntity,
      { userId, revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedReason: reason },
    );
    return result.affected ?? 0;
  }

  /** The user and scope behind a bearer secret, or null when it is unknown, revoked or expired. */
  async authenticate(secret: string): Promise<{ user: UserEntity; token: ApiTokenEntity } | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    return this.db.read(async (em) => {
      // The token and its user (never the password hash) in one keyed statement.
      const table = (entity: new () => object) =>
        em.connection.driver.escape(em.connection.getMetadata(entity).tableName);
      const [pair] = await selectPairs(
        em,
        { target: ApiTokenEntity },
        { target: UserEntity, omit: ["passwordHash"] },
        `${table(ApiTokenEntity)} a INNER JOIN ${table(UserEntity)} b ON b.id = a.userId`,
        "a.tokenHash = ?",
        [hashSecret(secret)],
      );
      const now = this.clock.now();
      if (!pair) return null;
      const [token, user] = pair;
      if (token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
      if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_AFTER_MS) {
        await em.update(ApiTokenEntity, { id: token.id }, { lastUsedAt: now });
      }
      return { user, token };
    });
  }

  /**
   * Of these tokens, those still valid (neither revoked nor expired), each with its user as the
   * user is now: an open subscription socket checks its token with this on every tick. Two reads
   * whatever the number of tokens (in chunks of 500); nothing is written.
   */
  async stillValid(ids: readonly string[]): Promise<Map<string, UserEntity>> {
    const valid = new Map<string, UserEntity>();
    if (ids.length === 0) return valid;
    const unique = [...new Set(ids)];
    return this.db.read(async (em) => {
      const now = this.clock.now();
      for (let i = 0; i < unique.length; i += 500) {
        const tokens = (
          await em.find(ApiTokenEntity, {
            where: { id: In(unique.slice(i, i + 500)), revokedAt: IsNull() },
          })
        ).filter((t) => !t.expiresAt || t.expiresAt > now);
        if (tokens.length === 0) continue;
        const users = new Map(
          (await em.findBy(UserEntity, { id: In([...new Set(tokens.map((t) => t.userId))]) })).map(
            (u) => [u.id, u],
          ),
        );
        for (const token of tokens) {
          const user = users.get(token.userId);
          if (user) valid.set(token.id, user);
        }
      }
      return valid;
    });
  }
}
