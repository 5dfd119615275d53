/**
 * Validation of incoming awareness updates before y-protocols applies them: the framing must
 * decode completely, every state must be JSON, and no state may exceed MAX_AWARENESS_BYTES.
 */
import * as decoding from "lib0/decoding";
import { MAX_AWARENESS_BYTES } from "@/lib/shared/realtime/protocol";
import { ConnectionRefusal, malformed } from "./errors";

/** More entries than any real client sends at once (it sends its own state, or all it knows). */
const MAX_AWARENESS_ENTRIES = 1_000;

/** One client's entry of an awareness update; `json` is the state as sent ("null": removed). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  json: string;
  state: Record<string, unknown> | null;
}

/** Decodes `update`, throwing a malformed-message refusal unless it is well-formed. */
export function parseAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const encoder = new TextEncoder();
  const entries: AwarenessEntry[] = [];
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_AWARENESS_ENTRIES) throw malformed("too many awareness entries");
    for (let index = 0; index < count; index++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      if (encoder.encode(json).byteLength > MAX_AWARENESS_BYTES) {
        throw malformed("awareness state too large");
      }
      const state: unknown = JSON.parse(json);
      if (state !== null && (typeof state !== "object" || Array.isArray(state))) {
        throw malformed("awareness state is not an object");
      }
      entries.push({ clientId, clock, json, state: state as Record<string, unknown> | null });
    }
    if (decoding.hasContent(decoder)) throw malformed("trailing bytes after awareness update");
  } catch (error) {
    if (error instanceof ConnectionRefusal) throw error;
    throw malformed("awareness update does not decode");
  }
  return entries;
}
