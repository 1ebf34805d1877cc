/**
 * What a shard report must be for mode merge to read it: the shape buildRunReport writes, checked
 * field by field. A shard report is a file from a downloaded artifact, so whoever can change the
 * artifact writes it. A value of the wrong type would throw deep in a renderer (a TypeError that
 * names nothing); one of the right type but not what we write (a count that is text, a mode that
 * is Markdown, a policy path with a line break) would reach the log, the job summary or the alert
 * issue as written. A merge must not guess: a file with any field that is not as inbound-guard
 * writes it is refused, the file and the field named. That is each value alone (the schema below),
 * and the values together (report-agreement.ts): an outcome its mode cannot give, a budget or a
 * count its items do not make.
 *
 * Fields this release does not know are let through unread: adding a field keeps the report's
 * version (docs/report.md), so shards run by a later release may carry one. No writer reads them;
 * where the merge passes an object on as the shard wrote it (an item, an error, a skipped
 * account), they stay in the merged JSON report, which is data like the shard's.
 *
 * zod/mini, as the policy's schema: it is in dist/'s entry chunk already (main.ts loads the policy
 * module in every mode, which also sets zod's `jitless`), so the merge chunk only adds this schema.
 */
import * as z from 'zod/mini';
import type { Outcome } from '../act/types.js';
import type { AllowListName } from '../decide/types.js';
import { KINDS } from '../kinds/registry.js';
import { SECURITY_SERVICES, type KindName } from '../model/items.js';
import { isAwsIdForm } from '../model/aws-id.js';
import { isAccountId, isSenderForm } from '../model/sender.js';
import { REGION_PATTERN } from '../policy/region-fields.js';
import { formatKey } from '../policy/locate.js';
import { hasHiddenCharacter, truncate } from '../report/escape.js';
import type { HandshakeCoverage } from '../run/kind-coverage.js';
import { REPORT_VERSION, type RunReport } from '../run/report-types.js';
import type { SweepError } from '../sweep/events.js';
import { MAX_SHARDS } from '../sweep/shard.js';
import type { Target } from '../targets/resolve-targets.js';
import { disagreements } from './report-agreement.js';

/** Problems listed one by one in the refusal; the rest are counted. */
export const MAX_PROBLEMS_NAMED = 10;

/**
 * `value` as a shard report, or an error naming `file` and each field that is not as inbound-guard
 * writes it. The value itself is returned, not zod's copy of it: the copy leaves out the fields this
 * release does not know, which the merge passes on with the items.
 */
export function asShardReport(value: unknown, file: string): RunReport {
  const version = typeof value === 'object' && value !== null ? (value as { reportVersion?: unknown }).reportVersion : undefined;
  // Said apart: a report of another version is another release's, not a damaged file.
  if (version !== REPORT_VERSION) {
    throw new Error(`${file} is not an inbound-guard report of version ${REPORT_VERSION} (reportVersion ${JSON.stringify(version ?? null)}); all jobs must use the same release.`);
  }
  const deep = tooDeep(value, MAX_DEPTH);
  if (deep !== undefined) throw new Error(`${file}: ${deep} is nested deeper than ${MAX_DEPTH} levels, which no report of inbound-guard is; re-run the shard or re-download its artifact.`);
  const result = ShardReport.safeParse(value);
  if (!result.success) throw new Error(refusal(file, result.error.issues.map((issue) => problem(value, issue.path, issue.message))));
  const report = checked(value, result.data);
  // Each field as written, and together as written: an outcome its mode cannot give, a count its items do not make.
  const disagreeing = disagreements(report, MAX_PROBLEMS_NAMED);
  if (disagreeing.total > 0) throw new Error(refusal(file, disagreeing.first.map((d) => problem(value, d.path, d.message, true)), disagreeing.total));
  return report;
}

/**
 * The deepest a shard report's JSON goes is about 8 levels; fields this release does not know are
 * passed on unchecked, and one nested thousands deep would stop the merged report from being written
 * (JSON.stringify recurses; JSON.parse does not).
 */
const MAX_DEPTH = 64;

/** The top-level field holding a value nested deeper than `limit` in all, or undefined. */
function tooDeep(value: unknown, limit: number): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [field, child] of Object.entries(value)) if (deeperThan(child, limit - 1)) return field;
  return undefined;
}

/** Whether `value` holds containers nested more than `limit` deep. Iterative, its memory in the depth only: the value may be nested millions deep, or hold millions of rows. */
function deeperThan(value: unknown, limit: number): boolean {
  const frames: Iterator<unknown>[] = [];
  const open = (v: unknown): boolean => {
    if (typeof v !== 'object' || v === null) return false;
    if (frames.length >= limit) return true;
    frames.push((Array.isArray(v) ? (v as unknown[]) : Object.values(v)).values());
    return false;
  };
  if (open(value)) return true;
  for (let top = frames.at(-1); top !== undefined; top = frames.at(-1)) {
    const step = top.next();
    if (step.done === true) frames.pop();
    else if (open(step.value)) return true;
  }
  return false;
}

/**
 * The file's own value, typed by what zod accepted. Taking zod's copy as a RunReport is tsc's check
 * that the schema accepts nothing a RunReport could not be: a field whose type changes there must
 * change here too.
 */
function checked(value: unknown, _accepted: RunReport): RunReport {
  return value as RunReport;
}

/**
 * One line per problem: `accounts[3].counts.planned is "0<img>" — not a count (…)`; the file first
 * and what to do last. `total`: how many there are, when `problems` holds only the first.
 */
function refusal(file: string, problems: readonly string[], total = problems.length): string {
  const fix = 're-run the shard or re-download its artifact';
  if (total === 1) return `${file}: ${problems[0] ?? ''}; ${fix}.`;
  const more = total - MAX_PROBLEMS_NAMED;
  return [`${file} is not a shard report as inbound-guard writes one; ${fix}:`, ...problems.slice(0, MAX_PROBLEMS_NAMED).map((p) => `- ${p}`), ...(more > 0 ? [`- …and ${more} more`] : [])].join('\n');
}

/**
 * `field is value — why`, the value as the file has it at `at`. A field that is not there is said
 * missing: zod's message then only repeats what it expected, a disagreement's (`whyMissing`) says why it must be there.
 */
function problem(root: unknown, at: readonly PropertyKey[], message: string, whyMissing = false): string {
  const path = at.filter((key): key is string | number => typeof key !== 'symbol');
  const found = lookUp(root, path);
  const field = formatKey(path) || 'the report';
  if (found === MISSING) return whyMissing ? `${field} is missing — ${message}` : `${field} is missing`;
  return `${field} is ${shown(found)} — ${message}`;
}

const MISSING = Symbol('missing');

/** The value at `path`, or MISSING where a key is not there (own keys only: a file's `__proto__` is data). */
function lookUp(root: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return MISSING;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/**
 * What was found, short: a string quoted (cut), a number as JavaScript writes it, a literal as JSON,
 * a container by its kind. The writers escape it. A number past what a double holds (1e309 in the
 * file) JSON.parse made Infinity, which JSON would show as `null`, not what the file had.
 */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(truncate(value, 60));
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return JSON.stringify(value) ?? String(value);
}

// ---- the schema ---------------------------------------------------------------------------

/**
 * Every member of the union `T`, as the tuple z.enum takes: a list that leaves one out does not
 * compile, so a value added to a type in the model is accepted here (or this says where to add it).
 */
function everyOf<T extends string>() {
  return <const L extends readonly [T, ...T[]]>(values: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L => values;
}

const oneOf = <const L extends readonly [string, ...string[]]>(values: L, why = '') => z.enum(values, { error: `not one of ${values.join(', ')}${why}` });

const object = <S extends z.core.$ZodShape>(shape: S) => z.object(shape, { error: 'not an object' });
/**
 * A list whose elements are checked one at a time, stopping after MAX_PROBLEMS_NAMED + 1 problems:
 * zod's own array gathers every problem of every element before it returns (a hostile file of a
 * million bad rows overflowed its stack, or the heap), and the refusal names ten anyway. Typed as
 * the array of `item` it checks, so the RunReport check below still covers the elements' shape.
 */
const list = <T extends z.ZodMiniType>(item: T): z.ZodMiniArray<T> =>
  z.array(z.unknown(), { error: 'not a list' }).check(
    z.superRefine((values: unknown[], ctx) => {
      let found = 0;
      for (let i = 0; i < values.length && found <= MAX_PROBLEMS_NAMED; i++) {
        const result = z.safeParse(item, values[i]);
        if (result.success) continue;
        for (const issue of result.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, input: values[i], path: [i, ...issue.path] });
        found += result.error.issues.length;
      }
    }),
  ) as unknown as z.ZodMiniArray<T>;
const text = z.string({ error: 'not a string' });
const bool = z.boolean({ error: 'not true or false' });

const COUNT = 'not a count (a whole number, 0 or more)';
/** A count of items, writes or regions: what the summary and the alert issue print as a number. */
const count = z.int({ error: COUNT }).check(z.minimum(0, { error: COUNT }));

const ACCOUNT = 'not an AWS account id (12 digits)';
/** A guarded account: its id is 12 digits wherever it came from (the policy, STS, Organizations). */
const account = z.string({ error: ACCOUNT }).check(z.refine((id) => isAccountId(id), { error: ACCOUNT }));

const PATH = 'not a file path (a string without control or invisible characters)';
/**
 * Without a character escape.ts replaces because a reader cannot see it or it changes what is seen
 * (hasHiddenCharacter): a policy path with one is not one a runner checked out.
 */
const policyPath = z.string({ error: PATH }).check(z.minLength(1, { error: PATH }), z.refine((path) => !hasHiddenCharacter(path), { error: PATH }));

const DIGEST = 'not a sha256 digest (64 hex digits)';
const digest = z.string({ error: DIGEST }).check(z.regex(/^[0-9a-f]{64}$/, { error: DIGEST }));

const SENDER = 'not a sender as inbound-guard names one (account:<12 digits>, organization:<o-id>, management-account:…, administrator:… or unknown)';
/** Built from identifiers of AWS's shape only (model/sender.ts), so that summary-json may pass it on: a file's must be too. */
const sender = z.string({ error: SENDER }).check(z.refine(isSenderForm, { error: SENDER }));

const AWS_ID = "not an id of AWS's shape (letters, digits, - and _, or an ARN of them)";
/** An item's id, which summary-json passes on as safe to show: of AWS's shape (model/aws-id.ts), as a run's are. */
const awsId = z.string({ error: 'not a string' }).check(z.refine(isAwsIdForm, { error: AWS_ID }));

const REGION = 'not an AWS region name (us-east-1)';
/**
 * The region of an item (and of a breakdown row): one that was swept, so a region this release or
 * the policy knows, of AWS's shape; summary-json passes it on. The region lists keep any string:
 * an account's region list may name one this release does not know, and it is reported skipped.
 */
const itemRegion = z.string({ error: REGION }).check(z.regex(REGION_PATTERN, { error: REGION }));

const time = z.iso.datetime({ error: 'not a time as inbound-guard writes one (ISO 8601, UTC: 2026-11-21T14:18:06.628Z)' });
const day = z.iso.date({ error: 'not a day (YYYY-MM-DD)' });

const SHARD = `not a shard number (a whole number from 1 to ${MAX_SHARDS})`;
const shardNumber = z.int({ error: SHARD }).check(z.minimum(1, { error: SHARD }), z.maximum(MAX_SHARDS, { error: SHARD }));

const OUTCOMES = everyOf<Outcome>()(['rejected', 'declined', 'would-reject', 'would-decline', 'already-handled', 'accepted-meanwhile', 'failed', 'held-by-budget', 'allowed', 'ignored']);
const COVERAGE_STATES = everyOf<HandshakeCoverage>()(['swept', 'failed', 'not-governed', 'not-read', 'other-shard']);
const KIND_LIST = everyOf<KindName>()(['certificate-transfer', 'handshake', 'resource-share-invitation', 'security-invitation']);
const VIA = everyOf<Target['via']>()(['credentials', 'accounts', 'roles', 'organization']);
// Not `shard`: only the merge writes that (a shard whose report it did not find); a shard never does.
const ERROR_SERVICES = everyOf<Exclude<SweepError['service'], 'shard'>>()(['iot', 'organizations', 'ram', 'guardduty', 'macie', 'securityhub', 'detective', 'sts', 'account']);
/** The allow lists there are, one per kind's policy section (`iot.allow`): a citation shows the name as written. */
const ALLOW_LISTS = KINDS.map((kind) => `${kind.section}.allow`) as [AllowListName, ...AllowListName[]];

/** Counts as countReportItems makes them: every outcome, and planned. */
const counts = object({ ...Object.fromEntries(OUTCOMES.map((o) => [o, count])), planned: count } as Record<Outcome | 'planned', typeof count>);

const regions = object({
  selection: oneOf(['all', 'list']),
  swept: list(text),
  skipped: list(object({ region: text, reason: text })),
  failed: list(text),
  otherShards: z.exactOptional(list(text)),
  readByNoShard: z.exactOptional(list(text)),
});

const coverage = object({ state: oneOf(COVERAGE_STATES), regions: z.optional(regions) });

/** An object with one value per kind. */
const perKind = <T extends z.ZodMiniType>(of: T) => object(Object.fromEntries(KIND_LIST.map((kind) => [kind, of])) as Record<KindName, T>);

const optionalText = z.optional(text);

const certificateTransfer = object({
  kind: z.literal('certificate-transfer'),
  account,
  certificateId: awsId,
  certificateArn: text,
  region: itemRegion,
  direction: oneOf(['incoming', 'outgoing']),
  sourceAccount: optionalText,
  targetAccount: optionalText,
  transferDate: optionalText,
  transferMessage: optionalText,
  caCertificateId: optionalText,
  certificateMode: optionalText,
  creationDate: optionalText,
  acceptedStatus: optionalText,
});

const handshake = object({
  kind: z.literal('handshake'),
  account,
  id: awsId,
  arn: text,
  type: text,
  state: text,
  direction: oneOf(['incoming', 'outgoing']),
  organizationId: optionalText,
  managementAccountId: optionalText,
  managementEmail: optionalText,
  managementName: optionalText,
  notes: optionalText,
  claimedSender: z.optional(object({ organizationId: text, managementAccountId: optionalText, managementEmail: optionalText, managementName: optionalText })),
  recipient: optionalText,
  requestedAt: optionalText,
  expiresAt: optionalText,
});

const resourceShareInvitation = object({
  kind: z.literal('resource-share-invitation'),
  account,
  region: itemRegion,
  invitationArn: awsId,
  shareArn: optionalText,
  shareName: optionalText,
  senderAccountId: optionalText,
  receiverArn: optionalText,
  status: text,
  invitedAt: optionalText,
  resources: list(object({ arn: text, type: optionalText })),
});

const securityInvitation = object({
  kind: z.literal('security-invitation'),
  account,
  region: itemRegion,
  service: oneOf(SECURITY_SERVICES),
  administratorAccountId: awsId,
  invitationId: z.optional(awsId),
  status: text,
  invitedAt: optionalText,
  memberEmail: optionalText,
});

const item = z.discriminatedUnion('kind', [certificateTransfer, handshake, resourceShareInvitation, securityInvitation], {
  error: (issue) => (issue.code === 'invalid_union' ? `not a kind of item this release knows (${KIND_LIST.join(', ')}): use one inbound-guard release for the shards and the merge` : 'not an object'),
});

const matched = object({
  list: oneOf(ALLOW_LISTS),
  index: count,
  position: object({ line: count, column: count }),
  note: optionalText,
  until: z.optional(day),
});

const reportItem = object({
  item,
  sender,
  action: oneOf(['allow', 'reject', 'decline', 'ignore']),
  reason: text,
  matched: z.optional(matched),
  allowedThrough: z.optional(day),
  outcome: oneOf(OUTCOMES),
  detail: optionalText,
  hint: optionalText,
  rejectReason: optionalText,
});

const accountReport = object({
  account,
  via: oneOf(VIA),
  roleArn: optionalText,
  read: oneOf(['complete', 'partial', 'none']),
  regions,
  handshakes: oneOf(COVERAGE_STATES),
  kinds: perKind(coverage),
  counts,
});

const budget = object({
  limit: count,
  source: oneOf(['input', 'policy', 'default']),
  planned: count,
  tripped: bool,
  share: z.optional(object({ runLimit: count, shards: shardNumber })),
});

const sweepError = object({
  service: oneOf(ERROR_SERVICES),
  account: z.optional(account),
  region: optionalText,
  message: text,
  code: optionalText,
  action: optionalText,
  hint: optionalText,
});

const runContext = object({
  id: count,
  attempt: count,
  repository: text,
  workflow: optionalText,
  workflowRef: optionalText,
  job: optionalText,
  event: optionalText,
  sha: optionalText,
  url: text,
});

/** A shard's report. `timings` (dropped by the merge) and `plan` (a plan is never a shard) are not read. */
const ShardReport = object({
  reportVersion: z.literal(REPORT_VERSION),
  toolVersion: text,
  generatedAt: time,
  run: z.optional(runContext),
  mode: oneOf(['dry-run', 'enforce'], ' (the modes a shard runs in)'),
  callerAccount: account,
  policy: object({ path: policyPath, digest }),
  shard: z.optional(object({ index: shardNumber, count: shardNumber }).check(z.refine((s) => s.index <= s.count, { error: 'not a shard of its count (index above count)', path: ['index'] }))),
  accounts: list(accountReport),
  skippedAccounts: list(object({ account, reason: text, fails: bool })),
  budget,
  counts,
  breakdown: list(object({ account, region: z.optional(itemRegion), kind: oneOf(KIND_LIST), counts })),
  kinds: perKind(object({ governed: bool, counts })),
  errors: list(sweepError),
  items: list(reportItem),
  failures: list(text),
});
