/** Scenario times: ISO-8601, epoch milliseconds, or offsets like "-3d" from the seeding moment. */
import type { TimeSpec } from './types.ts';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Resolve a TimeSpec to epoch milliseconds; `what` names the scenario key in error messages. */
export function resolveTime(spec: TimeSpec | undefined, fallbackMs: number, nowMs: number, what: string): number {
  if (spec === undefined) return fallbackMs;
  if (typeof spec === 'number') {
    if (!Number.isFinite(spec)) throw new Error(`${what}: ${spec} is not a time; use ISO-8601, epoch ms or "-3d"`);
    return spec;
  }
  const text = spec.trim();
  if (text === 'now') return nowMs;
  const rel = /^([+-])(\d+(?:\.\d+)?)([smhd])$/.exec(text);
  if (rel) {
    const [, sign, amount, unit] = rel as unknown as [string, string, string, string];
    const delta = Number(amount) * (UNIT_MS[unit] ?? 0);
    return Math.round(sign === '-' ? nowMs - delta : nowMs + delta);
  }
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    throw new Error(`${what}: "${spec}" is not a time; use ISO-8601 ("2026-11-01T00:00:00Z"), epoch ms, "now" or an offset like "-3d"/"+12h"`);
  }
  return ms;
}

/** AWS JSON timestamps: epoch seconds with millisecond fraction. */
export function epochSeconds(ms: number): number {
  return ms / 1000;
}
