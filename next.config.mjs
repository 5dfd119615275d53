// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

/** next-intl without locale routing: the request config reads the NEXT_LOCALE cookie. */
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native modules and the database layer run from node_modules, not from the bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@prisma/client",
    "@prisma/client-runtime-utils",
    "pg",
    "pino",
    "ioredis",
    // PDF report: PDFKit loads its standard fonts through package imports, wawoff2 is WebAssembly.
    "pdfkit",
    "wawoff2",
  ],
  // No remote images: nothing is fetched from other hosts.
  images: { unoptimized: true, remotePatterns: [] },
};

export default withNextIntl(nextConfig);
