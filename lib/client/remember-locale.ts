/** Stores the chosen language for a year in the cookie next-intl's request config reads. */
import { LOCALE_COOKIE, type Locale } from "@/i18n/locales";

export function rememberLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
}
