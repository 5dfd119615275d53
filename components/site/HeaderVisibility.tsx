"use client";
/** Hides the site header in rooms: the board has its own full-screen header. */
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export function HeaderVisibility({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  if (pathname?.startsWith("/rooms/")) return null;
  return <>{children}</>;
}
