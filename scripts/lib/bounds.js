// The quota-bound lower limit of a sweep: how fast any client could possibly go when AWS lets each
// API of each (account, region) through at `tps` requests per second after a burst of `burst`.

export const FORMULA = [
  'T(n) = max(0, n - burst) / tps: the least time n calls of one API in one (account, region) can take.',
  'pipelined bound = max over units of max(T(list), T(outgoing), T(describe)) + max over units of T(write)',
  '  (a unit is an (account, region) for IoT, an account for handshakes; writes wait for the budget check',
  '  across everything, by design). serial bound = max over units of T(list) + T(outgoing) + T(describe) + T(write).',
];

export function callTime(n, quota) {
  return Math.max(0, n - quota.burst) / quota.tps;
}

/**
 * units: [{ list, outgoing, describe, write }] minimum calls per unit (missing = 0).
 * Returns seconds.
 */
export function lowerBounds(units, quota) {
  const T = (n) => callTime(n ?? 0, quota);
  const reads = units.map((u) => Math.max(T(u.list), T(u.outgoing), T(u.describe)));
  const writes = units.map((u) => T(u.write));
  return {
    pipelined: Math.max(0, ...reads) + Math.max(0, ...writes),
    serial: Math.max(0, ...units.map((u) => T(u.list) + T(u.outgoing) + T(u.describe) + T(u.write))),
  };
}

/** ListCertificates pages for `visible` certificates at 250 a page (one call even when empty). */
export function listPages(visible, pageSize = 250) {
  return Math.max(1, Math.ceil(visible / pageSize));
}
