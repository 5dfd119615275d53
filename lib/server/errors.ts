/**
 * The one error type services throw for expected failures. Routes turn it into
 * `{"error":{"code","message"}}` with `status` (lib/server/http/api-response.ts); the realtime
 * server derives its close code from `code`. `message` is shown to users, so keep database
 * details out of it.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    /** For 429/503: seconds after which the client may try again (sent as Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
