/** The figures of the factor chart as a table: factors down, sessions (or groups) across. */
import { useLocale, useTranslations } from "next-intl";
import type { FactorComparison } from "@/lib/shared/process/factor-comparison";
import { factorLabel } from "@/lib/shared/process/factors";

export function FactorTable({ comparison }: { comparison: FactorComparison }) {
  const t = useTranslations("process");
  const locale = useLocale();
  return (
    <div className="process-table-wrap">
      <table className="process-table" data-testid="factor-table">
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("factor")}</th>
            {comparison.columns.map((column) => (
              <th scope="col" key={column.key} data-testid={`factor-column-${column.key}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.factor}>
              <th scope="row">{factorLabel(row.factor, locale)}</th>
              {comparison.columns.map((column) => (
                <td key={column.key} data-testid={`factor-cell-${row.factor}-${column.key}`}>
                  {row.values[column.key] ?? t("notRated")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
