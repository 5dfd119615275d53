"use client";
/** The workbook's tabs; the current one is marked for screen readers too. */
import { useTranslations } from "next-intl";
import { useSelectedLayoutSegment } from "next/navigation";
import { WORKBOOK_TABS, type WorkbookTab } from "./workbook-tabs";

function TabLink({ tab, base, current }: { tab: WorkbookTab; base: string; current: boolean }) {
  const t = useTranslations(tab.namespace);
  return (
    <a
      href={`${base}/${tab.segment}`}
      className={`workbook-nav__tab${current ? " workbook-nav__tab--current" : ""}`}
      aria-current={current ? "page" : undefined}
      data-testid={`workbook-tab-${tab.segment}`}
    >
      {t("tab")}
    </a>
  );
}

export function WorkbookNav({ base, label }: { base: string; label: string }) {
  const segment = useSelectedLayoutSegment();
  return (
    <nav className="workbook-nav" aria-label={label}>
      {WORKBOOK_TABS.map((tab) => (
        <TabLink key={tab.segment} tab={tab} base={base} current={segment === tab.segment} />
      ))}
    </nav>
  );
}
