/** JSON calls to the app's own routes, refusals turned into one error type with the API's code. */

/** A refused call: `code` is the server's error code (e.g. `forbidden`), or "network". */
export class ApiRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Sends `body` (when given) as JSON to `url` and returns the parsed JSON answer. Throws
 * ApiRequestError with the API's `{ error: { code, message } }`, or code "network" when there
 * is no usable answer.
 */
export async function requestJson<T>(url: string, method: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch (error) {
    throw new ApiRequestError("network", String(error));
  }
  const json = (await response.json().catch(() => null)) as
    | (T & { error?: { code: string; message: string } })
    | null;
  if (!response.ok || !json) {
    throw new ApiRequestError(json?.error?.code ?? "network", json?.error?.message ?? response.statusText);
  }
  return json;
}
