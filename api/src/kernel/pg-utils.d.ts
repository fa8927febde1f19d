declare module "pg/lib/utils" {
  /** How pg turns a parameter into the text it sends (a Buffer it sends as bytes). */
  export function prepareValue(value: unknown): string | Buffer | null;
}
