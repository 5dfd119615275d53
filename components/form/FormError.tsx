/**
 * A form's error message, announced as an alert. Give the form `aria-describedby={id}` while
 * there is one, so the form's description says what went wrong. Renders nothing without a message.
 */
import type { ReactNode } from "react";

export function FormError({ id, children }: { id?: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="form-error" role="alert">
      {children}
    </p>
  );
}
