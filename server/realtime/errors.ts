/**
 * Errors a message handler throws to end one connection. The connection maps them to a close
 * code; anything else that escapes a handler is a server bug and closes with internalError.
 */
import { CloseCode } from "@/lib/shared/realtime/close-codes";

export class ConnectionRefusal extends Error {
  constructor(
    readonly closeCode: CloseCode,
    message: string,
  ) {
    super(message);
    this.name = "ConnectionRefusal";
  }
}

/** The frame could not be decoded, or its payload is invalid. */
export function malformed(message: string): ConnectionRefusal {
  return new ConnectionRefusal(CloseCode.malformedMessage, message);
}

/** The connection tried something its token's role does not allow. */
export function forbidden(message: string): ConnectionRefusal {
  return new ConnectionRefusal(CloseCode.forbidden, message);
}
