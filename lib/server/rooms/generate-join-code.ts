import { randomInt } from "node:crypto";

/** Letters and digits people cannot confuse when reading a code aloud or off a screen: no 0/O, 1/I/L. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** A random 6-character join code (31^6 ≈ 887 million codes), from a CSPRNG. */
export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

/**
 * What people type, in the form codes are stored: trimmed, inner spaces/dashes removed,
 * upper-case. Returns null when it cannot be a code. Does not restrict to the alphabet above,
 * so fixed codes such as the demo's `DEMO42` still work.
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.trim().replace(/[\s-]/g, "").toUpperCase();
  return /^[A-Z0-9]{6}$/.test(code) ? code : null;
}
