"use client";
/**
 * Makes this person's private shapes look different: a dashed outline and a small "private"
 * label, by their `data-shape-id` (tldraw renders every shape in a wrapper carrying it).
 */
import { useTranslations } from "next-intl";

export function PrivateShapeStyle({ shapeIds }: { shapeIds: string[] }) {
  const t = useTranslations("silent");
  if (shapeIds.length === 0) return null;
  const selector = (suffix: string) =>
    shapeIds.map((id) => `.tl-shape[data-shape-id=${JSON.stringify(id)}]${suffix}`).join(",\n");
  const css = `${selector("")} { outline: 2px dashed #c98a00; outline-offset: 3px; }
${selector("::after")} {
  content: ${JSON.stringify(t("privateBadge"))}; position: absolute; top: -22px; left: 0;
  font: 600 12px/1.4 system-ui, sans-serif; color: #6b4600; background: #fff1d6;
  border: 1px dashed #c98a00; border-radius: 6px; padding: 0 6px; pointer-events: none;
}`;
  return <style data-testid="private-shape-style">{css}</style>;
}
