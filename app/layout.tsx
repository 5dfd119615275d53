import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader, type SiteHeaderUser } from "@/components/site/SiteHeader";
import { isAdmin } from "@/lib/server/access/is-admin";
import { getSessionUser } from "@/lib/server/auth/session";
import "./globals.css";
import "./cohort.css";
import "./review.css";
import "./workbook.css";
import "./peer-review.css";
import "./process.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: t("name"), description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** Who the header is for; admin rights are read from the database, not the session token. */
async function headerUser(): Promise<SiteHeaderUser | null> {
  const user = await getSessionUser();
  if (!user) return null;
  return { name: user.name, kind: user.kind, isAdmin: user.kind === "trainer" && (await isAdmin(user.id)) };
}

/** No external fonts (no next/font/google): the app must work without internet access. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const user = await headerUser();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <SiteHeader user={user} />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
