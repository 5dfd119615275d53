"use client";
/**
 * Locks on the canvas (rule: lib/shared/locks/locked-record.ts; enforced by the realtime
 * server). Participants cannot select or change locked shapes and get a short hint when they
 * try; a facilitator's new shapes are stamped facilitator-placed, and a facilitator can lock or
 * unlock the current selection.
 */
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { useValue } from "tldraw";
import { registerLockSideEffects } from "@/lib/client/locks/lock-side-effects";
import { areShapesLocked, setShapesLocked } from "@/lib/client/locks/set-shapes-locked";
import { treatRuleLockedAsLocked } from "@/lib/client/locks/treat-as-locked";
import { watchLockedAttempts } from "@/lib/client/locks/watch-locked-attempts";
import type { FacilitationContext } from "./FacilitationLayer";
import styles from "./locks/locks.module.css";

const HINT_MS = 2_500;

export function LockedElements({ editor, isFacilitator }: FacilitationContext) {
  const t = useTranslations("locks");
  const facilitatorRef = useRef(isFacilitator);
  useEffect(() => {
    facilitatorRef.current = isFacilitator;
  }, [isFacilitator]);
  const [hintShown, setHintShown] = useState(false);
  // Inside the canvas area (position: relative), which the Board renders in the same commit.
  const host = useSyncExternalStore(
    subscribeNextFrame,
    () => document.querySelector<HTMLElement>(".room__canvas"),
    () => null,
  );

  useEffect(() => {
    if (!editor) return;
    let hideTimer: ReturnType<typeof setTimeout> | undefined;
    const isFacilitatorNow = () => facilitatorRef.current;
    // May be called inside a store transaction: update React afterwards.
    const showHint = () =>
      queueMicrotask(() => {
        setHintShown(true);
        clearTimeout(hideTimer);
        hideTimer = setTimeout(() => setHintShown(false), HINT_MS);
      });
    const stops = [
      treatRuleLockedAsLocked(editor, isFacilitatorNow),
      registerLockSideEffects(editor, { isFacilitator: isFacilitatorNow, onBlocked: showHint }),
      watchLockedAttempts(editor, isFacilitatorNow, showHint),
    ];
    return () => {
      for (const stop of stops) stop();
      clearTimeout(hideTimer);
    };
  }, [editor]);

  const selection = useValue("selected shapes", () => editor?.getSelectedShapeIds() ?? [], [editor]);
  const selectionLocked = useValue(
    "selection locked",
    () => (editor ? areShapesLocked(editor, editor.getSelectedShapeIds()) : false),
    [editor],
  );

  if (!editor || !host) return null;
  const showControl = isFacilitator && selection.length > 0;
  if (!showControl && !hintShown) return null;

  return createPortal(
    <div className={styles.dock} role="region" aria-label={t("region")} data-testid="locks">
      {hintShown && !isFacilitator && (
        <p className={styles.hint} role="status" data-testid="lock-hint">
          <LockIcon open={false} /> {t("blocked")}
        </p>
      )}
      {showControl && (
        <div className={styles.control}>
          <span className={styles.state}>
            <LockIcon open={!selectionLocked} /> {selectionLocked ? t("lockedState") : t("unlockedState")}
          </span>
          <button
            type="button"
            className={styles.button}
            data-testid="lock-toggle"
            aria-label={selectionLocked ? t("unlockLabel") : t("lockLabel")}
            onClick={() => setShapesLocked(editor, editor.getSelectedShapeIds(), !selectionLocked)}
          >
            {selectionLocked ? t("unlock") : t("lock")}
          </button>
        </div>
      )}
    </div>,
    host,
  );
}

/** A small padlock (emoji fonts are missing on some machines). */
function LockIcon({ open }: { open: boolean }) {
  return (
    <svg className={styles.icon} width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path
        d={open ? "M5 7V4.5a3 3 0 0 1 5.8-1" : "M5 7V4.5a3 3 0 0 1 6 0V7"}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  );
}

function subscribeNextFrame(onChange: () => void): () => void {
  const frame = requestAnimationFrame(onChange);
  return () => cancelAnimationFrame(frame);
}
