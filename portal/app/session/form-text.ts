/**
 * A form field's text, or "" when it is missing or a file: what a person typed, unchanged but for line breaks. A
 * browser sends each line break in a text box as CR LF (HTML's form encoding), while the box itself held LF; the
 * LF is what the person typed, and what is stored, so the words read back the same whichever way they came.
 */
export function formText(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : "";
}

/** The value, if it is one of those offered: a form's radio or select answer, or a filter in an address. */
export function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((known) => known === value);
}
