/**
 * One labelled input with an optional hint below it: the label is tied to the input, the hint is
 * read with it (aria-describedby), and `invalid` marks the input for screen readers when the
 * form's error is about this field.
 */
import { useId, type ComponentPropsWithoutRef, type ReactNode } from "react";

type InputProps = Omit<
  ComponentPropsWithoutRef<"input">,
  "id" | "onChange" | "aria-invalid" | "aria-describedby"
>;

export interface TextFieldProps extends InputProps {
  label: ReactNode;
  hint?: ReactNode;
  invalid?: boolean;
  /** The new text on every change (controlled inputs); uncontrolled ones use `defaultValue` and FormData. */
  onValueChange?: (value: string) => void;
  /** Class of the wrapper; "field" lays label, input and hint out as a column. */
  fieldClassName?: string;
}

export function TextField({
  label,
  hint,
  invalid,
  onValueChange,
  fieldClassName = "field",
  ...inputProps
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={fieldClassName}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        {...inputProps}
        onChange={onValueChange ? (event) => onValueChange(event.target.value) : undefined}
        aria-describedby={hint ? hintId : undefined}
        aria-invalid={invalid || undefined}
      />
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
