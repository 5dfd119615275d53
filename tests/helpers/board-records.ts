/** tldraw records as a board stores them, for tests that write documents directly. */

/** tldraw's rich text: one paragraph per argument. */
export const richText = (...paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

/** A shape with tldraw's base fields (at 0,0 on `parentId`); `fields` sets any of them. */
export const shapeRecord = (id: string, type: string, parentId: string, fields: Record<string, unknown> = {}) => ({
  id,
  typeName: "shape",
  type,
  parentId,
  index: "a1",
  x: 0,
  y: 0,
  rotation: 0,
  isLocked: false,
  opacity: 1,
  meta: {},
  props: {},
  ...fields,
});

/** A sticky note on `parentId` (a page or a frame); `author` is the `user:` record that wrote it. */
export const noteRecord = (id: string, parentId: string, text: string, author: string | null) =>
  shapeRecord(id, "note", parentId, {
    props: { richText: richText(text), textLastEditedBy: author, color: "yellow" },
  });
