"use client";
/** NL/EN switch; the choice is remembered in the NEXT_LOCALE cookie for a year. */
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALES, type Locale } from "@/i18n/locales";
import { rememberLocale } from "@/lib/client/remember-locale";

export function LanguageSwitch() {
  const t = useTranslations("language");
  const current = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  const choose = (locale: Locale) => {
    if (locale === current) return;
    rememberLocale(locale);
    startTransition(() => router.refresh());
  };

  return (
    <div className="language-switch" role="group" aria-label={t("label")} aria-busy={isPending}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-switch__option"
          aria-pressed={locale === current}
          aria-label={t(locale)}
          onClick={() => choose(locale)}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
