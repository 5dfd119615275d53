/** Page geometry, fonts and the heading shared by the pages of the PDF report. */
import type PDFDocument from "pdfkit";

export type Pdf = InstanceType<typeof PDFDocument>;

/** A4 landscape in points. */
export const PAGE = { width: 841.89, height: 595.28, margin: 36 } as const;
export const REPORT_FONT = { regular: "report-regular", bold: "report-bold" } as const;
export const MUTED = "#5f6369";

/** Writes a page heading and returns the y under it. */
export function heading(pdf: Pdf, title: string, subtitle: string): number {
  pdf.font(REPORT_FONT.bold).fontSize(20).fillColor("#000000");
  pdf.text(title, PAGE.margin, PAGE.margin - 6, {
    width: PAGE.width - 2 * PAGE.margin,
    lineBreak: false,
  });
  pdf.font(REPORT_FONT.regular).fontSize(10).fillColor(MUTED);
  pdf.text(subtitle, PAGE.margin, PAGE.margin + 22, {
    width: PAGE.width - 2 * PAGE.margin,
    lineBreak: false,
  });
  return PAGE.margin + 44;
}
