/** Reads a text field of a submitted form by name, trimmed unless asked not to (passwords). */
export function formText(form: HTMLFormElement, name: string, { trim = true } = {}): string {
  const value = new FormData(form).get(name);
  const text = typeof value === "string" ? value : "";
  return trim ? text.trim() : text;
}
