import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { exportSessionResults } from "@/lib/server/evaluation/export-session-results";
import { attachmentHeader } from "@/lib/server/exports/assert-export-access";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

type Context = CohortRouteContext<{ cohortId: string; sessionId: string }>;

/** The session's results as CSV (trainers): one row per response and question, no names. */
export async function GET(_request: Request, context: Context) {
  return handleRoute(context, { route: "evaluation-results-csv" }, async (user, { cohortId, sessionId }) => {
    const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
    const { sessionTitle, csv } = await exportSessionResults(user, cohortId, sessionId, locale);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachmentHeader(sessionTitle, "evaluation.csv"),
        "cache-control": "no-store",
      },
    });
  });
}
