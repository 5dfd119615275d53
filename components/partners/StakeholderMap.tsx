"use client";
/**
 * The stakeholder map: interest (across) against influence (up), one labelled point per partner,
 * filled when they took part. The partner table carries the same data for screen readers.
 */
import { useTranslations } from "next-intl";
import { CartesianGrid, LabelList, Scatter, ScatterChart, XAxis, YAxis } from "recharts";
import { RATING_MAX, RATING_MIN, RATING_VALUES } from "@/lib/shared/process/factors";
import type { PartnerView } from "@/lib/shared/process/partner-schemas";

const DOMAIN: [number, number] = [RATING_MIN - 0.5, RATING_MAX + 0.5];

export function StakeholderMap({ partners }: { partners: PartnerView[] }) {
  const t = useTranslations("partners");
  const tookPart = partners.filter((partner) => partner.tookPart);
  const stayedAway = partners.filter((partner) => !partner.tookPart);
  return (
    <div className="process-chart" role="img" aria-label={t("mapLabel")} data-testid="stakeholder-map">
      <ScatterChart responsive style={{ width: "100%", height: 360 }} margin={{ top: 16, right: 24, bottom: 24, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="interest" name={t("interest")} domain={DOMAIN} ticks={[...RATING_VALUES]} label={{ value: t("interest"), position: "insideBottom", offset: -12 }} />
        <YAxis type="number" dataKey="influence" name={t("influence")} domain={DOMAIN} ticks={[...RATING_VALUES]} label={{ value: t("influence"), angle: -90, position: "insideLeft", offset: 16 }} />
        <Scatter name={t("tookPart")} data={tookPart} fill="#059669" isAnimationActive={false}>
          <LabelList dataKey="name" position="top" />
        </Scatter>
        <Scatter data={stayedAway} fill="#ffffff" stroke="#6b7280" isAnimationActive={false}>
          <LabelList dataKey="name" position="top" />
        </Scatter>
      </ScatterChart>
    </div>
  );
}
