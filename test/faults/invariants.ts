/**
 * The invariants every fault run must keep, checked from what can be observed: the emulator's
 * call log, the run's report, and (for dist runs) its outputs and exit status. Pure: a test feeds
 * it fabricated observations to show it catches each kind of violation.
 */
import type { CallRecord } from '../emulator/types.ts';
import { acceptedAgainstPolicy, ME, writableTargets, type FaultScenario } from './generate.ts';

export const INVARIANTS = ['allowlisted-written', 'written-twice', 'one-outcome', 'incomplete-listing', 'outputs-agree', 'budget-or-dry-run-wrote', 'accepted-flagged'] as const;
export type Invariant = (typeof INVARIANTS)[number];

export interface Violation {
  readonly invariant: Invariant;
  readonly detail: string;
}

/** The parts of the JSON report (RunReport) the checks read. */
export interface ObservedReport {
  readonly mode: string;
  readonly items: readonly { readonly item: { readonly kind: string; readonly account: string; readonly region?: string; readonly certificateId?: string; readonly id?: string; readonly direction?: string }; readonly outcome: string; readonly action: string }[];
  readonly errors: readonly { readonly service: string; readonly region?: string | undefined; readonly account?: string | undefined }[];
  readonly failures: readonly string[];
  readonly accounts: readonly { readonly account: string; readonly regions: { readonly swept: readonly string[]; readonly failed: readonly string[]; readonly skipped: readonly unknown[] }; readonly handshakes: string }[];
  readonly budget: { readonly tripped: boolean; readonly planned: number };
  readonly counts: Readonly<Record<string, number>>;
}

export interface Observation {
  readonly scenario: Pick<FaultScenario, 'certificates' | 'handshakes' | 'policy' | 'regions' | 'mode'>;
  readonly calls: readonly Pick<CallRecord, 'operation' | 'params' | 'status' | 'fault' | 'region'>[];
  /** Absent when the run threw before writing a report (itself a violation). */
  readonly report: ObservedReport | undefined;
  /** dist runs: the exit status and the step's outputs. */
  readonly dist?: { readonly code: number | null; readonly outputs: Readonly<Record<string, string>> } | undefined;
}

export const WRITE_OPERATIONS = ['RejectCertificateTransfer', 'AcceptCertificateTransfer', 'CancelCertificateTransfer', 'TransferCertificate', 'UpdateCertificate', 'DeclineHandshake', 'AcceptHandshake', 'CancelHandshake'];

const targetOf = (call: Pick<CallRecord, 'params'>): string => String(call.params['certificateId'] ?? call.params['HandshakeId'] ?? '?');
const itemId = (i: ObservedReport['items'][number]['item']): string => i.certificateId ?? i.id ?? '?';

export function checkRun(o: Observation): Violation[] {
  const v: Violation[] = [];
  const add = (invariant: Invariant, detail: string) => v.push({ invariant, detail });
  const s = o.scenario;
  const writable = writableTargets(s);
  const writes = o.calls.filter((c) => WRITE_OPERATIONS.includes(c.operation));

  // 1. An item the policy allows (or does not govern, or that is not pending to us) is never written.
  for (const call of writes) {
    if (call.operation !== 'RejectCertificateTransfer' && call.operation !== 'DeclineHandshake') add('allowlisted-written', `${call.operation} was called (${targetOf(call)}): the action never makes that call`);
    else if (!writable.has(targetOf(call))) add('allowlisted-written', `${call.operation} ${targetOf(call)}: not an item the policy rejects or declines`);
  }

  // 2. No item is written twice: no write call after one that AWS answered 200 without a fault.
  const done = new Set<string>();
  for (const call of writes) {
    const id = targetOf(call);
    if (done.has(id)) add('written-twice', `${call.operation} ${id} called again after it succeeded`);
    if (call.status === 200 && call.fault === undefined) done.add(id);
  }

  // 6. A tripped budget, or a dry run, writes nothing.
  if (writes.length > 0 && (o.report?.budget.tripped === true || s.mode === 'dry-run')) add('budget-or-dry-run-wrote', `${writes.length} write calls in a ${s.mode} run${o.report?.budget.tripped ? ' whose budget tripped' : ''}`);

  const r = o.report;
  if (r === undefined) {
    add('outputs-agree', 'the run ended without a report');
    return v;
  }

  // 3. Every pending item read has exactly one outcome; nothing else is reported.
  const reported = new Map<string, number>();
  for (const i of r.items) reported.set(itemId(i.item), (reported.get(itemId(i.item)) ?? 0) + 1);
  for (const [id, n] of reported) if (n !== 1) add('one-outcome', `${id} has ${n} outcomes`);
  const known = new Set([...s.certificates.map((c) => c.id), ...s.handshakes.map((h) => h.id)]);
  for (const i of r.items) if (!known.has(itemId(i.item))) add('one-outcome', `${itemId(i.item)} is reported but was never pending`);
  const account = r.accounts.find((a) => a.account === ME);
  if (account === undefined) {
    add('incomplete-listing', `account ${ME} is missing from report.accounts`);
    return v;
  }
  const swept = new Set(account.regions.swept);
  const pendingCerts = s.certificates.filter((c) => c.transferTo !== undefined);
  for (const c of pendingCerts) if (swept.has(c.region) && reported.get(c.id) === undefined) add('one-outcome', `${c.region} ${c.id} pending in a region reported as swept, but has no outcome`);
  const governed = s.policy.organizations.handshakeTypes.length > 0;
  if (account.handshakes === 'swept') {
    for (const h of s.handshakes) if (h.state === 'OPEN' || h.state === 'REQUESTED') if (reported.get(h.id) === undefined) add('one-outcome', `handshake ${h.id} (${h.state}) has no outcome though the handshakes are reported as swept`);
  }
  const allowedOutcome = new Set(['allowed', 'ignored']);
  const flagged = acceptedAgainstPolicy(s);
  for (const i of r.items) {
    if (!writable.has(itemId(i.item)) && !flagged.has(itemId(i.item)) && !allowedOutcome.has(i.outcome)) add('allowlisted-written', `${itemId(i.item)} is not to be written but its outcome is ${i.outcome}`);
  }

  // 7. A governed handshake accepted before the run from an organization the policy does not allow is
  // reported accepted-meanwhile (an ignore: nothing written, nothing planned), and the step fails.
  if (account.handshakes === 'swept') {
    for (const id of flagged) {
      const i = r.items.find((x) => itemId(x.item) === id);
      if (i === undefined || i.outcome !== 'accepted-meanwhile' || i.action !== 'ignore') add('accepted-flagged', `handshake ${id} was accepted against the policy but is reported ${i === undefined ? 'not at all' : `${i.action} / ${i.outcome}`}`);
    }
    if (flagged.size > 0 && r.failures.length === 0) add('accepted-flagged', `${flagged.size} handshakes accepted against the policy, yet the step did not fail`);
  }

  // 4. An incomplete listing fails the step, and its items are absent, never "nothing pending".
  for (const region of new Set(s.regions)) {
    if (swept.has(region)) continue;
    const inErrors = r.errors.some((e) => e.service === 'iot' && e.region === region);
    if (!account.regions.failed.includes(region) || !inErrors) add('incomplete-listing', `${region} was not swept but is not reported as failed (failed: ${account.regions.failed.join(',') || 'none'}, in errors: ${inErrors})`);
    if (r.failures.length === 0) add('incomplete-listing', `${region} was not swept, yet the step did not fail`);
    for (const i of r.items) if (i.item.region === region) add('incomplete-listing', `${itemId(i.item)} of unread ${region} is reported (${i.outcome})`);
  }
  if (governed && account.handshakes !== 'swept') {
    if (!r.errors.some((e) => e.service === 'organizations')) add('incomplete-listing', `handshakes ${account.handshakes} but no Organizations error is reported`);
    if (r.failures.length === 0) add('incomplete-listing', 'the handshakes were not read, yet the step did not fail');
    for (const i of r.items) if (i.item.kind === 'handshake') add('incomplete-listing', `handshake ${itemId(i.item)} reported though the listing failed`);
  }
  if (r.failures.length === 0 && r.errors.length > 0) add('incomplete-listing', `${r.errors.length} errors but no failure`);

  // 5. Outputs, exit status, report and AWS's state agree.
  const recount: Record<string, number> = {};
  let planned = 0;
  for (const i of r.items) {
    recount[i.outcome] = (recount[i.outcome] ?? 0) + 1;
    if (i.action === 'reject' || i.action === 'decline') planned += 1;
  }
  for (const outcome of ['rejected', 'declined', 'failed', 'already-handled', 'accepted-meanwhile', 'held-by-budget', 'allowed', 'ignored', 'would-reject', 'would-decline']) {
    if ((r.counts[outcome] ?? 0) !== (recount[outcome] ?? 0)) add('outputs-agree', `counts.${outcome} ${r.counts[outcome]} but ${recount[outcome] ?? 0} items`);
  }
  if (r.counts['planned'] !== planned || r.budget.planned !== planned) add('outputs-agree', `planned ${r.counts['planned']} / budget ${r.budget.planned}, but ${planned} items call for a write`);
  for (const i of r.items) {
    const id = itemId(i.item);
    const ok = writes.some((c) => targetOf(c) === id && c.status === 200);
    if ((i.outcome === 'rejected' || i.outcome === 'declined') && !ok) add('outputs-agree', `${id} reported ${i.outcome}, but AWS never answered a write of it with 200`);
    const clean = writes.some((c) => targetOf(c) === id && c.status === 200 && c.fault === undefined);
    if (clean && i.outcome !== 'rejected' && i.outcome !== 'declined') add('outputs-agree', `${id} was written (200) but reported ${i.outcome}`);
  }
  if (o.dist !== undefined) {
    const { code, outputs } = o.dist;
    for (const name of ['rejected', 'declined', 'failed', 'planned']) {
      if (outputs[name] !== String(r.counts[name] ?? 0)) add('outputs-agree', `output ${name}=${outputs[name]} but the report counts ${r.counts[name]}`);
    }
    if ((code === 0) !== (r.failures.length === 0)) add('outputs-agree', `exit status ${code} with ${r.failures.length} failures in the report`);
  }
  return v;
}
