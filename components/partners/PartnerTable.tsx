"use client";
/** Every partner as a table row (the map's accessible alternative), with edit and remove. */
import { useTranslations } from "next-intl";
import { ActionError } from "@/components/cohort/ActionError";
import { EditRemoveButtons } from "@/components/process/EditRemoveButtons";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import type { PartnerView } from "@/lib/shared/process/partner-schemas";

interface PartnerTableProps {
  apiBase: string;
  partners: PartnerView[];
  onEdit: (partnerId: string) => void;
}

export function PartnerTable({ apiBase, partners, onEdit }: PartnerTableProps) {
  const t = useTranslations("partners");
  const { run, isPending, error } = useCohortAction();
  return (
    <div className="process-table-wrap">
      <ActionError error={error} />
      <table className="process-table" data-testid="partner-table">
        <caption>{t("listCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("kind")}</th>
            <th scope="col">{t("interest")}</th>
            <th scope="col">{t("influence")}</th>
            <th scope="col">{t("tookPart")}</th>
            <th scope="col">{t("noteColumn")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.id} data-testid={`partner-${partner.id}`}>
              <th scope="row">{partner.name}</th>
              <td>{t(`kinds.${partner.kind}`)}</td>
              <td>{partner.interest}</td>
              <td>{partner.influence}</td>
              <td>{partner.tookPart ? t("yes") : t("no")}</td>
              <td>{partner.note}</td>
              <td className="process-table__actions">
                <EditRemoveButtons
                  labels={{ edit: t("edit"), remove: t("remove"), editItem: t("editLabel", { name: partner.name }), removeItem: t("removeLabel", { name: partner.name }) }}
                  disabled={isPending}
                  onEdit={() => onEdit(partner.id)}
                  onRemove={() => run("DELETE", `${apiBase}/partners/${encodeURIComponent(partner.id)}`)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
