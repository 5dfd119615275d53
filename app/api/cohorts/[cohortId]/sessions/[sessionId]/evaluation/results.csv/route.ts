import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getSessionUser } from "@/lib/server/auth/session";
import { exportSessionResults } from "@/lib/server/evaluation/export-session-results";
import { attachmentHeader } from "@/lib/server/exports/assert-export-access";
import { handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ cohortId: string; sessionId: string }> };

/** The session's results as CSV (trainers): one row per response and question, no names. */
export async function GET(_request: Request, context: Context) {
  try {
    const { cohortId, sessionId } = await context.params;
    const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
    const { sessionTitle, csv } = await exportSessionResults(await getSessionUser(), cohortId, sessionId, locale);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachmentHeader(sessionTitle, "evaluation.csv"),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return handleRouteError(error, "evaluation-results-csv");
  }
}
