/**
 * Between ISO timestamps and `<input type="datetime-local">` values, in the browser's time zone.
 * Only call these in the browser (after hydration): the server's time zone may differ.
 */
const pad = (value: number) => String(value).padStart(2, "0");

/** "2025-03-01T09:30" for an ISO timestamp, "" for none. */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO timestamp of a datetime-local value, or null when empty or invalid. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
