import { createHash, randomBytes, randomUUID } from "node:crypto";

/** A random secret for a link, cookie or API token: 256 bits, URL-safe. */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** Secrets are stored only as this hash; they are random enough that a fast hash is safe. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function newId(): string {
  return randomUUID();
}
