"use client";
/**
 * "Download everything": the cohort's archive (cohort-archive.ts), with a progress bar while
 * the files come in, a way to stop, and a clear message when something could not be fetched.
 */
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import {
  buildCohortArchive,
  type ArchiveGroup,
  type ArchiveProgress,
} from "@/lib/client/review/cohort-archive";
import { downloadBlob } from "@/lib/client/review/export-stage-image";

export interface CohortArchiveProps {
  groups: ArchiveGroup[];
  fileBase: string;
}

type State =
  | { status: "idle" }
  | { status: "running"; progress: ArchiveProgress }
  | { status: "done"; files: number }
  | { status: "failed" };

export function CohortArchive({ groups, fileBase }: CohortArchiveProps) {
  const t = useTranslations("review.archive");
  const [state, setState] = useState<State>({ status: "idle" });
  const abort = useRef<AbortController | null>(null);

  async function start() {
    const controller = new AbortController();
    abort.current = controller;
    setState({ status: "running", progress: { done: 0, total: 1, current: "" } });
    try {
      let total = 0;
      const blob = await buildCohortArchive(
        groups,
        (progress) => {
          total = progress.total;
          setState({ status: "running", progress });
        },
        controller.signal,
      );
      downloadBlob(blob, `${fileBase}-archive.zip`);
      setState({ status: "done", files: total });
    } catch {
      setState(controller.signal.aborted ? { status: "idle" } : { status: "failed" });
    } finally {
      abort.current = null;
    }
  }

  return (
    <section className="cohort-archive" aria-labelledby="cohort-archive-title">
      <h2 id="cohort-archive-title">{t("title")}</h2>
      <p className="cohort-archive__hint">{t("hint", { groups: groups.length })}</p>
      {state.status === "running" ? (
        <div className="cohort-archive__progress">
          <progress
            value={state.progress.done}
            max={state.progress.total}
            aria-label={t("progressLabel")}
            data-testid="archive-progress"
          />
          <span role="status">
            {t("progress", { done: state.progress.done, total: state.progress.total })}
            {state.progress.current && ` · ${state.progress.current}`}
          </span>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => abort.current?.abort()}
          >
            {t("cancel")}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={() => void start()}
          disabled={groups.length === 0}
          data-testid="archive-download"
        >
          {t("download")}
        </button>
      )}
      {state.status === "done" && (
        <p role="status" data-testid="archive-done">
          {t("done", { files: state.files })}
        </p>
      )}
      {state.status === "failed" && (
        <p role="alert" className="form-error">
          {t("failed")}
        </p>
      )}
    </section>
  );
}
