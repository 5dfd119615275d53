"use client";
/** The trainer's course sessions in order: edit titles and dates, reorder, add, delete. */
import { useTranslations } from "next-intl";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import { ActionError } from "./ActionError";
import { SessionForm, type SessionFormValues } from "./SessionForm";
import { SessionItem } from "./SessionItem";
import type { CourseSessionView } from "./types";

export function SessionTimeline({ cohortId, sessions }: { cohortId: string; sessions: CourseSessionView[] }) {
  const t = useTranslations("session");
  const { run, isPending, error } = useCohortAction();
  const base = `/api/cohorts/${encodeURIComponent(cohortId)}/sessions`;

  const move = (index: number, direction: -1 | 1) => {
    const ids = sessions.map((session) => session.id);
    const target = index + direction;
    const [moved] = ids.splice(index, 1);
    if (!moved || target < 0 || target > ids.length) return;
    ids.splice(target, 0, moved);
    void run("PUT", `${base}/order`, { sessionIds: ids });
  };

  const save = async (sessionId: string, values: SessionFormValues) =>
    (await run("PATCH", `${base}/${encodeURIComponent(sessionId)}`, values)) !== null;

  const add = async (values: SessionFormValues) => (await run("POST", base, values)) !== null;

  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="panel__title">{t("heading")}</h2>
      {sessions.length === 0 ? (
        <p className="empty-note">{t("none")}</p>
      ) : (
        <ol className="timeline">
          {sessions.map((session, index) => (
            <SessionItem
              key={session.id}
              cohortId={cohortId}
              session={session}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === sessions.length - 1}
              isPending={isPending}
              onMove={(direction) => move(index, direction)}
              onSave={(values) => save(session.id, values)}
              onDelete={() => void run("DELETE", `${base}/${encodeURIComponent(session.id)}`)}
            />
          ))}
        </ol>
      )}
      <ActionError error={error} />
      <details className="disclosure">
        <summary>{t("add")}</summary>
        <SessionForm submitLabel={t("addSubmit")} isPending={isPending} onSubmit={add} />
      </details>
    </section>
  );
}
