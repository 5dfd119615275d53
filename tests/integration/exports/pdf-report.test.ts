/**
 * The room report PDF on a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgres),
 * read back with a real PDF parser (pdf.js): a page per stage with its title, its notes and the
 * stage's vote results, then the agreed actions.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { createAction } from "@/lib/server/actions/create-action";
import { listRoomActions } from "@/lib/server/actions/list-room-actions";
import { loadRoomDoc } from "@/lib/server/exports/load-room-doc";
import { renderRoomReportPdf } from "@/lib/server/exports/pdf-report";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { STAGES } from "@/lib/shared/stages";
import {
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../helpers/test-database";

let db: TestDatabase;
let roomId: string;
let ownerId: string;

const NOTE_TEXTS: Record<string, string> = {
  empathize: "Klant wacht “te lang”",
  define: "Oudere bezoekers zoeken hulp",
  ideate: "Zelfscan aan de ingang",
  prototype: "Papieren maquette café",
  test: "Drie van vijf vonden het prettig",
};

const note = (id: string, parentId: string, text: string) => ({
  id,
  typeName: "shape",
  type: "note",
  parentId,
  index: "b1",
  x: 100,
  y: 900,
  rotation: 0,
  isLocked: false,
  opacity: 1,
  meta: {},
  props: {
    color: "yellow",
    size: "m",
    scale: 1,
    growY: 0,
    align: "middle",
    verticalAlign: "middle",
    richText: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
  },
});

/** One note per stage (the ideate one inside a frame) and a second idea, stored as an update. */
async function fillRoom(): Promise<void> {
  const doc = await loadRoomDoc(roomId, db.prisma);
  const before = Y.encodeStateVector(doc);
  const kv = new YKeyValue(getRecordsArray(doc));
  doc.transact(() => {
    kv.set("shape:frame", {
      id: "shape:frame",
      typeName: "shape",
      type: "frame",
      parentId: "page:ideate",
      index: "b0",
      x: 0,
      y: 800,
      rotation: 0,
      isLocked: false,
      opacity: 1,
      meta: {},
      props: { w: 700, h: 400, name: "Kansen", color: "black" },
    });
    for (const stage of STAGES) {
      const parent = stage.id === "ideate" ? "shape:frame" : stage.pageId;
      kv.set(
        `shape:note-${stage.id}`,
        note(`shape:note-${stage.id}`, parent, NOTE_TEXTS[stage.id] ?? ""),
      );
    }
    kv.set("shape:idea2", { ...note("shape:idea2", "page:ideate", "Wachtrij-app"), x: 900 });
  });
  await db.store.appendUpdates(roomId, [Y.encodeStateAsUpdate(doc, before)]);
}

/** An ended dot vote on Ideate: 4 dots for the framed idea, 2 for the other. */
async function endedVote(): Promise<void> {
  const session = await db.prisma.voteSession.create({
    data: {
      roomId,
      stageId: "ideate",
      votesPerPerson: 3,
      maxPerNote: 3,
      status: "ended",
      startedById: ownerId,
      endedAt: new Date(),
    },
  });
  const dots = [...Array(4).fill("shape:note-ideate"), ...Array(2).fill("shape:idea2")];
  await db.prisma.vote.createMany({
    data: dots.map((noteId, i) => ({ sessionId: session.id, userId: `voter-${i % 3}`, noteId })),
  });
}

/** The text of each page, items joined by spaces. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/g, " "),
    );
  }
  await document.destroy();
  return texts;
}

beforeAll(async () => {
  db = await createTestDatabase();
  roomId = await db.createRoom("Groep 1: Café");
  ownerId = (await db.prisma.room.findUniqueOrThrow({ where: { id: roomId } })).ownerId;
  await fillRoom();
  await endedVote();
});
afterAll(async () => {
  await db?.drop();
});

describe(`room report PDF on ${testDatabaseProvider()}`, () => {
  it("has a page per stage with its title and notes, then the agreed actions", async () => {
    const action = await createAction(
      roomId,
      ownerId,
      {
        title: "Wachttijd meten bij de balie",
        ownerName: "Ann Peeters",
        partners: "Gemeente",
        dueOn: "2027-01-31",
        status: "doing",
        stageId: "ideate",
        sourceNoteId: "shape:note-ideate",
      },
      db.prisma,
    );
    expect(action).toMatchObject({ dueOn: "2027-01-31", status: "doing", createdById: ownerId });
    expect(await listRoomActions(roomId, db.prisma)).toEqual([action]);

    const pdf = await renderRoomReportPdf(roomId, db.prisma);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = await pageTexts(pdf);
    expect(pages).toHaveLength(STAGES.length + 1);

    STAGES.forEach((stage, position) => {
      const page = pages[position] ?? "";
      expect(page).toContain(
        `${position + 1}. ${stage.nl === stage.en ? stage.nl : `${stage.nl} / ${stage.en}`}`,
      );
      expect(page).toContain(NOTE_TEXTS[stage.id]);
      // Each stage's note is on its own page only.
      for (const other of STAGES.filter((candidate) => candidate.id !== stage.id)) {
        expect(page).not.toContain(NOTE_TEXTS[other.id]);
      }
    });

    // Ideate had a vote: its notes ranked with their dots; no other stage lists votes.
    const ideate = pages[2] ?? "";
    expect(ideate).toMatch(
      /Stemresultaten \/ Vote results .*1\. Zelfscan aan de ingang 4 2\. Wachtrij-app 2/,
    );
    expect(pages.filter((page) => page.includes("Vote results"))).toHaveLength(1);

    const actions = pages[STAGES.length] ?? "";
    expect(actions).toContain("Afgesproken acties / Agreed actions");
    expect(actions).toContain("Wachttijd meten bij de balie");
    expect(actions).toContain("Ann Peeters (Gemeente)");
    expect(actions).toContain("2027-01-31");
    expect(actions).toContain("Bezig / Doing");
  });

  it("says so when a room has no actions yet", async () => {
    const emptyRoom = await db.createRoom("Groep 2");
    const pages = await pageTexts(await renderRoomReportPdf(emptyRoom, db.prisma));
    expect(pages).toHaveLength(STAGES.length + 1);
    expect(pages[STAGES.length]).toContain("No actions have been agreed yet.");
  });

  it("refuses an action without a title and an unknown room", async () => {
    await expect(createAction(roomId, ownerId, { title: "  " }, db.prisma)).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      createAction("no-such-room", ownerId, { title: "X" }, db.prisma),
    ).rejects.toMatchObject({
      status: 404,
    });
    await expect(renderRoomReportPdf("no-such-room", db.prisma)).rejects.toMatchObject({
      status: 404,
    });
  });
});
