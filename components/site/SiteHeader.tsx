/** The header of every page but the room: app name, trainer navigation, language, sign in/out. */
import { useTranslations } from "next-intl";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { LanguageSwitch } from "@/components/i18n/LanguageSwitch";
import { HeaderVisibility } from "./HeaderVisibility";
import { NavLink } from "./NavLink";

export interface SiteHeaderUser {
  name: string;
  kind: "trainer" | "guest";
  isAdmin: boolean;
}

export function SiteHeader({ user }: { user: SiteHeaderUser | null }) {
  const t = useTranslations("nav");
  const isTrainer = user?.kind === "trainer";
  return (
    <HeaderVisibility>
      <header className="site-header">
        <Link href={isTrainer ? "/trainer" : "/"} className="site-header__brand">
          {t("appName")}
        </Link>
        {isTrainer && (
          <nav className="site-header__nav" aria-label={t("label")}>
            <NavLink href="/trainer" testId="nav-cohorts">{t("myCohorts")}</NavLink>
            {user.isAdmin && <NavLink href="/admin/trainers" testId="nav-trainers">{t("trainers")}</NavLink>}
          </nav>
        )}
        <div className="site-header__tools">
          <LanguageSwitch />
          {isTrainer ? (
            <>
              <span className="site-header__user" data-testid="signed-in-as">{user.name}</span>
              <SignOutButton className="button button--quiet button--small" />
            </>
          ) : (
            <Link href="/signin" className="site-header__signin">{t("trainerSignIn")}</Link>
          )}
        </div>
      </header>
    </HeaderVisibility>
  );
}
