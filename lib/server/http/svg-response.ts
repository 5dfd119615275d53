import { z } from "zod";
import { STAGE_IDS } from "@/lib/shared/stages";

/** Path parameters of the routes that draw one stage of a room. */
export const StageRouteParams = z.object({
  roomId: z.string().min(1).max(64),
  stageId: z.enum(STAGE_IDS),
});

/**
 * An SVG the server drew, never cached. It holds only escaped text; the policy keeps it inert
 * even when opened directly in a browser tab.
 */
export function svgResponse(svg: string, headers: Record<string, string> = {}): Response {
  return new Response(svg, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
      "x-content-type-options": "nosniff",
      ...headers,
    },
  });
}
