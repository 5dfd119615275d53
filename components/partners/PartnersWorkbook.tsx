"use client";
/** A group's stakeholder map: "took part: n of m", the interest × influence map, and the partner table. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PartnerListView } from "@/lib/shared/process/partner-schemas";
import { PartnerForm } from "./PartnerForm";
import { PartnerTable } from "./PartnerTable";
import { StakeholderMap } from "./StakeholderMap";

export function PartnersWorkbook({ apiBase, list }: { apiBase: string; list: PartnerListView }) {
  const t = useTranslations("partners");
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = list.partners.find((partner) => partner.id === editingId);
  return (
    <div className="process-workbook">
      <p className="page__intro">{t("intro")}</p>
      <p className="partners-count" data-testid="partners-count">
        {t("tookPartCount", list.counts)}
      </p>
      {editing ? (
        <PartnerForm key={editing.id} apiBase={apiBase} partner={editing} onDone={() => setEditingId(null)} />
      ) : (
        <PartnerForm apiBase={apiBase} />
      )}
      {list.partners.length === 0 ? (
        <p className="empty-note">{t("empty")}</p>
      ) : (
        <div className="process-columns">
          <section className="panel" aria-labelledby="stakeholder-map-title">
            <h2 className="panel__title" id="stakeholder-map-title">{t("mapTitle")}</h2>
            <StakeholderMap partners={list.partners} />
          </section>
          <PartnerTable apiBase={apiBase} partners={list.partners} onEdit={setEditingId} />
        </div>
      )}
    </div>
  );
}
