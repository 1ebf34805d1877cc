/**
 * mode: plan — for pull requests that change the policy. Reads the PR's policy at GitHub's merge
 * commit of the PR (else its head commit) and the base branch's at the base commit, both through the API, validates the PR's, sweeps the
 * account read-only and decides under both, then writes one sticky PR comment and the job summary.
 * Loaded lazily by main.ts; the AWS half (run/plan-run.ts) is loaded lazily again, only when the
 * PR's policy is valid.
 */
import * as runner from '../runner/commands.js';
import * as github from '@actions/github';
import { PRODUCT } from '../constants.js';
import { INPUT_IGNORED, type Settings } from '../inputs/read-inputs.js';
import { errorsText, formatIssue, oneProblem } from '../policy/format-issue.js';
import { displayPath } from '../policy/load-policy.js';
import type { PolicyResult } from '../policy/types.js';
import { annotatePolicyIssues } from '../report/annotations.js';
import { diffAllowEntries, lapsingAllowEntries } from '../plan/diff-entries.js';
import { foundCounts } from '../plan/diff-decisions.js';
import { baseUnlisted, lostNotRead } from '../plan/render-verdict.js';
import { diffPolicies, weakening } from '../plan/policy-diff.js';
import { newPermissions } from '../plan/new-permissions.js';
import { plainWords } from '../plan/policy-row.js';
import { accountTag, planMarker, planMarkerIn } from '../plan/plan-marker.js';
import { lostState, NO_LONGER_GUARDED_GROUP, noLongerGuardedWhy } from '../plan/render-banners.js';
import { renderPlanComment } from '../plan/render-comment.js';
import { type CommentDetail, noSummaryOmittedWhere, type RenderOptions, summaryOmittedWhere } from '../plan/render-context.js';
import type { BasePolicy, Plan, PlanView, PolicyChange } from '../plan/types.js';
import { lapsingMarkWithDay, type SourceLinks } from '../report/describe-item.js';
import { inertLogText } from '../report/escape.js';
import { joinWords, plural } from '../model/words.js';
import { logNotGuarded, runLogger, warnUnknownRegions, type RunLogger } from '../report/log.js';
import { itemLabel } from '../report/log-lines.js';
import { logAndReport, writeSummary, type StepOutputs } from '../report/outputs.js';
import { errorPlace } from '../run/report-errors.js';
import { publishedFailures, sentence } from '../report/failure-reasons.js';
import { withRunContext } from '../run/run-report.js';
import type { RunReport } from '../run/report-types.js';
import type { SweepError } from '../sweep/events.js';
import { AccountNotGovernedError } from '../run/account-guard.js';
import { stoppedRun } from '../run/stopped.js';
import type { PlanStoppedAt } from '../run/stopped-at.js';
import { unusedRoleName } from '../targets/resolve-targets.js';
import { VERSION } from '../version.js';
import { withoutAccountIds } from '../report/redact.js';
import { getPolicyAt } from './policy-at.js';
import { createGitHubClient, httpStatus, type GitHubClient } from './client.js';
import { rewritePlanComments, upsertPlanComment, type UpsertResult } from './plan-comment.js';
import { movedOnFrom, readPullRequestHead } from './pull-request-head.js';
import type { TokenIdentity } from './identity.js';
import { readPullRequestContext, type EventContext, type PullRequestContext } from './pull-request.js';

/** The job summary is not a comment: it may hold far more rows (GitHub uploads at most 1 MiB per step). */
const SUMMARY_MAX_LENGTH = 900_000;
const SUMMARY_MAX_ROWS = 2_000;

/** Returns the reasons the step must fail (main.ts fails it, and sets summary-json). */
export async function runPlanMode(settings: Settings, outputs: StepOutputs): Promise<string[]> {
  const pr = readPullRequestContext(github.context as unknown as EventContext);
  const octokit = createGitHubClient(settings.githubToken);
  const policyPath = repositoryPath(settings);
  const at = { owner: pr.owner, repo: pr.repo, path: policyPath };
  const [base, head] = await Promise.all([getPolicyAt(octokit, { ...at, ref: pr.baseSha, commit: 'base' }), prPolicy(octokit, at, pr)]);
  const policy = headPolicy(head.policy, policyPath);
  if (!policy.ok) annotatePolicyIssues(policy.issues, formatIssue);
  const read = head.sha === pr.headSha ? `head ${pr.headSha.slice(0, 12)}` : `merge commit ${head.sha.slice(0, 12)} (head ${pr.headSha.slice(0, 12)})`;
  runner.info(`${PRODUCT} ${VERSION}: plan for PR #${pr.number}, policy ${inertLogText(policyPath)}; base ${pr.baseSha.slice(0, 12)} (${base.state}), ${read}.`);

  const detail = commentDetail(settings.commentDetail, pr.publicRepository);
  // Made here, not in computeView: a plan that stops after its sweep names the parts it could not read (stoppedPlan).
  const log = runLogger(detail === 'summary' ? { redact: withoutAccountIds } : {});
  let reporting = false;
  try {
    const { view, report, account } = await computeView(settings, policy, base, policyPath, detail, log);
    // From here on the plan publishes: its JSON report and count outputs may be written before anything below stops it.
    reporting = true;
    const links = sourceLinks(settings, policyPath, pr.baseSha, head.sha);
    const notPublished: string[] = [];
    warnIfWeakened(view, policyPath);
    if (report) {
      logPlan(view, detail);
      // As logDecisions does in dry-run and enforce; a summary plan's log names no account.
      if (detail === 'full') logNotGuarded(report.skippedAccounts);
      notPublished.push(...(await outputs.publishReport(withRunContext(report, settings.run), settings.reportFile)));
    } else {
      outputs.publishEmpty();
    }
    // After publishing: the summary and the comment name the report only when it was written.
    const options: RenderOptions = { ...links, runUrl: pr.runUrl, reportFile: outputs.reportWritten ? settings.reportFile : undefined, detail, account };
    // A summary that cannot be written fails the step but must not keep the plan off the PR.
    const noSummary = await writeSummary(renderPlanComment(view, { ...options, maxLength: SUMMARY_MAX_LENGTH, maxRows: SUMMARY_MAX_ROWS, ...summaryOmittedWhere(outputs.reportWritten) }), undefined, logAndReport(outputs.reportWritten));

    // `summary`: the step's failures (annotations on the PR, for anyone to read) name no account either.
    // Not written, the report's own failures would send readers to it: a full plan's log names what they leave out (logPlan).
    const reportsOwn = report === undefined ? [] : publishedFailures(report, outputs.reportWritten, detail === 'full' ? 'log' : 'nowhere');
    const failures = [...reportsOwn.map((f) => (detail === 'summary' ? withoutAccountIds(f) : f)), ...notPublished, ...noSummary];
    if (view.kind === 'planned' && view.plan.budget.tripped) {
      const b = view.plan.budget;
      runner.warning(`This policy acts on ${b.planned} pending ${plural(b.planned, 'item', 'items')}, more than the budget of ${b.limit}: the next scheduled enforce run would act on none and fail.`, { title: `${PRODUCT}: the budget would trip`, file: policyPath });
    }
    if (view.kind === 'validation-only') runner.notice('No AWS credentials in this run: the policy was validated, but the account was not read and no plan was computed.', { title: `${PRODUCT}: validation only` });

    // Written before the comment, the summary is where the comment's cut tables send readers, unless it could not be written.
    const commentOptions = noSummary.length === 0 ? options : { ...options, ...noSummaryOmittedWhere(view.kind, outputs.reportWritten, options) };
    // A comment that cannot be written fails the step, with the plan's own failures, and says where the plan still is.
    const planIsIn = wherePlanIs(view, detail, noSummary.length === 0, outputs.reportWritten);
    let commented = false;
    const noComment: string[] = [];
    try {
      commented = await writePlanComment(octokit, pr, { body: renderPlanComment(view, commentOptions), policyPath, account, detail, planIsIn });
    } catch (error) {
      noComment.push(`Could not write the plan comment on PR #${pr.number}: ${error instanceof Error ? error.message : String(error)}. The plan is ${planIsIn}.`);
    }
    // Known once the comment is written or not: where an invalid policy's problems are.
    if (view.kind === 'invalid') failures.push(`Policy ${policyPath} in this pull request has ${errorsText(view.errorCount)}; nothing was read from AWS. See ${problemsAre(noSummary.length === 0, commented)}.`);
    return [...failures, ...noComment];
  } catch (error) {
    throw stoppedPlan(error, log.notRead(), detail, { mode: 'plan', reporting, reportWritten: outputs.reportWritten, countsFromReport: outputs.countsFromReport });
  }
}

/**
 * The error a plan stopped on, with the parts not read its sweep logged (run/stopped.ts
 * stoppedRun, as a stopped dry-run or enforce run names them): a plan that stops after its
 * sweep has no report to fail the step with them. A RunStoppedError that says how far the plan got
 * (`at`): whether it was reporting, whether its JSON report and count outputs were written (main.ts
 * writes the job summary from it). `summary`: the failure and the job summary are as public as the
 * comment, so the message names no account (nor does the log: runLogger's redact), whatever stopped
 * the plan (STS's AccessDenied quotes the caller's ARN). The credentials' account outside the PR's
 * pin passes through as it is: main.ts reports that policy error at its line.
 */
export function stoppedPlan(error: unknown, notRead: readonly SweepError[], detail: CommentDetail, at: PlanStoppedAt): unknown {
  if (error instanceof AccountNotGovernedError) return error;
  return stoppedRun(error, notRead, at, detail === 'summary' ? withoutAccountIds : undefined);
}

/**
 * Where an invalid policy's problems are, after "See ": its annotations, always (runPlanMode,
 * computeView); the job summary and the PR comment only when this run wrote them.
 */
function problemsAre(summaryWritten: boolean, commented: boolean): string {
  const places = ['the annotations', ...(summaryWritten ? ['the job summary'] : []), ...(commented ? ['the PR comment'] : [])];
  return places.length === 1 ? places.join('') : `${places.slice(0, -1).join(', ')} or ${places.at(-1) ?? ''}`;
}

/**
 * Where a reader finds this run's plan when its comment is not written, after "The plan is ": the job
 * summary, else what the run kept of it (the log's Plan group, written for a planned view in full
 * detail; the JSON report).
 */
function wherePlanIs(view: PlanView, detail: CommentDetail, summaryWritten: boolean, reportWritten: boolean): string {
  if (summaryWritten) return 'in the job summary';
  const kept = [...(view.kind === 'planned' && detail === 'full' ? ["the log's Plan group"] : []), ...(reportWritten ? ["the JSON report (the step's report-file output)"] : [])];
  return `${kept.length === 0 ? 'in no output' : `in ${joinWords(kept)}`}, not in the job summary, which could not be written`;
}

/**
 * The PR comment, unless the PR has moved on since this run planned it; true when this run wrote it
 * (false: left to a newer commit's run, or refused with 403 or 404, a warning said so). Which comment: a run that
 * read an account (with `targets`, the one whose credentials assumed the roles) writes that
 * account's, so each account a job matrix plans keeps its own; it takes over the policy-only
 * comment (an older release's, or a run's that read no account) when the account has none yet. A
 * run that read no account — an invalid policy, no credentials — says what holds for every account,
 * so it rewrites every plan comment of ours for this policy (or creates the policy-only one).
 */
export async function writePlanComment(
  octokit: GitHubClient,
  pr: PullRequestContext,
  plan: { body: string; policyPath: string; account: string | undefined; detail: CommentDetail; /** wherePlanIs; default: in the job summary. */ planIsIn?: string },
): Promise<boolean> {
  const planIsIn = plan.planIsIn ?? 'in the job summary';
  const now = await readPullRequestHead(octokit, pr);
  if (now.state === 'unreadable') runner.info(`Could not read PR #${pr.number} (HTTP ${now.status}) to check that it is still at ${pr.headSha.slice(0, 12)}: the job may lack \`pull-requests: read\`. Writing the comment anyway.`);
  const newer = movedOnFrom(pr.headSha, now);
  if (newer !== undefined) {
    runner.notice(`PR #${pr.number} moved on to ${newer.slice(0, 12)} since this run planned ${pr.headSha.slice(0, 12)}: the plan comment is left to the newer commit's run (if that run failed before writing it, re-run it). This run's plan is ${planIsIn}.`, { title: `${PRODUCT}: plan of an older commit` });
    return false;
  }
  const at = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, body: plan.body };
  // `summary` names no account in the log either: the tag tells a matrix's legs apart.
  const whose = plan.account === undefined ? '' : plan.detail === 'full' ? ` for account ${plan.account}` : ` for account tag ${accountTag(plan.account)}`;
  try {
    if (plan.account !== undefined) {
      const posted = await upsertPlanComment(octokit, { ...at, marker: planMarker(plan.policyPath, plan.account), takeOver: planMarker(plan.policyPath) });
      logPosted([posted], posted.identity, whose);
    } else {
      const posted = await rewritePlanComments(octokit, { ...at, marker: planMarker(plan.policyPath), markerOf: (body) => planMarkerIn(body, plan.policyPath) });
      logPosted(posted.results, posted.identity, whose);
    }
    return true;
  } catch (error) {
    const status = httpStatus(error);
    // A fork's pull_request run gets a read-only token: the plan stays in the job summary.
    if (status !== 403 && status !== 404) throw error;
    runner.warning(`Could not comment on PR #${pr.number} (HTTP ${status}): the token may not write to pull requests (fork PRs get a read-only token, or the job lacks \`permissions: pull-requests: write\`). The plan is ${planIsIn}.`);
    return false;
  }
}

function logPosted(results: readonly UpsertResult[], identity: TokenIdentity, whose: string): void {
  const done = { created: 'created', updated: 'updated', 'taken-over': 'updated (it was the comment of a run that read no account, or of an older release)' } as const;
  for (const r of results) runner.info(`Plan comment${whose} ${done[r.action]}: ${r.url} (as ${inertLogText(identity.login)}, identity from ${identity.source}).`);
}

async function computeView(settings: Settings, policy: PolicyResult, base: BasePolicy, policyPath: string, detail: CommentDetail, log: RunLogger): Promise<{ view: PlanView; report?: RunReport; account?: string }> {
  if (!policy.ok) return { view: { kind: 'invalid', policyPath, issues: policy.issues, errorCount: policy.errorCount, base } };
  // role-name applies to both policies (a base that is not valid is not read): warned of when neither uses it.
  const readBy = [{ whose: "the PR's policy", targets: policy.policy.targets }, ...(base.state === 'valid' ? [{ whose: "the base branch's", targets: base.policy.targets }] : [])];
  const roleNameUnused = unusedRoleName(settings.roleName, readBy);
  if (roleNameUnused !== undefined) runner.warning(roleNameUnused, { title: INPUT_IGNORED });
  const now = new Date();
  const { planAgainstAws } = await import('../run/plan-run.js');
  runner.startGroup('Sweep (read-only)');
  const outcome = await planAgainstAws({
    head: policy.policy,
    base,
    regionsInput: settings.regions,
    roleName: settings.roleName,
    maxActions: settings.maxActions,
    // `summary`: the log is as public as the comment, so it names no account (runPlanMode made it so).
    log,
    userAgent: `${PRODUCT}/${VERSION}`,
    rateLimits: settings.rateLimits,
    sessionName: `${PRODUCT}-plan-${settings.runId}`.slice(0, 64),
  })
    .catch((error: unknown) => {
      // The PR's accounts pin leaves out the account this workflow runs in: an error in the policy,
      // shown on the PR at its line like any other.
      if (error instanceof AccountNotGovernedError) return { kind: 'not-governed' as const, account: error.account, issue: detail === 'summary' ? error.issueNamingNoAccount : error.issue };
      // Anything else stops the plan: runPlanMode's stoppedPlan says how far it got, naming no account with `summary`.
      throw error;
    })
    .finally(() => runner.endGroup());
  if (outcome.kind === 'not-governed') {
    annotatePolicyIssues([outcome.issue], formatIssue);
    return { view: { kind: 'invalid', policyPath, ...oneProblem(outcome.issue), base }, account: outcome.account };
  }
  if (outcome.kind === 'planned') return { view: { kind: 'planned', plan: outcome.plan }, report: outcome.report, account: outcome.plan.account };
  runner.info('No AWS credentials found: validation only.');
  const basePolicy = base.state === 'valid' ? base.policy : undefined;
  const newlyNeeded = basePolicy === undefined ? undefined : newPermissions(basePolicy, policy.policy, settings.regions);
  return {
    view: {
      kind: 'validation-only',
      head: policy.policy,
      base,
      entries: diffAllowEntries(basePolicy, policy.policy),
      lapsingEntries: lapsingAllowEntries(policy.policy, now),
      why: outcome.why,
      policyChanges: basePolicy === undefined ? undefined : diffPolicies(basePolicy, policy.policy, now),
      ...(newlyNeeded === undefined ? {} : { newPermissions: newlyNeeded }),
    },
  };
}

/**
 * The PR's policy as merging would leave it: at GitHub's test merge commit, so that what the base
 * gained or lost since the PR branched is not shown as this PR's change. Without a merge commit, or
 * when the file cannot be found there (GitHub replaced that commit since), at the PR's head, with a
 * warning when a merge commit was expected.
 */
async function prPolicy(octokit: GitHubClient, at: { owner: string; repo: string; path: string }, pr: PullRequestContext): Promise<{ policy: BasePolicy; sha: string }> {
  if (pr.mergeSha !== undefined) {
    const merged = await getPolicyAt(octokit, { ...at, ref: pr.mergeSha, commit: 'head' });
    if (merged.state !== 'missing') return { policy: merged, sha: pr.mergeSha };
  }
  const head = await getPolicyAt(octokit, { ...at, ref: pr.headSha, commit: 'head' });
  if (pr.mergeSha !== undefined && head.state !== 'missing') {
    runner.warning(`The policy was not found at GitHub's merge commit ${pr.mergeSha.slice(0, 12)} of this PR (replaced since, or not readable): the plan compares the PR's head instead, so changes made to the base's policy since the PR branched may show as this PR's.`, { title: `${PRODUCT}: planned at the PR's head` });
  }
  return { policy: head, sha: pr.headSha };
}

/** The PR's policy as a validation result; a PR that deletes the file is an error, not a plan. */
function headPolicy(head: BasePolicy, policyPath: string): PolicyResult {
  if (head.state === 'valid') return { ok: true, policy: head.policy };
  if (head.state === 'invalid') return { ok: false, issues: head.issues, errorCount: head.errorCount };
  const message = 'this pull request deletes the policy file (it is not at the head commit): every scheduled run would fail without it. Keep the file; to allow everything or nothing, change its entries instead.';
  return { ok: false, ...oneProblem({ file: policyPath, line: 1, column: 1, key: '', message }) };
}

/** The policy path relative to the repository root, as the contents API and blob links need it. */
function repositoryPath(settings: Settings): string {
  const path = displayPath(settings.workspace, settings.policyFile);
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
    throw new Error(`Input 'policy-file' is '${settings.policyFile}', outside the workspace; plan mode reads the base branch's copy by its path in the repository, so give a path relative to the repository root.`);
  }
  return path;
}

/** Head links at the PR's head commit (the policy as written in the PR); base links at the base commit. */
function sourceLinks(settings: Settings, policyPath: string, baseSha: string, headSha: string): { headLinks?: SourceLinks; baseLinks?: SourceLinks } {
  if (!settings.repository) return {};
  const { serverUrl, repository } = settings.repository;
  return { headLinks: { serverUrl, repository, sha: headSha, policyPath }, baseLinks: { serverUrl, repository, sha: baseSha, policyPath } };
}

/**
 * The input, else by who can read the pull request: `summary` on a public repository (or when the
 * event does not say), `full` on a private or internal one.
 */
export function commentDetail(input: CommentDetail | undefined, publicRepository: boolean | undefined): CommentDetail {
  return input ?? (publicRepository === false ? 'full' : 'summary');
}

/**
 * One `::warning::` when the PR weakens the policy, at the file (and the line of the first change
 * the PR's policy has), whatever is pending today: what matters is what the next sender could do.
 */
function warnIfWeakened(view: PlanView, policyPath: string): void {
  const changes: readonly PolicyChange[] = (view.kind === 'planned' ? view.plan.policyChanges : view.kind === 'validation-only' ? view.policyChanges : undefined) ?? [];
  const weak = weakening(changes);
  if (weak.length === 0) return;
  const line = weak.find((c) => c.at?.policy === 'head')?.at?.line;
  const listed = weak.slice(0, 5).map((c) => plainWords(c.words)).join(' ');
  const more = weak.length > 5 ? ` …and ${weak.length - 5} more in the PR comment.` : ' See the PR comment.';
  runner.warning(inertLogText(`This pull request weakens the protection the policy gives (${weak.length} ${plural(weak.length, 'change', 'changes')}): ${listed}${more}`, 4000), {
    title: `${PRODUCT}: this PR weakens protection`,
    file: policyPath,
    ...(line === undefined ? {} : { startLine: line }),
  });
}

function logPlan(view: PlanView, detail: CommentDetail): void {
  if (view.kind !== 'planned') return;
  const plan: Plan = view.plan;
  const d = plan.diff;
  // On a public repository the log is public too: a summary plan names no item there either.
  if (detail === 'full') {
    runner.startGroup(`Plan (${d.changes.length} ${plural(d.changes.length, 'item', 'items')})`);
    const lapsing = new Map(d.lapsingSoon.map((l) => [l.change, l]));
    for (const c of d.changes) {
      // Accepted against the PR's policy, and allowances lapsing soon: marked, since the comment's
      // banner names at most 10 and the summary's lapsing table may be cut; both send readers here.
      const lapse = lapsing.get(c);
      runner.info(`${c.change}: ${itemLabel(c.item)}: base ${c.base?.action ?? 'not swept'}, PR ${c.head?.action ?? 'not swept'}${c.head?.acceptedAgainstPolicy === undefined ? '' : ' (accepted against this policy)'}${lapse === undefined ? '' : ` — ${lapsingMarkWithDay(lapse)}`}`);
    }
    runner.endGroup();
  }
  warnUnknownRegions(plan.unknownRegions ?? []);
  if (plan.baseStopsAtPin !== undefined) runner.info(`The base branch's policy has no targets and its accounts pin (line ${plan.baseStopsAtPin.line}) leaves out the account of these credentials: scheduled runs on it stop there, so it is compared as doing nothing today.`);
  logBaseOnlyErrors(plan.baseOnlyErrors ?? [], detail);
  const n = foundCounts(d);
  const found =
    n.baseOnly === 0
      ? `${n.all} ${plural(n.all, 'item', 'items')} found`
      : `${n.all} ${plural(n.all, 'item', 'items')} found under either policy, ${n.all === 1 ? 'only' : `${n.baseOnly} of them only`} where the base branch's policy sweeps and the PR's does not`;
  if (detail === 'full') logNoLongerGuarded(plan);
  runner.info(`Plan: newly allowed ${d.newlyAllowed.length}, newly acted on ${d.newlyActed.length}, no longer acted on ${d.newlyLeftAlone.length}, unchanged ${d.unchanged.length} (of the ${found}); the PR's policy would act on ${plan.budget.planned} (budget ${plan.budget.limit}).${lostLine(plan, detail)} Nothing was written.`);
}

/**
 * Parts only the base branch's policy reads that could not be read (Plan.baseOnlyErrors): a gap in
 * the comparison, not a failure, as the comment's warning says. A summary plan's log names no
 * account: it counts them.
 */
function logBaseOnlyErrors(errors: readonly SweepError[], detail: CommentDetail): void {
  if (errors.length === 0) return;
  const one = errors.length === 1;
  runner.info(`${errors.length} ${plural(errors.length, 'part', 'parts')} only the base branch's policy reads could not be read: what it does there is unknown, so what the PR changes there is not in this plan. The PR's policy does not read ${one ? 'it' : 'them'}, so the plan does not fail on ${one ? 'it' : 'them'}${detail === 'full' ? ':' : '.'}`);
  if (detail === 'full') for (const e of errors) runner.info(inertLogText(`- ${errorPlace(e)}: ${sentence(e.message)}`, 1500));
  if (baseUnlisted({ baseOnlyErrors: errors })) runner.info("Which accounts the base branch's policy guards through the organization is therefore unknown: those this run read are compared as if the organization lists them, and those the PR's policy no longer guards are not counted.");
}

/** The accounts the base guards and the PR's policy does not, as the verdict counts them (Plan.noLongerGuarded, and none counted when the organization was not listed for the base); '' when none. A full plan's log names them in a group of their own (logNoLongerGuarded). */
function lostLine(plan: Plan, detail: CommentDetail): string {
  const lost = plan.noLongerGuarded ?? [];
  const uncounted = baseUnlisted(plan) ? " The organization's accounts could not be listed for the base branch's policy, which guards the organization: how many of them the PR's no longer guards is not counted." : '';
  if (lost.length === 0) return uncounted;
  const unread = lostNotRead(plan).length;
  const one = lost.length === 1;
  const notes = [
    ...(unread === 0 ? [] : [`${unread} not read: what is pending there is not counted`]),
    ...(detail === 'full' ? [`the "${NO_LONGER_GUARDED_GROUP}" group names ${one ? 'it' : 'each'}`] : []),
  ];
  return ` ${lost.length} ${one ? 'account' : 'accounts'} the base branch's policy guards ${one ? 'is' : 'are'} not guarded by the PR's${notes.length === 0 ? '' : ` (${notes.join('; ')})`}.${uncounted}`;
}

/**
 * Every account the base guards and the PR's policy does not, one line each with why, in a group of
 * its own: the comment and the job summary name a bounded number (noLongerGuardedBlock) and send
 * readers here, and when the JSON report could not be written this is the one place that names
 * every one. A full plan's only: a summary plan's log names no account.
 */
function logNoLongerGuarded(plan: Plan): void {
  const lost = plan.noLongerGuarded ?? [];
  if (lost.length === 0) return;
  runner.startGroup(`${NO_LONGER_GUARDED_GROUP} (${lost.length} ${plural(lost.length, 'account', 'accounts')})`);
  for (const account of lost) runner.info(`no longer guarded: ${inertLogText(account, 200)}: ${noLongerGuardedWhy(lostState(plan, account), "'")}`);
  runner.endGroup();
}
