/**
 * What a run could not read: its errors told apart (a role not assumed, a role answering as another
 * account, the organization's account list), put in order (widest first, the report's order) and
 * placed in words; the accounts not guarded that fail the step; and the one count of parts not read. Pure.
 */
import { compareCodeUnits } from '../model/code-unit-order.js';
import type { SweepError } from '../sweep/events.js';
import { KIND_NAMES } from '../kinds/registry.js';
import { KIND_OF_SERVICE, SERVICE_LABEL, SERVICE_NAMES, type ServiceName } from '../kinds/services.js';
import type { SkippedTarget } from '../targets/resolve-targets.js';
import type { RunReport } from './report-types.js';

/**
 * Whether an error is a guard role that answered as another account than the one it was assumed
 * for (account-inventory.ts): our own finding, so without AWS's error name (SweepError.code), where a role
 * that could not be assumed has one. Nothing of the account was read either way.
 */
export function answeredAsAnother(e: Pick<SweepError, 'service' | 'account' | 'code'>): boolean {
  return e.service === 'sts' && e.account !== undefined && e.code === undefined;
}

/**
 * An error that leaves its account blind: its role not assumed (nothing of it was read), or its
 * region list not read (which regions it had to read is unknown). The merge tells from it that the
 * shard could not know which of the account's parts it owned; widestFirst puts it first.
 */
export function blindsAccount(e: Pick<SweepError, 'service'>): boolean {
  return e.service === 'sts' || e.service === 'account';
}

/**
 * Errors, widest first: a merged run's shard whose report is missing, then a role not assumed (nothing of the account was read), then the
 * organization's account list and an account's region list (what was to be read is unknown), then an
 * account's handshakes, then one region of one service. A table cut to its first rows keeps the
 * widest failures: an organization whose role lacks one permission everywhere must not push the
 * accounts nothing was read of out of it. Stable within each rank.
 */
export function widestFirst(errors: readonly SweepError[]): SweepError[] {
  // A shard's missing report first (a share of every account), then a blind account's role not
  // assumed (nothing of it was read), then its region list with the organization's account list.
  const rank = (e: SweepError): number => (e.service === 'shard' ? -1 : e.service === 'sts' ? 0 : blindsAccount(e) || isOrganizationListing(e) ? 1 : e.region === undefined ? 2 : 3);
  // Array.prototype.sort is stable: within a rank, the report's order.
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

/** Whether an error is of a kind's service (a part of a kind read), not the role (`sts`), the region list (`account`) or a shard. */
export function ofKindService(e: SweepError): e is SweepError & { readonly service: ServiceName } {
  return e.service !== 'sts' && e.service !== 'account' && e.service !== 'shard';
}


/**
 * The order buildRunReport gives `errors` (whatever order they happened in): those outside any
 * account (the organization's account list) first, then by account; within one, its role not
 * assumed, its region list, then its parts as the sweep lists them: by kind (KIND_NAMES order),
 * region (a global kind's part has none), then service. For errors gathered in the order they were
 * logged (run/stopped.ts), which varies with the accounts swept at once.
 */
export function compareErrors(a: SweepError, b: SweepError): number {
  if ((a.account === undefined) !== (b.account === undefined)) return a.account === undefined ? -1 : 1;
  const rank = (e: SweepError): number => (e.service === 'shard' ? -1 : e.service === 'sts' ? 0 : e.service === 'account' ? 1 : 2 + KIND_NAMES.indexOf(KIND_OF_SERVICE[e.service]));
  const service = (e: SweepError): number => (ofKindService(e) ? SERVICE_NAMES.indexOf(e.service) : -1);
  return (
    compareCodeUnits(a.account ?? '', b.account ?? '') ||
    rank(a) - rank(b) ||
    compareCodeUnits(a.region ?? '', b.region ?? '') ||
    service(a) - service(b) ||
    compareCodeUnits(a.message, b.message)
  );
}

/**
 * The longest hint (SweepError.hint) the job summary and the alert issue show, after AWS's message
 * and cut apart from it: ours, a sentence or two with the caller's ARN (run/targets-hint.ts).
 */
export const MAX_HINT_SHOWN = 600;

/** Where an error was, in words: "IoT in eu-west-1 of 111122223333". */
export function errorPlace(e: SweepError): string {
  const of = e.account === undefined ? '' : ` of ${e.account}`;
  switch (e.service) {
    case 'sts':
      return e.account === undefined ? 'the caller identity (STS)' : `account ${e.account} (STS)`;
    case 'account':
      return `the enabled regions${of} (Account ListRegions)`;
    case 'shard':
      return `the accounts and regions shard ${shardName(e)} owns`;
    case 'organizations':
      return e.account === undefined ? "the organization's accounts (Organizations)" : `Organizations handshakes${of}`;
    default:
      return `${SERVICE_LABEL[e.service].short} in ${e.region ?? 'an unknown region'}${of}`;
  }
}

/**
 * Parts not read alike, said once: one error and the regions it stands for. An organization member
 * whose guard role lacks one permission fails the same way in every region it reads; the job
 * summary's and the alert issue's Not read tables, the step's failures (with its failing
 * annotation) and a stopped run's list of parts not read (run/stopped.ts) say that once, naming
 * the regions, rather than repeat the same text and hint a row each. The report's `errors`, and
 * the alert's findings (its state line), keep a part each.
 */
export interface AlikeErrors {
  /** The first of them, in the order given: its message and hint stand for all. */
  readonly error: SweepError;
  /** The regions of every one, in the order given; one (or none: a part of no region) when alone. */
  readonly regions: readonly string[];
  /** How many parts not read it stands for. */
  readonly parts: number;
}

/**
 * `errors` in their order, those of one service in several regions of one account grouped where
 * they first appear: alike when AWS's error name, our hint and AWS's message (its region left out:
 * an ARN in it may name the region) are the same. Parts of no region, and those of no account, stay
 * one each.
 */
export function alikeByRegion(errors: readonly SweepError[]): AlikeErrors[] {
  const groups: { error: SweepError; regions: string[] }[] = [];
  const byKey = new Map<string, { error: SweepError; regions: string[] }>();
  for (const e of errors) {
    if (e.region === undefined || e.account === undefined || !ofKindService(e)) {
      groups.push({ error: e, regions: e.region === undefined ? [] : [e.region] });
      continue;
    }
    const key = JSON.stringify([e.account, e.service, e.code ?? null, e.hint ?? null, e.message.split(e.region).join('\u0000')]);
    const group = byKey.get(key);
    if (group !== undefined) group.regions.push(e.region);
    else {
      const made = { error: e, regions: [e.region] };
      byKey.set(key, made);
      groups.push(made);
    }
  }
  return groups.map((g) => ({ error: g.error, regions: g.regions, parts: Math.max(1, g.regions.length) }));
}

/** Where alike errors were, in words: errorPlace's, or "IoT in 3 regions of 111122223333 (eu-west-1, us-east-1, us-west-2)". */
export function alikePlace(g: AlikeErrors): string {
  const e = g.error;
  if (g.regions.length < 2 || !ofKindService(e)) return errorPlace(e);
  const of = e.account === undefined ? '' : ` of ${e.account}`;
  return `${SERVICE_LABEL[e.service].short} in ${g.regions.length} regions${of} (${g.regions.join(', ')})`;
}

/** `2/3`: the shard a `shard` error names. */
function shardName(e: SweepError): string {
  return e.shard === undefined ? '?' : `${e.shard.index}/${e.shard.count}`;
}

/**
 * Whether the organization's account list (`targets.organization: true`) could not be read: every
 * account it would have named went unguarded. With no account read besides, the run checked
 * nothing, and the job summary's heading and the alert issue's title say so rather than count one
 * part not read among 0 accounts.
 */
export function organizationUnlisted(errors: readonly Pick<SweepError, 'service' | 'account'>[]): boolean {
  return errors.some(isOrganizationListing);
}

/** Whether an error is the organization's account list not read (Organizations, of no account). */
export function isOrganizationListing(e: Pick<SweepError, 'service' | 'account'>): boolean {
  return e.service === 'organizations' && e.account === undefined;
}

/**
 * Whether the run read no account at all: it guarded none (the organization's accounts could not be
 * listed: organizationUnlisted; or every one was left out by choice), or the role of every one it
 * guarded was refused (in a plan: every one the PR's policy guards). Its counts are
 * then zeros of nothing read: summary-json's `checked` is false, and the job summary says nothing
 * was read where it would otherwise say what was (the Acted on section, the kinds table, the footer).
 */
export function noAccountRead(report: Pick<RunReport, 'accounts'>): boolean {
  // A plan's accounts read for the base branch's policy alone (readFor) hold none of its counts.
  return report.accounts.filter((a) => a.readFor !== 'base').every((a) => a.read === 'none');
}

/**
 * The accounts that should have been guarded and were not (outside the policy's `accounts` pin):
 * each fails the step and is a part not read. Those left out by choice (targets.exclude, an
 * account the organization lists as suspended) are not.
 */
export function failingSkips<T extends Pick<SkippedTarget, 'fails'>>(skipped: readonly T[]): T[] {
  return skipped.filter((s) => s.fails);
}

/**
 * The parts of a run not read: every error, and every account not guarded that fails the step
 * (failingSkips). The one count of them: the job summary's headline and its Not read heading,
 * summary-json's `notRead` and the alert issue's title say this number (the title names the
 * organization's account list in words and counts the others as more: organizationUnlisted).
 */
export function notReadCount(report: Pick<RunReport, 'errors' | 'skippedAccounts'>): number {
  return report.errors.length + failingSkips(report.skippedAccounts).length;
}
