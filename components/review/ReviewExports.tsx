"use client";
/**
 * Take the work home: the stage on screen as PNG or SVG (drawn in this browser by tldraw, from
 * the version shown), and the room's files from the server (notes CSV, PDF report, JSON backup).
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Editor } from "tldraw";
import {
  downloadBlob,
  renderStageImage,
  type StageImageFormat,
} from "@/lib/client/review/export-stage-image";
import type { StageId } from "@/lib/shared/stages";

export interface ReviewExportsProps {
  roomId: string;
  fileBase: string;
  editor: Editor | null;
  stageId: StageId;
}

type ImageState =
  | { status: "idle" }
  | { status: "rendering"; format: StageImageFormat }
  | { status: "failed"; reason: string };

export function ReviewExports({ roomId, fileBase, editor, stageId }: ReviewExportsProps) {
  const t = useTranslations("review.exports");
  const [image, setImage] = useState<ImageState>({ status: "idle" });
  const base = `/api/rooms/${encodeURIComponent(roomId)}/export`;

  async function exportImage(format: StageImageFormat) {
    if (!editor) return;
    setImage({ status: "rendering", format });
    try {
      const blob = await renderStageImage(editor, format);
      downloadBlob(blob, `${fileBase}-${stageId}.${format}`);
      setImage({ status: "idle" });
    } catch (error) {
      setImage({
        status: "failed",
        reason: error instanceof Error && error.message === "empty" ? "empty" : "other",
      });
    }
  }

  return (
    <section className="review-exports" aria-labelledby="review-exports-title">
      <h2 id="review-exports-title">{t("title")}</h2>
      <p className="review-exports__hint">{t("stageHint")}</p>
      <div className="review-exports__row">
        {(["png", "svg"] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--quiet button--small"
            disabled={!editor || image.status === "rendering"}
            onClick={() => void exportImage(format)}
            data-testid={`export-${format}`}
          >
            {image.status === "rendering" && image.format === format ? t("rendering") : t(format)}
          </button>
        ))}
      </div>
      <p role="status" className={image.status === "failed" ? "form-error" : "visually-hidden"}>
        {image.status === "failed" ? t(image.reason === "empty" ? "emptyStage" : "failed") : ""}
      </p>
      <p className="review-exports__hint">{t("roomHint")}</p>
      <ul className="review-exports__files">
        <li>
          <a href={`${base}/notes.csv`} download data-testid="export-csv">
            {t("csv")}
          </a>
        </li>
        <li>
          <a href={`${base}/report.pdf`} download data-testid="export-pdf">
            {t("pdf")}
          </a>
        </li>
        <li>
          <a href={`${base}/backup.json`} download data-testid="export-backup">
            {t("backup")}
          </a>
        </li>
      </ul>
    </section>
  );
}
