"use client";
/**
 * Sends a form as a JSON POST and turns a refusal into one of the error codes the form knows how
 * to translate: the API's `{ error: { code } }` when listed, otherwise "generic"; "network" when
 * the request (or the success step) throws.
 */
import { useCallback, useState } from "react";

export type SubmitError<Known extends string> = Known | "network" | "generic";

export interface JsonSubmitOptions {
  /** Overrides the code read from a refused response (e.g. a 404 that means "already done"). */
  codeFor?: (status: number, code: string) => string;
}

export interface JsonSubmit<Known extends string> {
  error: SubmitError<Known> | null;
  isSubmitting: boolean;
  /**
   * POSTs `body` to `url`. On success awaits `onSuccess` with the parsed body and leaves the form
   * disabled: most forms navigate away next and must not be sent twice meanwhile. A form that
   * stays on the page calls `finish()`.
   */
  post: <T>(url: string, body: unknown, onSuccess: (data: T | null) => unknown) => Promise<void>;
  /** Shows an error the form found itself (or after success) and enables the form again. */
  fail: (error: SubmitError<Known>) => void;
  /** Enables the form again after a success that keeps it on the page. */
  finish: () => void;
}

export function useJsonSubmit<Known extends string>(
  knownErrors: readonly Known[],
  options: JsonSubmitOptions = {},
): JsonSubmit<Known> {
  const [error, setError] = useState<SubmitError<Known> | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const { codeFor } = options;

  const fail = useCallback((next: SubmitError<Known>) => {
    setError(next);
    setSubmitting(false);
  }, []);
  const finish = useCallback(() => setSubmitting(false), []);

  const post = useCallback(
    async <T>(url: string, body: unknown, onSuccess: (data: T | null) => unknown) => {
      setSubmitting(true);
      setError(null);
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        const data = (await response.json().catch(() => null)) as
          (T & { error?: { code?: string } }) | null;
        if (response.ok) {
          await onSuccess(data);
          return;
        }
        const raw = data?.error?.code ?? "";
        const code = codeFor ? codeFor(response.status, raw) : raw;
        fail((knownErrors as readonly string[]).includes(code) ? (code as Known) : "generic");
      } catch {
        fail("network");
      }
    },
    [codeFor, fail, knownErrors],
  );

  return { error, isSubmitting, post, fail, finish };
}
