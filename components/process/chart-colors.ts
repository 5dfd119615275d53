/** Series colours of the process charts: distinguishable, and dark enough on white (WCAG 3:1 for graphics). */
export const SERIES_COLORS = ["#2563eb", "#d97706", "#059669", "#9333ea", "#dc2626", "#0891b2", "#4d7c0f", "#be185d"];

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}
