import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { CohortList } from "@/components/cohort/CohortList";
import { CreateCohortForm } from "@/components/cohort/CreateCohortForm";
import { ImportBackupForm } from "@/components/review/ImportBackupForm";
import { assertTrainer } from "@/lib/server/access/assert-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { listCohortsForUser } from "@/lib/server/cohorts/list-cohorts-for-user";
import { listOwnRooms } from "@/lib/server/rooms/list-own-rooms";
import { isAppError } from "@/lib/server/errors";
import { periodText } from "../cohorts/cohort-views";

export const dynamic = "force-dynamic";

/** The trainer's home: their cohorts and a form for a new one. Anyone else signs in first. */
export default async function TrainerHomePage() {
  const user = await getSessionUser();
  try {
    await assertTrainer(user);
  } catch (error) {
    if (isAppError(error)) redirect("/signin?callbackUrl=%2Ftrainer");
    throw error;
  }
  const [t, tRooms, format, cohorts, ownRooms] = await Promise.all([
    getTranslations("trainerHome"),
    getTranslations("review.ownRooms"),
    getFormatter(),
    listCohortsForUser(user!),
    listOwnRooms(user!.id),
  ]);
  const views = cohorts.map((cohort) => ({
    id: cohort.id,
    name: cohort.name,
    organisation: cohort.organisation,
    periodText: periodText(format, cohort.startsOn, cohort.endsOn),
    role: cohort.role,
  }));

  return (
    <main className="page">
      <div className="page__head">
        <h1>{t("title")}</h1>
        <p className="page__intro">{t("intro")}</p>
      </div>
      <div className="trainer-home">
        <section className="panel" aria-labelledby="cohorts-title">
          <h2 id="cohorts-title" className="panel__title">
            {t("listTitle")}
          </h2>
          <CohortList cohorts={views} />
        </section>
        <CreateCohortForm />
        {ownRooms.length > 0 && (
          <section className="panel" aria-labelledby="own-rooms-title">
            <h2 id="own-rooms-title" className="panel__title">
              {tRooms("title")}
            </h2>
            <p className="page__intro">{tRooms("hint")}</p>
            <ul data-testid="own-rooms">
              {ownRooms.map((room) => (
                <li key={room.id}>
                  <a href={`/rooms/${encodeURIComponent(room.id)}`}>{room.name}</a>{" "}
                  <span className="field__hint">
                    {format.dateTime(room.createdAt, { dateStyle: "medium" })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <ImportBackupForm />
      </div>
    </main>
  );
}
