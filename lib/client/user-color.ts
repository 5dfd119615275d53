/**
 * A person's colour, derived from their user id so it is the same on every device and in every
 * session without being stored. The palette is tldraw's collaborator palette (readable on white).
 */
const PALETTE = [
  "#FF802B", "#EC5E41", "#F2555A", "#F04F88", "#E34BA9", "#BD54C6",
  "#9D5BD2", "#7B66DC", "#02B1CC", "#11B3A3", "#39B178", "#55B467",
] as const;

export function colorForUserId(userId: string): string {
  let hash = 0;
  for (let index = 0; index < userId.length; index++) {
    hash = (Math.imul(hash, 31) + userId.charCodeAt(index)) | 0;
  }
  return PALETTE[Math.abs(hash) % PALETTE.length] ?? PALETTE[0];
}

/** One or two initials for an avatar ("Anna de Vries" → "AV"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}
