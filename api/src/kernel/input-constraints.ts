import { ValidateBy, type ValidationOptions } from "class-validator";
import type { FieldErrorCode } from "./field-error-codes";

/** Text with something in it other than spaces: "   " is as empty as "". */
export function NotBlank(options: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: "notBlank", validator: { validate: (value: unknown) => typeof value === "string" && /\S/.test(value) } }, options);
}

/**
 * The field error code for each class-validator constraint the inputs use. An input that uses a constraint missing
 * here fails a test (input-constraints.test.ts), so no field error goes out without a code.
 */
export const CONSTRAINT_CODES: Readonly<Record<string, FieldErrorCode>> = {
  notBlank: "REQUIRED",
  maxLength: "TOO_LONG",
  arrayMaxSize: "TOO_LONG",
  arrayMinSize: "REQUIRED",
  minLength: "TOO_SHORT",
  min: "OUT_OF_RANGE",
  max: "OUT_OF_RANGE",
  isUuid: "INVALID_FORMAT",
  isDateString: "INVALID_FORMAT",
};
