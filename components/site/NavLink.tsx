"use client";
/** A header link that tells screen readers (aria-current) and the eye when it is the current page. */
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export function NavLink({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) {
  const isCurrent = usePathname() === href;
  return (
    <Link href={href} data-testid={testId} aria-current={isCurrent ? "page" : undefined}>
      {children}
    </Link>
  );
}
