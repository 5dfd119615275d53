"use client";
/**
 * The tldraw canvas. Every asset (fonts, icons, translations) comes from /tldraw on this server
 * (scripts/copy-tldraw-assets.mjs), so the board works without internet access.
 */
import { getAssetUrls } from "@tldraw/assets/selfHosted";
import { useEffect } from "react";
import { Tldraw, type Editor, type TLComponents, type TLStore } from "tldraw";
import "tldraw/tldraw.css";
import { customShapeUtils } from "@/lib/client/canvas/shape-utils";
import { markOpenStep } from "@/lib/client/open-marks";
import { useTldrawUser } from "@/lib/client/use-tldraw-user";
import type { PresenceUser } from "@/lib/shared/presence";
import { DeferredShapeWrapper } from "./DeferredShapeWrapper";

const assetUrls = getAssetUrls({ baseUrl: "/tldraw" });

/**
 * Stages are the pages: the stage bar replaces tldraw's page menu (no adding pages). Shapes
 * outside the view mount their content when first scrolled to (DeferredShapeWrapper.tsx).
 */
const components: TLComponents = { PageMenu: null, ShapeWrapper: DeferredShapeWrapper };

export interface BoardCanvasProps {
  store: TLStore;
  user: PresenceUser;
  locale: string;
  licenseKey?: string;
  onEditor(editor: Editor | null): void;
}

export function BoardCanvas({ store, user, locale, licenseKey, onEditor }: BoardCanvasProps) {
  const tldrawUser = useTldrawUser(user, locale);
  useEffect(() => () => onEditor(null), [onEditor]);
  return (
    <div className="board-canvas">
      <Tldraw
        store={store}
        shapeUtils={customShapeUtils}
        user={tldrawUser}
        assetUrls={assetUrls}
        licenseKey={licenseKey}
        components={components}
        autoFocus
        onMount={(editor) => {
          markOpenStep("editor-mounted");
          onEditor(editor);
        }}
      />
    </div>
  );
}
