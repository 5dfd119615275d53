"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { RoomConnectionProblem } from "@/lib/client/use-room-connection";
import { CloseCode } from "@/lib/shared/realtime/close-codes";

/**
 * A clear message when the connection cannot recover on its own, or when a limit closed it and
 * it will try again by itself after a wait (then without a button: retrying sooner would only
 * meet the limit again).
 */
export function ConnectionProblem({ problem }: { problem: RoomConnectionProblem }) {
  const t = useTranslations("room.problem");
  if (problem.kind === "limited") {
    return (
      <div className="connection-problem" role="status" data-testid="connection-limited">
        <p>{problem.code === CloseCode.roomFull ? t("roomFull") : t("rateLimited")}</p>
        <p>{t("retrying", { seconds: Math.ceil(problem.retryInMs / 1000) })}</p>
      </div>
    );
  }
  const message =
    problem.kind === "fatal-close" ? t("fatal", { code: problem.code }) : t(problem.kind);
  return (
    <div className="connection-problem" role="alert">
      <p>{message}</p>
      <div className="connection-problem__actions">
        {problem.kind === "fatal-close" ? (
          <button type="button" onClick={() => window.location.reload()}>
            {t("reload")}
          </button>
        ) : (
          <Link href="/">{t("backHome")}</Link>
        )}
      </div>
    </div>
  );
}
