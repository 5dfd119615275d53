"use client";
/** Hides the site header in rooms: the board has its own full-screen header. */
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
// Every page renders this component, so every page's browser code has zod set up for the CSP.
import "@/lib/client/zod-without-eval";

export function HeaderVisibility({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  if (pathname?.startsWith("/rooms/")) return null;
  return <>{children}</>;
}
