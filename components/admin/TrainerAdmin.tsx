"use client";
/**
 * The admin's trainer accounts: add a trainer, make a new one-time password link for anyone.
 * The latest link stays on screen until the admin has handed it over (it is never shown again).
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ResetLinkSummary, TrainerSummary } from "@/lib/shared/account-schema";
import { AddTrainerForm } from "./AddTrainerForm";
import { ResetLinkNotice } from "./ResetLinkNotice";
import styles from "./admin.module.css";

interface IssuedLink {
  trainerName: string;
  link: ResetLinkSummary;
}

export function TrainerAdmin({ initialTrainers }: { initialTrainers: TrainerSummary[] }) {
  const t = useTranslations("admin");
  const [trainers, setTrainers] = useState(initialTrainers);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const handleAdded = (trainer: TrainerSummary, link: ResetLinkSummary) => {
    setTrainers((current) => [...current, trainer]);
    setIssued({ trainerName: trainer.name, link });
  };

  const handleNewLink = async (trainer: TrainerSummary) => {
    setBusyId(trainer.id);
    setFailed(false);
    try {
      const response = await fetch(`/api/admin/trainers/${encodeURIComponent(trainer.id)}/reset-link`, {
        method: "POST",
      });
      const body = (await response.json().catch(() => null)) as { resetLink?: ResetLinkSummary } | null;
      if (response.ok && body?.resetLink) setIssued({ trainerName: trainer.name, link: body.resetLink });
      else setFailed(true);
    } catch {
      setFailed(true);
    }
    setBusyId(null);
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="add-trainer-heading">
        <h2 id="add-trainer-heading">{t("addHeading")}</h2>
        <AddTrainerForm onAdded={handleAdded} />
      </section>
      {issued && <ResetLinkNotice trainerName={issued.trainerName} link={issued.link} />}
      {failed && (
        <p className="form-error" role="alert">
          {t("errors.linkFailed")}
        </p>
      )}
      <section className={styles.section} aria-labelledby="trainers-heading">
        <h2 id="trainers-heading">{t("listHeading", { count: trainers.length })}</h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {trainers.map((trainer) => (
              <tr key={trainer.id}>
                <td>
                  {trainer.name} {trainer.isAdmin && <span className={styles.badge}>{t("adminBadge")}</span>}
                </td>
                <td>{trainer.email}</td>
                <td>
                  <button
                    type="button"
                    className={`button ${styles.secondary}`}
                    disabled={busyId === trainer.id}
                    onClick={() => handleNewLink(trainer)}
                    aria-label={t("newLinkFor", { name: trainer.name })}
                  >
                    {t("newLink")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
