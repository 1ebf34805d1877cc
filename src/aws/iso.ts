/** A timestamp from the SDK as ISO-8601, or undefined when absent or not a valid date (never throws). */
export function isoDate(value: Date | undefined): string | undefined {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return undefined;
  return value.toISOString();
}

/** A non-empty string, else undefined: AWS omits, nulls or blanks optional fields. */
export function nonEmpty(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
