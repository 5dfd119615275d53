/**
 * tldraw needs a license key in production on a non-localhost https host; without one the editor
 * disappears after a few seconds there (STACK.md trap 3). We never work around that check: we warn.
 */
import { logger } from "@/lib/server/logger";

export function warnAboutLicense(dev: boolean): void {
  if (dev || process.env.TLDRAW_LICENSE_KEY) return;
  const message =
    "TLDRAW_LICENSE_KEY is not set. The canvas works on http://localhost, but on a public https " +
    "address tldraw hides the editor without a license key. Get a key at tldraw.dev (trial, " +
    "commercial, or free hobby/non-commercial) and set TLDRAW_LICENSE_KEY. See README.md.";
  logger.warn(message);
  process.stderr.write(`\n  WARNING: ${message}\n\n`);
}
