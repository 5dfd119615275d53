import type { ActionStatus, ActionView } from "@/lib/shared/actions";
import { heading, MUTED, PAGE, REPORT_FONT, type Pdf } from "./pdf-layout";

const STATUS_LABELS: Record<ActionStatus, string> = {
  open: "Open",
  doing: "Bezig / Doing",
  done: "Klaar / Done",
};

const COLUMNS = [
  { title: "Actie / Action", width: 390 },
  { title: "Eigenaar / Owner", width: 170 },
  { title: "Deadline / Due", width: 90 },
  { title: "Status", width: 100 },
] as const;
const TITLE = "Afgesproken acties / Agreed actions";
const CELL_PAD = 6;
const BOTTOM = PAGE.height - 40;

function cells(action: ActionView): string[] {
  const owner = [action.ownerName, action.partners ? `(${action.partners})` : null]
    .filter(Boolean)
    .join(" ");
  return [action.title, owner || "–", action.dueOn ?? "–", STATUS_LABELS[action.status]];
}

function drawRow(
  pdf: Pdf,
  texts: readonly string[],
  y: number,
  height: number,
  bold: boolean,
): void {
  let x = PAGE.margin;
  pdf
    .font(bold ? REPORT_FONT.bold : REPORT_FONT.regular)
    .fontSize(10)
    .fillColor("#000000");
  texts.forEach((text, column) => {
    const width = COLUMNS[column]?.width ?? 0;
    pdf.text(text, x, y + CELL_PAD, { width: width - CELL_PAD, height });
    x += width;
  });
  pdf.moveTo(PAGE.margin, y + height + 2 * CELL_PAD).lineTo(x, y + height + 2 * CELL_PAD);
  pdf.lineWidth(0.5).stroke("#c9ced4");
}

/**
 * The "Agreed actions" page: a table of the room's actions (title, owner and partners, due date,
 * status), continued on further pages when long, or a line saying there are none yet.
 * `addPage` starts a new numbered page.
 */
export function drawActionsPage(
  pdf: Pdf,
  actions: ActionView[],
  roomName: string,
  addPage: () => void,
): void {
  let y = heading(pdf, TITLE, roomName) + 8;
  if (actions.length === 0) {
    pdf.font(REPORT_FONT.regular).fontSize(11).fillColor(MUTED);
    pdf.text(
      "Er zijn nog geen acties afgesproken. / No actions have been agreed yet.",
      PAGE.margin,
      y,
    );
    return;
  }
  const headerHeight = 14;
  drawRow(
    pdf,
    COLUMNS.map((column) => column.title),
    y,
    headerHeight,
    true,
  );
  y += headerHeight + 2 * CELL_PAD;
  pdf.font(REPORT_FONT.regular).fontSize(10);
  for (const action of actions) {
    const texts = cells(action);
    const height = Math.max(
      ...texts.map((text, column) =>
        pdf.heightOfString(text, { width: (COLUMNS[column]?.width ?? 0) - CELL_PAD }),
      ),
    );
    if (y + height + 2 * CELL_PAD > BOTTOM) {
      addPage();
      y = heading(pdf, `${TITLE} (vervolg / continued)`, roomName) + 8;
    }
    drawRow(pdf, texts, y, height, false);
    y += height + 2 * CELL_PAD;
  }
}
