/** tldraw records as a board stores them, for tests that write documents directly. */

/** tldraw's rich text of one paragraph. */
export const richText = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

/** A sticky note on `parentId` (a page or a frame); `author` is the `user:` record that wrote it. */
export const noteRecord = (id: string, parentId: string, text: string, author: string | null) => ({
  id,
  typeName: "shape",
  type: "note",
  parentId,
  index: "a1",
  x: 0,
  y: 0,
  rotation: 0,
  isLocked: false,
  opacity: 1,
  meta: {},
  props: { richText: richText(text), textLastEditedBy: author, color: "yellow" },
});
