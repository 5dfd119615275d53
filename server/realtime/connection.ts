/**
 * One client websocket. Frames that arrive before its room is loaded are buffered and handled
 * in order once the room calls `start`. Any error while handling a frame closes only this
 * connection.
 */
import type { WebSocket, RawData } from "ws";
import type { RoomTokenClaims } from "@/lib/shared/realtime/room-token";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { logger } from "@/lib/server/logger";
import { ConnectionRefusal } from "./errors";
import { handleMessage } from "./message-handler";
import { encodeAwarenessMessage, encodeSyncStep1 } from "./messages";
import type { Room } from "./room";

/** Frames buffered while the room loads; a client sends two or three before its first answer. */
const MAX_BUFFERED_FRAMES = 1_000;
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export class Connection {
  /** Awareness client ids this connection announced; removed from the room when it closes. */
  readonly awarenessClientIds = new Set<number>();
  /** Runs an awareness change of this connection; the server sets a rate-limited one. */
  throttleAwareness: (apply: () => void) => void = (apply) => apply();
  private room: Room | null = null;
  private buffered: Uint8Array[] | null = [];
  private bufferedBytes = 0;
  private closed = false;
  private alive = true;
  private readonly socketClosed: Promise<void>;

  constructor(
    private readonly socket: WebSocket,
    readonly roomId: string,
    readonly claims: RoomTokenClaims,
    onClose: (connection: Connection) => void,
  ) {
    socket.on("message", (data, isBinary) => this.receive(data, isBinary));
    socket.on("pong", () => {
      this.alive = true;
    });
    socket.on("error", (error) => {
      logger.debug({ err: error, roomId }, "websocket error");
    });
    this.socketClosed = new Promise((resolve) => {
      socket.on("close", () => {
        this.closed = true;
        this.buffered = null;
        resolve();
        onClose(this);
      });
    });
  }

  get canEdit(): boolean {
    return this.claims.role === "editor";
  }

  get isFacilitator(): boolean {
    return this.claims.facilitator;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Called by the room once loaded: syncs the client, then handles buffered frames. */
  start(room: Room): void {
    if (this.closed || this.room) return;
    this.room = room;
    this.send(encodeSyncStep1(room.doc));
    const states = [...room.awareness.getStates().keys()];
    if (states.length > 0) this.send(encodeAwarenessMessage(room.awareness, states));
    const buffered = this.buffered ?? [];
    this.buffered = null;
    for (const frame of buffered) {
      if (this.closed) break;
      this.handle(room, frame);
    }
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    // No callback: one closure per recipient per update adds up in a full room, and a failed
    // write surfaces as the socket's 'error' and 'close' anyway.
    this.socket.send(message);
  }

  /** Closes with `code`; frames that arrive afterwards are ignored. */
  close(code: CloseCode, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.buffered = null;
    try {
      // A close reason may hold at most 123 bytes.
      this.socket.close(code, reason.slice(0, 100));
    } catch {
      this.socket.terminate();
    }
  }

  /** Keepalive: returns false (and terminates) when the last ping got no pong. */
  checkAlive(): boolean {
    if (!this.alive) {
      this.socket.terminate();
      return false;
    }
    this.alive = false;
    try {
      this.socket.ping();
    } catch {
      this.socket.terminate();
      return false;
    }
    return true;
  }

  /** Resolves once the socket is closed (after the close handshake or a terminate). */
  whenClosed(): Promise<void> {
    return this.socketClosed;
  }

  /** Forcibly drops the socket (shutdown after the close handshake took too long). */
  terminate(): void {
    this.socket.terminate();
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.close(CloseCode.malformedMessage, "text frames are not accepted");
      return;
    }
    // A copy with its own buffer: decoders must never see bytes beyond this frame.
    const frame = new Uint8Array(Buffer.isBuffer(data) ? data : Buffer.concat(toBuffers(data)));
    if (this.room) {
      this.handle(this.room, frame);
    } else if (
      this.buffered &&
      this.buffered.length < MAX_BUFFERED_FRAMES &&
      this.bufferedBytes + frame.byteLength <= MAX_BUFFERED_BYTES
    ) {
      this.buffered.push(frame);
      this.bufferedBytes += frame.byteLength;
    } else {
      this.close(CloseCode.malformedMessage, "too many messages before sync");
    }
  }

  private handle(room: Room, frame: Uint8Array): void {
    try {
      handleMessage(room, this, frame);
    } catch (error) {
      if (error instanceof ConnectionRefusal) {
        logger.info(
          { roomId: this.roomId, user: this.claims.sub, reason: error.message },
          "closing connection",
        );
        this.close(error.closeCode, error.message);
      } else {
        logger.error({ err: error, roomId: this.roomId }, "message handler failed");
        this.close(CloseCode.internalError, "internal error");
      }
    }
  }
}

function toBuffers(data: RawData): Buffer[] {
  if (Array.isArray(data)) return data;
  return [Buffer.from(data as ArrayBuffer)];
}
