"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { RoomConnectionProblem } from "@/lib/client/use-room-connection";

/** A clear message when the connection cannot recover on its own. */
export function ConnectionProblem({ problem }: { problem: RoomConnectionProblem }) {
  const t = useTranslations("room.problem");
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
