/**
 * The secret that signs session cookies and room tokens. Taken from NEXTAUTH_SECRET (or
 * AUTH_SECRET); without one, a random secret is created once in the data folder so a single
 * instance works with no setup and sessions survive restarts. Several instances must share it
 * through the environment.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { dataDir } from "@/lib/server/data-dir";

const MIN_SECRET_LENGTH = 32;

/** Returns the auth secret, creating and storing one on first use when none is configured. */
export function loadAuthSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (configured) {
    if (configured.length < MIN_SECRET_LENGTH) {
      throw new Error(`NEXTAUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    }
    return configured;
  }
  const file = join(dataDir(), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(48).toString("base64url");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}
