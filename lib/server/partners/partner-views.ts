/** Partner rows as lib/shared/process/partner-schemas.ts shows them. */
import { toPartnerKind, type PartnerView } from "@/lib/shared/process/partner-schemas";

export const partnerSelect = {
  id: true,
  name: true,
  kind: true,
  interest: true,
  influence: true,
  tookPart: true,
  note: true,
} as const;

export function toPartnerView(row: Omit<PartnerView, "kind"> & { kind: string }): PartnerView {
  return { ...row, kind: toPartnerKind(row.kind) };
}
