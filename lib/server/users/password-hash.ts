import bcrypt from "bcryptjs";

/** Cost 12 is ~250 ms with bcryptjs on one core: slow for guessing, fine for a sign-in. */
const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function checkPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let dummyHash: Promise<string> | undefined;

/**
 * A valid hash of a random string, compared against when the email is unknown so that a
 * missing account takes as long as a wrong password (no account enumeration by timing).
 * Made on first use, not at import.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= bcrypt.hash(crypto.randomUUID(), BCRYPT_COST);
  return dummyHash;
}
