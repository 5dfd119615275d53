import { getTranslations } from "next-intl/server";
import { JoinForm } from "@/components/join/JoinForm";
import { LanguageSwitch } from "@/components/i18n/LanguageSwitch";

/** The start page: join a session with a code and a name; trainers sign in. */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ room?: string; code?: string }> }) {
  const { room, code } = await searchParams;
  const t = await getTranslations();
  return (
    <div className="home">
      <header className="home__header">
        <span className="room__brand">{t("app.name")}</span>
        <LanguageSwitch />
      </header>
      <main className="home__main">
        <h1>{t("join.title")}</h1>
        <p className="home__intro">{t("join.intro")}</p>
        {room && <p className="home__notice" role="note">{t("join.roomHint")}</p>}
        <JoinForm initialCode={typeof code === "string" ? code : ""} />
        <p className="home__trainer">
          {t("join.trainer")}{" "}
          <a href={`/api/auth/signin${room ? `?callbackUrl=${encodeURIComponent(`/rooms/${room}`)}` : ""}`}>
            {t("join.signIn")}
          </a>
        </p>
      </main>
    </div>
  );
}
