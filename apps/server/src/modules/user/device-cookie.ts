import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { DAY, type Clock } from "../../common/clock";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import { ServerSecretEntity } from "./server-secret.entity";

export const DEVICE_COOKIE = "sam_device";
export const DEVICE_COOKIE_LIFETIME_MS = 180 * DAY;
// One browser may be shared by a few people (or one person's few accounts).
const MAX_ENTRIES = 5;
const SECRET_NAME = "device-cookie";

/**
 * OWASP's device cookies: a browser that signed in to an email successfully carries a signed
 * entry naming that email (by a keyed hash, so the cookie does not show the address). Sign-in
 * from such a browser is held only by its own limit, never by the lock strangers trigger.
 */
export class DeviceCookies {
  private secret: Promise<Buffer> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** The device id of the browser's entry for this email, or null when it has no valid one. */
  async recognise(cookie: string | null, email: string): Promise<string | null> {
    if (!cookie) return null;
    const key = await this.key();
    const tag = this.tag(key, email);
    const now = this.clock.now().getTime();
    for (const entry of cookie.split("~").slice(0, MAX_ENTRIES)) {
      const [nonce, issued, entryTag, mac] = entry.split(".");
      if (!nonce || !issued || entryTag !== tag || !mac) continue;
      if (!this.sameMac(this.mac(key, `${nonce}.${issued}.${entryTag}`), mac)) continue;
      const issuedAt = parseInt(issued, 36) * 1000;
      if (!Number.isFinite(issuedAt) || now - issuedAt > DEVICE_COOKIE_LIFETIME_MS) continue;
      return nonce;
    }
    return null;
  }

  /** The browser's cookie after a successful sign-in to this email: a fresh entry first. */
  async issue(cookie: string | null, email: string): Promise<string> {
    const key = await this.key();
    const tag = this.tag(key, email);
    const nonce = randomBytes(16).toString("base64url");
    const issued = Math.floor(this.clock.now().getTime() / 1000).toString(36);
    const body = `${nonce}.${issued}.${tag}`;
    const others = (cookie ?? "")
      .split("~")
      .filter((entry) => /^[\w-]+\.[a-z0-9]+\.[\w-]+\.[\w-]+$/.test(entry))
      .filter((entry) => entry.split(".")[2] !== tag);
    return [`${body}.${this.mac(key, body)}`, ...others].slice(0, MAX_ENTRIES).join("~");
  }

  private tag(key: Buffer, email: string): string {
    return createHmac("sha256", key).update(`email\n${email}`).digest("base64url").slice(0, 22);
  }

  private mac(key: Buffer, body: string): string {
    return createHmac("sha256", key).update(`device\n${body}`).digest("base64url");
  }

  private sameMac(expected: string, given: string): boolean {
    const a = Buffer.from(expected);
    const b = Buffer.from(given);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private key(): Promise<Buffer> {
    this.secret ??= this.loadKey().catch((error: unknown) => {
      this.secret = null;
      throw error;
    });
    return this.secret;
  }

  /** The first process to need the key creates it; every other one reads the same row. */
  private async loadKey(): Promise<Buffer> {
    const existing = await this.db.read((em) =>
      em.findOneBy(ServerSecretEntity, { name: SECRET_NAME }),
    );
    if (existing) return Buffer.from(existing.value, "base64url");
    try {
      await this.db.transaction((em) =>
        em.insert(ServerSecretEntity, {
          name: SECRET_NAME,
          value: randomBytes(32).toString("base64url"),
          createdAt: this.clock.now(),
        }),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const row = await this.db.read((em) =>
      em.findOneByOrFail(ServerSecretEntity, { name: SECRET_NAME }),
    );
    return Buffer.from(row.value, "base64url");
  }
}
