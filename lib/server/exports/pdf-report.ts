/**
 * The room report as PDF (landscape A4): one page per stage with the stage drawn as vectors and,
 * when the stage had a dot vote, its ranked results; then the agreed actions. Text is Dutch and
 * English side by side, like the board's stage names, and set in the app's own font.
 */
import PDFDocument from "pdfkit";
import type * as Y from "yjs";
import { listRoomActions } from "@/lib/server/actions/list-room-actions";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import type { ActionView } from "@/lib/shared/actions";
import { STAGES, type StageId } from "@/lib/shared/stages";
import { loadRoomDoc } from "./load-room-doc";
import { drawActionsPage } from "./pdf-actions";
import { heading, MUTED, PAGE, REPORT_FONT, type Pdf } from "./pdf-layout";
import { loadReportFonts } from "./pdf-fonts";
import { drawStageScene } from "./pdf-stage";
import { drawVoteResults } from "./pdf-votes";
import { buildStageScene } from "./stage-scene";
import { stageVoteResults, type RankedVotes } from "./stage-vote-results";

export interface RoomReportInput {
  roomName: string;
  doc: Y.Doc;
  /** Ranked results of each stage's last vote (stages without a vote left out). */
  votes: Map<StageId, RankedVotes>;
  actions: ActionView[];
  generatedAt: Date;
}

const VOTE_COLUMN = 220;

function footer(pdf: Pdf, input: RoomReportInput, pageNumber: number): void {
  const date = input.generatedAt.toISOString().slice(0, 10);
  pdf.font(REPORT_FONT.regular).fontSize(8).fillColor(MUTED);
  pdf.text(`${input.roomName} · Cocreate · ${date}`, PAGE.margin, PAGE.height - 24, {
    width: PAGE.width - 2 * PAGE.margin - 40,
    height: 12,
    lineBreak: false,
    ellipsis: true,
  });
  pdf.text(String(pageNumber), PAGE.width - PAGE.margin - 40, PAGE.height - 24, {
    width: 40,
    align: "right",
    lineBreak: false,
  });
}

function stagePage(pdf: Pdf, input: RoomReportInput, stageId: StageId, position: number): void {
  const scene = buildStageScene(input.doc, stageId);
  const top = heading(pdf, `${position + 1}. ${scene.title}`, input.roomName);
  const ranked = input.votes.get(stageId);
  const bottom = PAGE.height - 36;
  const drawingWidth = PAGE.width - 2 * PAGE.margin - (ranked ? VOTE_COLUMN + 16 : 0);
  pdf.font(REPORT_FONT.regular);
  drawStageScene(
    pdf,
    scene,
    { x: PAGE.margin, y: top, w: drawingWidth, h: bottom - top },
    "Op deze fase staat nog niets. / Nothing on this stage yet.",
  );
  if (ranked) {
    const notes = new Map<string, string>();
    for (const primitive of scene.primitives) {
      if (primitive.kind === "note") notes.set(primitive.shapeId, primitive.text);
    }
    const column = {
      x: PAGE.width - PAGE.margin - VOTE_COLUMN,
      y: top,
      w: VOTE_COLUMN,
      h: bottom - top,
    };
    drawVoteResults(pdf, ranked, notes, column);
  }
}

/** The report of one room as PDF bytes. Pure: everything it shows comes in `input`. */
export async function buildReportPdf(input: RoomReportInput): Promise<Buffer> {
  const fonts = await loadReportFonts();
  const pdf = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: `${input.roomName}: verslag / report`,
      Creator: "Cocreate",
      CreationDate: input.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  pdf.registerFont(REPORT_FONT.regular, fonts.regular);
  pdf.registerFont(REPORT_FONT.bold, fonts.bold);

  let pageNumber = 0;
  const addPage = () => {
    pdf.addPage();
    footer(pdf, input, ++pageNumber);
  };
  STAGES.forEach((stage, position) => {
    addPage();
    stagePage(pdf, input, stage.id, position);
  });
  addPage();
  drawActionsPage(pdf, input.actions, input.roomName, addPage);
  pdf.end();
  return finished;
}

/** The report of a stored room (404 for an unknown room). No access check: the route does it. */
export async function renderRoomReportPdf(
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<Buffer> {
  const room = await prisma.room.findUnique({ where: { id: roomId }, select: { name: true } });
  if (!room) throw new AppError("room_not_found", 404, "This room does not exist.");
  const doc = await loadRoomDoc(roomId, prisma);
  try {
    const [votes, actions] = await Promise.all([
      stageVoteResults(roomId, doc, prisma),
      listRoomActions(roomId, prisma),
    ]);
    return await buildReportPdf({
      roomName: room.name,
      doc,
      votes,
      actions,
      generatedAt: new Date(),
    });
  } finally {
    doc.destroy();
  }
}
