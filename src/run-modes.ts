/**
 * The modes that end in a run report: dry-run and enforce sweep AWS, merge combines a matrix run's
 * shard reports. main.ts loads this module only for them, so validate never compiles the run
 * report, its log lines and its summary; the AWS SDK and the sweep are a further chunk, loaded by
 * runAgainstAws's import below.
 */
import * as runner from './runner/commands.js';
import { PRODUCT } from './constants.js';
import { INPUT_IGNORED, type Settings } from './inputs/read-inputs.js';
import { displayPath } from './policy/load-policy.js';
import type { Policy } from './policy/types.js';
import type { SourceLinks } from './report/describe-item.js';
import { budgetLimit } from './act/budget.js';
import { inertLogText } from './report/escape.js';
import { plural } from './model/words.js';
import { logDecisions, runLogger, warnEmptyShare } from './report/log.js';
import { logAndReport, writeSummary, type StepOutputs } from './report/outputs.js';
import { renderRunSummary } from './report/run-summary.js';
import { resolveRegions } from './run/resolve-regions.js';
import { unusedRoleName } from './targets/resolve-targets.js';
import { stoppedRun } from './run/stopped.js';
import { RunStoppedError } from './run/stopped-at.js';
import { publishedFailures } from './report/failure-reasons.js';
import { withRunContext } from './run/run-report.js';
import type { RunReport } from './run/report-types.js';
import { VERSION } from './version.js';

/** A published run: the report as written, and the reasons the step must fail. */
export interface Published {
  readonly report: RunReport;
  readonly failures: string[];
  /** Whether the JSON report file was written (StepOutputs.reportWritten): the alert issue names it only then. */
  readonly reportWritten: boolean;
  /**
   * The instant the log's Decisions group marked the allowances lapsing soon at. The alert issue
   * judges at it too, so it lists the same ones, and its cut line can send readers to those marks.
   */
  readonly now: Date;
}

/** dry-run and enforce: sweep the account, decide, act within the budget, report. */
export async function sweepMode(settings: Settings, mode: 'dry-run' | 'enforce', policy: Policy, outputs: StepOutputs): Promise<Published> {
  const regions = resolveRegions(settings.regions, policy.iot.regions);
  const shard = settings.shard ? `, shard ${settings.shard.index}/${settings.shard.count}` : '';
  runner.info(`${PRODUCT} ${VERSION}: ${mode}${shard}, policy ${policy.path}, IoT regions: ${regions === 'all' ? 'every enabled region' : regions.join(', ') || 'none'}.`);
  // The inputs reader does not know the policy: whether it uses role-name is known only here.
  const roleNameUnused = unusedRoleName(settings.roleName, [{ whose: 'the policy', targets: policy.targets }]);
  if (roleNameUnused !== undefined) runner.warning(roleNameUnused, { title: INPUT_IGNORED });
  // Before the sweep: a matrix whose max-actions leaves each shard 0 trips in every shard that finds anything.
  if (settings.shard !== undefined) {
    const { limit, source } = budgetLimit(settings.maxActions, policy.limits.maxActions);
    warnEmptyShare({ source, share: { runLimit: limit, shards: settings.shard.count } });
  }
  const { runAgainstAws } = await import('./run/aws-run.js');
  runner.startGroup('Sweep');
  // One call sweeps and acts; the logger closes 'Sweep' and opens the act group at the first write.
  const log = runLogger({ actGroup: mode === 'enforce' ? 'Act: reject and decline' : 'Act' });
  let reporting = false;
  try {
    const report = await runAgainstAws({
      mode,
      policy,
      regionsInput: settings.regions,
      maxActions: settings.maxActions,
      roleName: settings.roleName,
      shard: settings.shard,
      log,
      rateLimits: settings.rateLimits,
      userAgent: `${PRODUCT}/${VERSION}`,
      sessionName: `${PRODUCT}-${settings.runId}`.slice(0, 64),
    }).finally(() => runner.endGroup());
    // From here on, AWS may have been written to: nothing below may hide that behind an exception.
    reporting = true;
    return await publish(settings, report, outputs);
  } catch (error) {
    // Stopped after the sweep (deciding, acting, reporting): no report names the parts not read, and the sweep logged them as plain lines only.
    // Nor does the job summary or the alert say what was written unless told: the logger saw each write.
    throw stoppedRun(error, log.notRead(), { mode, reporting, reportWritten: outputs.reportWritten, countsFromReport: outputs.countsFromReport, act: log.acted() });
  }
}

/**
 * merge: the last job of a matrix run. Reads the shard reports (downloaded artifacts), checks they
 * are one run's, and writes the combined summary, report and outputs; a shard whose report is
 * missing is a gap in them that fails the step. No AWS call.
 */
export async function mergeMode(settings: Settings, outputs: StepOutputs): Promise<Published> {
  const { readShardReports } = await import('./merge/read-shard-reports.js');
  const { mergeShardReports } = await import('./merge/merge-reports.js');
  if (settings.reports === undefined) {
    // Not merge-multiple: every shard's report has the same file name, so merging the artifacts into one folder keeps only one.
    throw new Error("mode merge needs the 'reports' input: the folder the shard reports were downloaded to (actions/download-artifact with a pattern and a path, without merge-multiple: each artifact lands in its own subfolder, and every *.json under the folder is read).");
  }
  const merged = mergeShardReports(await readShardReports(settings.workspace, settings.reports));
  // The path comes from the shard files (checked in shard-report.ts): escaped all the same, as any text a file gave.
  // With a shard missing, the log says at once that what follows is the others' (its failure comes at the end).
  const names = merged.missing.map((i) => `${i}/${merged.shards}`);
  const reports = `${names.length === 0 ? `${merged.shards}` : `${merged.shards - names.length} of ${merged.shards}`} shard ${plural(merged.shards, 'report', 'reports')}`;
  const gap = names.length === 0 ? '' : ` ${plural(names.length, 'Shard', 'Shards')} ${names.join(', ')}: no report, so what ${plural(names.length, 'it', 'they')} did is not in the counts, outputs or report below, and the step fails.`;
  const accounts = merged.report.accounts.length;
  runner.info(`${PRODUCT} ${VERSION}: merged ${reports} of policy ${inertLogText(merged.report.policy.path)} (${accounts} ${plural(accounts, 'account', 'accounts')}).${gap}`);
  const { source, share } = merged.report.budget;
  if (share !== undefined) warnEmptyShare({ source, share });
  try {
    return await publish(settings, merged.report, outputs);
  } catch (error) {
    // Stopped while reporting: the summary and the alert say so, and whether the JSON report and the count outputs were written, as a sweep's do.
    // A shard runs in dry-run or enforce (shard-report.ts): only enforce writes.
    const at = { mode: 'merge', reporting: true, merged: merged.report.mode === 'enforce' ? 'enforce' : 'dry-run', reportWritten: outputs.reportWritten, countsFromReport: outputs.countsFromReport } as const;
    throw new RunStoppedError(error instanceof Error ? error.message : String(error), at, { cause: error });
  }
}

/** The log lines, JSON report, count outputs and job summary of a run (or of a merged matrix run); main.ts sets summary-json. */
async function publish(settings: Settings, unstamped: RunReport, outputs: StepOutputs): Promise<Published> {
  const report = withRunContext(unstamped, settings.run);
  const now = new Date();
  logDecisions(report, now);
  const notPublished = await outputs.publishReport(report, settings.reportFile);
  // After the report: the summary must not send a reader to a report file that was not written.
  // Judged at the log's `now`: the summary's Allowed table marks the allowances lapsing soon the Decisions group marks.
  const noSummary = await writeSummary(renderRunSummary(report, { links: sourceLinks(settings), reportWritten: outputs.reportWritten, now }), undefined, logAndReport(outputs.reportWritten));
  // Not written, the report's own failures would send readers to it: the log names what they leave out (logDecisions).
  const failures = publishedFailures(report, outputs.reportWritten, 'log');
  return { report, failures: [...failures, ...notPublished, ...noSummary], reportWritten: outputs.reportWritten, now };
}

/** Links to policy lines at the commit the workflow runs at, when it runs in a repository. */
function sourceLinks(settings: Settings): SourceLinks | undefined {
  return settings.repository ? { ...settings.repository, policyPath: displayPath(settings.workspace, settings.policyFile) } : undefined;
}
