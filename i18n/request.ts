/**
 * next-intl without i18n routing: the locale comes from the NEXT_LOCALE cookie (set by the
 * language switch), Dutch when absent. See next-intl's "without i18n routing" setup.
 * Messages are split per feature (messages/<locale>/<file>.json, disjoint top-level namespaces).
 */
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./locales";
import { MESSAGE_FILES } from "./message-files";

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const parts = await Promise.all(
    MESSAGE_FILES.map(async (file) => (await import(`../messages/${locale}/${file}.json`)).default),
  );
  return { locale, messages: Object.assign({}, ...parts) };
});
