/** A timestamp from the SDK as ISO-8601, or undefined when absent or not a valid date (never throws). */
export function isoDate(value: Date | undefined): string | undefined {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return undefined;
  return value.toISOString();
}

/** A non-empty string, else undefined: AWS omits, nulls or blanks optional fields. */
export function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A timestamp AWS sends as a plain string (GuardDuty's InvitedAt) as ISO-8601, or undefined when
 * absent or not a date. Never throws; the text itself is not kept when it is not a date.
 */
export function isoDateString(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
