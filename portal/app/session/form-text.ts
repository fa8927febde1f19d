/** A form field's text, or "" when it is missing or a file: what a person typed, unchanged. */
export function formText(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}
