import { randomBytes } from "node:crypto";
import { Clock } from "../../common/clock";
import { newId } from "../../common/secrets";
import { createDataSource, Db } from "../../db/data-source";
import { SESSION_COOKIE } from "../../app";
import { SessionService } from "../../modules/user/session.service";
import { UserEntity } from "../../modules/user/user.entity";
import { CREATE_TWIN_COUNTER } from "./replay";

/** One write call's fresh parameters: who asks, from where, who approves, and its marker. */
export type Writer = {
  /** Text unique to the server's call (in its name, its requester's and approver's domains). */
  marker: string;
  /** What the marker becomes in B1's twin of the call. */
  twinMarker: string;
  requesterCookie: string;
  approverEmail: string;
  approverCookie: string;
  /** The client address the call comes from (X-Forwarded-For; the server trusts one proxy). */
  address: string;
};

/**
 * `count` requesters and approvers, new on every run (the rate limits count per caller, per
 * client address and per approver: fresh ones keep every call under them with the limits on),
 * signed in by writing their sessions directly: the bench measures the writes, not argon2.
 */
export async function createWriters(url: string, count: number): Promise<Writer[]> {
  const dataSource = await createDataSource({ kind: "mysql", url });
  await dataSource.initialize();
  try {
    const clock = new Clock();
    const db = new Db(dataSource);
    const sessions = new SessionService(db, clock);
    const run = randomBytes(3).toString("hex");
    const now = clock.now();
    const writers: Writer[] = [];
    await db.transaction(async (em) => {
      // The counter B1's replays number their twin events from (see renameCall).
      await em.query(...CREATE_TWIN_COUNTER);
      for (let k = 0; k < count; k++) {
        const marker = `p${run}k${k}`;
        const user = (email: string, name: string) => ({
          id: newId(),
          email,
          name,
          company: `Bench ${marker}`,
          organisationType: "PARTNER" as const,
          isStaff: false,
          passwordHash: "bench: signed in by a session written directly",
          emailVerifiedAt: now,
          createdAt: now,
          updatedAt: now,
        });
        const requester = user(`requester@${marker}-bench.com`, `Requester ${marker}`);
        const approver = user(`approver@${marker}-approver.com`, `Approver ${marker}`);
        await em.insert(UserEntity, [requester, approver]);
        const client = { ip: null, userAgent: "sam-bench" };
        const requesterSession = await sessions.create(em, requester.id, client);
        const approverSession = await sessions.create(em, approver.id, client);
        writers.push({
          marker,
          twinMarker: `b${run}k${k}`,
          requesterCookie: `${SESSION_COOKIE}=${requesterSession.secret}`,
          approverEmail: approver.email,
          approverCookie: `${SESSION_COOKIE}=${approverSession.secret}`,
          address: `10.${(k >> 8) & 255}.${k & 255}.${parseInt(run.slice(0, 2), 16)}`,
        });
      }
    });
    return writers;
  } finally {
    await dataSource.destroy();
  }
}
