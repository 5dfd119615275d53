/**
 * next-intl without i18n routing: the locale comes from the NEXT_LOCALE cookie (set by the
 * language switch), Dutch when absent. See next-intl's "without i18n routing" setup.
 */
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./locales";

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`../messages/${locale}.json`)).default;
  return { locale, messages };
});
