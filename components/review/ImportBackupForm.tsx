"use client";
/**
 * A trainer turns a room's JSON backup (from any review page or cohort archive) into a new room
 * of their own, then lands on it. The server checks the file; its refusal is shown as is.
 */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useJsonSubmit } from "@/lib/client/use-json-submit";
import { FormError } from "@/components/form/FormError";

const KNOWN_ERRORS = ["invalid_backup", "too_large", "invalid_json"] as const;
/** The server's limit (lib/server/exports/backup.ts MAX_BACKUP_BYTES), checked here first. */
const MAX_BYTES = 20 * 1024 * 1024;

export function ImportBackupForm() {
  const t = useTranslations("review.import");
  const submit = useJsonSubmit(KNOWN_ERRORS);
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);

  async function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return;
    if (file.size > MAX_BYTES) return submit.fail("too_large");
    let backup: unknown;
    try {
      backup = JSON.parse(await file.text());
    } catch {
      return submit.fail("invalid_json");
    }
    await submit.post<{ roomId: string }>("/api/rooms/import", backup, (data) => {
      if (data?.roomId) router.push(`/rooms/${encodeURIComponent(data.roomId)}`);
    });
  }

  return (
    <form
      className="panel form-grid"
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby="import-title"
    >
      <h2 id="import-title" className="panel__title">
        {t("title")}
      </h2>
      <p className="page__intro">{t("hint")}</p>
      <div className="field">
        <label htmlFor="import-file">{t("file")}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          data-testid="import-file"
        />
      </div>
      {submit.error && <FormError>{t(`errors.${submit.error}`)}</FormError>}
      <button
        type="submit"
        className="button button--primary"
        disabled={!file || submit.isSubmitting}
        data-testid="import-submit"
      >
        {submit.isSubmitting ? t("importing") : t("submit")}
      </button>
    </form>
  );
}
