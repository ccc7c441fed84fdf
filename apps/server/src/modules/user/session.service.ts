import { LessThan, type EntityManager } from "typeorm";
import { HOUR, MINUTE, type Clock } from "../../common/clock";
import { hashSecret, newSecret } from "../../common/secrets";
import type { Db } from "../../db/data-source";
import { selectPairs } from "../../db/lean-read";
import { SessionEntity } from "./session.entity";
import { UserEntity } from "./user.entity";

export const SESSION_IDLE_MS = 30 * MINUTE;
export const SESSION_ABSOLUTE_MS = 12 * HOUR;
// Writing lastSeenAt on every request would turn every read into a write.
const TOUCH_AFTER_MS = MINUTE;

/**
 * Every column of a user but the password hash, which only sign-in reads: the signed-in user of
 * a request never carries it (nothing saves that object back).
 */
function userColumns(em: EntityManager): string[] {
  return em.connection
    .getMetadata(UserEntity)
    .columns.filter((c) => c.propertyName !== "passwordHash")
    .map((c) => `u.${c.propertyName}`);
}

/** A user without the password hash, with one of their sessions: one keyed statement. */
async function userWithSession(
  em: EntityManager,
  idHash: string,
): Promise<{ user: UserEntity; session: SessionEntity } | null> {
  const table = (entity: new () => object) =>
    em.connection.driver.escape(em.connection.getMetadata(entity).tableName);
  const [pair] = await selectPairs(
    em,
    { target: UserEntity, omit: ["passwordHash"] },
    { target: SessionEntity },
    `${table(UserEntity)} a INNER JOIN ${table(SessionEntity)} b ON b.userId = a.id`,
    "b.idHash = ?",
    [idHash],
  );
  return pair ? { user: pair[0], session: pair[1] } : null;
}

export type ClientInfo = { ip: string | null; userAgent: string | null };

export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async create(
    em: EntityManager,
    userId: string,
    client: ClientInfo,
  ): Promise<{ secret: string; expiresAt: Date }> {
    const now = this.clock.now();
    const secret = newSecret();
    const absoluteExpiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
    await em.insert(SessionEntity, {
      idHash: hashSecret(secret),
      userId,
      createdAt: now,
      lastSeenAt: now,
      absoluteExpiresAt,
      ip: client.ip?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 255) ?? null,
    });
    return { secret, expiresAt: absoluteExpiresAt };
  }

  /**
   * The user behind a session cookie, or null when the session is unknown, idle or too old: one
   * keyed read of the session joined to its user (the password hash is never loaded here).
   */
  async resolve(
    secret: string,
  ): Promise<{ user: UserEntity; idHash: string; createdAt: Date } | null> {
    const idHash = hashSecret(secret);
    return this.db.read(async (em) => {
      const pair = await userWithSession(em, idHash);
      if (!pair) return null;
      const { user: found, session } = pair;
      const now = this.clock.now().getTime();
      if (
        now >= session.absoluteExpiresAt.getTime() ||
        now - session.lastSeenAt.getTime() >= SESSION_IDLE_MS
      ) {
        await em.delete(SessionEntity, { idHash });
        return null;
      }
      if (now - session.lastSeenAt.getTime() >= TOUCH_AFTER_MS) {
        await em.update(SessionEntity, { idHash }, { lastSeenAt: new Date(now) });
      }
      return { user: found, idHash, createdAt: session.createdAt };
    });
  }

  /**
   * Of these sessions, those still valid (neither idle nor past their absolute lifetime), each
   * with its user as the user is now: an open subscription socket checks its session with this
   * on every tick. Unlike `resolve` it neither refreshes nor deletes a session: a socket left open
   * is not the person's activity, so an idle console's session still ends on time. One read per
   * 500 sessions.
   */
  async stillValid(idHashes: readonly string[]): Promise<Map<string, UserEntity>> {
    const valid = new Map<string, UserEntity>();
    if (idHashes.length === 0) return valid;
    const unique = [...new Set(idHashes)];
    return this.db.read(async (em) => {
      const now = this.clock.now().getTime();
      for (let i = 0; i < unique.length; i += 500) {
        const found = await em
          .createQueryBuilder(UserEntity, "u")
          .select(userColumns(em))
          .innerJoinAndMapMany("u.sessions", SessionEntity, "s", "s.userId = u.id")
          .where("s.idHash IN (:...idHashes)", { idHashes: unique.slice(i, i + 500) })
          .getMany();
        for (const row of found) {
          const { sessions } = row as UserEntity & { sessions?: SessionEntity[] };
          delete (row as UserEntity & { sessions?: SessionEntity[] }).sessions;
          for (const session of sessions ?? []) {
            if (
              now < session.absoluteExpiresAt.getTime() &&
              now - session.lastSeenAt.getTime() < SESSION_IDLE_MS
            ) {
              valid.set(session.idHash, row);
            }
          }
        }
      }
      return valid;
    });
  }

  async destroy(em: EntityManager, idHash: string): Promise<boolean> {
    const result = await em.delete(SessionEntity, { idHash });
    return (result.affected ?? 0) > 0;
  }

  async destroyAllOf(em: EntityManager, userId: string): Promise<void> {
    await em.delete(SessionEntity, { userId });
  }

  /** Housekeeping: sessions past their absolute lifetime. */
  async purgeExpired(): Promise<void> {
    await this.db.transaction((em) =>
      em.delete(SessionEntity, { absoluteExpiresAt: LessThan(this.clock.now()) }),
    );
  }
}
