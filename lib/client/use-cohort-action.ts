"use client";
/**
 * Sends one change to a cohort route and refreshes the server-rendered page on success, so the
 * page always shows what the server stored. Errors come back as a known code for translation.
 */
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";

export const COHORT_ERROR_CODES = [
  "invalid_input",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "network",
  "generic",
] as const;
export type CohortErrorCode = (typeof COHORT_ERROR_CODES)[number];

type Method = "POST" | "PATCH" | "PUT" | "DELETE";

export interface CohortAction {
  /** Resolves to the response body on success, or null after setting `error`. */
  run: <T = unknown>(method: Method, path: string, body?: unknown) => Promise<T | null>;
  isPending: boolean;
  error: CohortErrorCode | null;
  clearError: () => void;
}

function toErrorCode(status: number, code: string | undefined): CohortErrorCode {
  if (code && (COHORT_ERROR_CODES as readonly string[]).includes(code)) return code as CohortErrorCode;
  if (status === 400) return "invalid_input";
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  return "generic";
}

export function useCohortAction(): CohortAction {
  const router = useRouter();
  const [isSending, setSending] = useState(false);
  const [isRefreshing, startTransition] = useTransition();
  const [error, setError] = useState<CohortErrorCode | null>(null);

  const run = useCallback(
    async <T,>(method: Method, path: string, body?: unknown): Promise<T | null> => {
      setSending(true);
      setError(null);
      try {
        const response = await fetch(path, {
          method,
          headers: body === undefined ? undefined : { "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const data = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
        if (!response.ok) {
          setError(toErrorCode(response.status, data?.error?.code));
          return null;
        }
        startTransition(() => router.refresh());
        return data as T;
      } catch {
        setError("network");
        return null;
      } finally {
        setSending(false);
      }
    },
    [router],
  );

  return { run, isPending: isSending || isRefreshing, error, clearError: () => setError(null) };
}
