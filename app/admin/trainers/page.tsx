import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { TrainerAdmin } from "@/components/admin/TrainerAdmin";
import styles from "@/components/admin/admin.module.css";
import { getSessionUser } from "@/lib/server/auth/session";
import { isAdmin } from "@/lib/server/access/is-admin";
import { listTrainers } from "@/lib/server/users/list-trainers";
import type { TrainerSummary } from "@/lib/shared/account-schema";

export const dynamic = "force-dynamic";

/** Admins manage trainer accounts here; other trainers see a refusal, nobody else gets past sign-in. */
export default async function AdminTrainersPage() {
  const user = await getSessionUser();
  if (user?.kind !== "trainer") redirect(`/signin?callbackUrl=${encodeURIComponent("/admin/trainers")}`);
  const t = await getTranslations();
  const allowed = await isAdmin(user.id);
  const trainers: TrainerSummary[] = allowed
    ? (await listTrainers()).map(({ id, name, email, isAdmin: admin }) => ({ id, name, email, isAdmin: admin }))
    : [];
  return (
    <div className="home">
      <main className={styles.page}>
        <h1>{t("admin.title")}</h1>
        {allowed ? (
          <>
            <p className="home__intro">{t("admin.intro")}</p>
            <TrainerAdmin initialTrainers={trainers} />
          </>
        ) : (
          <p role="alert" data-testid="admin-forbidden">
            {t("admin.forbidden")}
          </p>
        )}
      </main>
    </div>
  );
}
