import type { PdfBox } from "./pdf-stage";
import { MUTED, REPORT_FONT, type Pdf } from "./pdf-layout";
import type { RankedVotes } from "./stage-vote-results";

const COUNT_WIDTH = 34;
const ROW_GAP = 6;

/**
 * A stage's dot-vote results beside its drawing: notes ranked by dots, each with its text (cut
 * off after a few lines) and its count. Rows that do not fit are summed up in one last line.
 */
export function drawVoteResults(
  pdf: Pdf,
  ranked: RankedVotes,
  noteTexts: Map<string, string>,
  box: PdfBox,
): void {
  pdf.font(REPORT_FONT.bold).fontSize(12).fillColor("#000000");
  pdf.text("Stemresultaten / Vote results", box.x, box.y, { width: box.w, lineBreak: false });
  pdf.font(REPORT_FONT.regular).fontSize(8).fillColor(MUTED);
  pdf.text("stippen / dots", box.x + box.w - 80, box.y + 18, {
    width: 80,
    align: "right",
    lineBreak: false,
  });
  let y = box.y + 32;
  const textWidth = box.w - COUNT_WIDTH - 18;
  pdf.fontSize(9).fillColor("#000000");
  for (const [position, entry] of ranked.entries()) {
    const text =
      noteTexts.get(entry.noteId)?.replace(/\s+/g, " ").trim() || "(verwijderd / deleted)";
    const height = Math.min(pdf.heightOfString(text, { width: textWidth }), 9 * 1.3 * 3);
    if (y + height > box.y + box.h - 14) {
      const rest = ranked.length - position;
      pdf.fillColor(MUTED).text(`+ ${rest} …`, box.x, y, { width: box.w, lineBreak: false });
      return;
    }
    pdf.fillColor(MUTED).text(`${position + 1}.`, box.x, y, { width: 16, lineBreak: false });
    pdf
      .fillColor("#000000")
      .text(text, box.x + 18, y, { width: textWidth, height, ellipsis: true });
    pdf.font(REPORT_FONT.bold).text(String(entry.count), box.x + box.w - COUNT_WIDTH, y, {
      width: COUNT_WIDTH,
      align: "right",
      lineBreak: false,
    });
    pdf.font(REPORT_FONT.regular);
    y += height + ROW_GAP;
  }
}
