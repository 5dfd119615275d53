/**
 * The submit and cancel buttons at the end of an inline form (add or edit in place). Cancel
 * shows only with `onCancel`: a form that adds has nothing to cancel.
 */
import type { ReactNode } from "react";

interface FormButtonsProps {
  submitLabel: ReactNode;
  cancelLabel: ReactNode;
  /** False while saving or while the form lacks what it needs. */
  canSubmit: boolean;
  onCancel?: () => void;
  /** The smaller buttons of a form inside a list item. */
  small?: boolean;
}

export function FormButtons({ submitLabel, cancelLabel, canSubmit, onCancel, small = false }: FormButtonsProps) {
  const size = small ? " button--small" : "";
  return (
    <div className="inline-form__actions">
      <button type="submit" className={`button button--primary${size}`} disabled={!canSubmit}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className={`button button--quiet${size}`} onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
