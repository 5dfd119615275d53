/**
 * Plain text of a tldraw rich-text value (TipTap JSON), paragraphs joined by newlines. Used for
 * the debug handle and exports; needs no editor, unlike tldraw's `renderPlaintextFromRichText`.
 */
interface RichTextNode {
  type?: string;
  text?: string;
  content?: RichTextNode[];
}

export function richTextToPlain(richText: unknown): string {
  if (!richText || typeof richText !== "object") return "";
  const root = richText as RichTextNode;
  const blocks = root.type === "doc" ? (root.content ?? []) : [root];
  return blocks.map(inlineText).join("\n");
}

function inlineText(node: RichTextNode): string {
  if (typeof node.text === "string") return node.text;
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inlineText).join("");
}
