/**
 * `alert: issue` — one open issue in the repository, kept up to date while something needs a
 * person, closed by the first run with nothing to report. Loaded lazily by main.ts, only when
 * alerting is on: without it no run loads the GitHub client.
 *
 * The issue is found like the plan comment: a hidden marker AND the token's identity as its author.
 * Found by its label first (one short listing); a run about to open a new issue first looks through
 * every open issue, so an issue whose label was removed by hand is found (and labelled) again rather
 * than duplicated. Two of ours (say, two runs that raced) are folded into the oldest.
 */
import * as runner from '../runner/commands.js';
import { alertFacts, somethingNew, type AlertSubject } from '../alert/alert-facts.js';
import { ALERT_LABEL, alertMarker, readAlertState, renderAlertBody, renderAlertTitle, renderChangeComment, renderCloseComment, type AlertRenderOptions } from '../alert/render-alert.js';
import type { AlertSettings } from '../inputs/read-inputs.js';
import { displayPath } from '../policy/load-policy.js';
import { inertLogText } from '../report/escape.js';
import { closeAlertIssue, commentOnAlertIssue, editAlertIssue, findAlertIssues, labelAlertIssue, openAlertIssue, type Repository } from './alert-issue.js';
import { createGitHubClient, httpStatus, type GitHubClient } from './client.js';
import { resolveTokenIdentity } from './identity.js';

/**
 * Opens, updates or closes the alert issue for this run. Returns the reasons the step must fail
 * (never throws). `reportWritten`: whether the run wrote its JSON report; the issue names it only then.
 */
export async function raiseAlert(settings: AlertSettings, subject: AlertSubject, now: Date, reportWritten: boolean): Promise<string[]> {
  const repository = settings.run?.repository ?? settings.repository?.repository;
  const [owner, repo] = repository?.split('/') ?? [];
  if (!owner || !repo) {
    return ['alert: issue needs the repository to open the issue in (GITHUB_REPOSITORY), which is set on every GitHub Actions runner; outside one, leave alert off.'];
  }
  const policyPath = displayPath(settings.workspace, settings.policyFile);
  const options: AlertRenderOptions = {
    run: settings.run,
    links: settings.repository ? { ...settings.repository, policyPath } : undefined,
    reportWritten,
  };
  try {
    await keepAlertIssue(createGitHubClient(settings.githubToken), { owner, repo }, policyPath, subject, now, options);
    return [];
  } catch (error) {
    return [alertFailure(error)];
  }
}

/** Opens, edits (commenting when something new needs attention) or closes the issue. Throws what GitHub answered. */
export async function keepAlertIssue(octokit: GitHubClient, at: Repository, policyPath: string, subject: AlertSubject, now: Date, options: AlertRenderOptions): Promise<void> {
  const facts = alertFacts(subject, now);
  const identity = await resolveTokenIdentity(octokit);
  const marker = alertMarker(policyPath);
  const labelled = await findAlertIssues(octokit, { ...at, marker, label: ALERT_LABEL, labelled: true }, identity);

  if (!facts.needsAttention) {
    if (labelled.length === 0) {
      runner.info('Alert: nothing needs a person, and no alert issue is open.');
      return;
    }
    for (const issue of labelled) {
      if (subject.kind === 'report') await commentOnAlertIssue(octokit, at, issue.number, renderCloseComment(subject.report, options));
      await closeAlertIssue(octokit, at, issue.number, 'completed');
      runner.info(`Alert: nothing needs a person; closed ${issue.url}.`);
    }
    return;
  }

  const ours = labelled.length > 0 ? labelled : await findAlertIssues(octokit, { ...at, marker, label: ALERT_LABEL, labelled: false }, identity);
  const [keep, ...duplicates] = ours;
  const title = renderAlertTitle(facts);
  const body = renderAlertBody(facts, policyPath, options);
  if (keep === undefined) {
    const opened = await openAlertIssue(octokit, at, { title, body, label: ALERT_LABEL });
    runner.info(`Alert: opened ${opened.url} (as ${inertLogText(identity.login)}, identity from ${identity.source}).`);
    if (!opened.labels.includes(ALERT_LABEL)) {
      runner.warning(`The alert issue ${opened.url} was opened without the ${ALERT_LABEL} label (GitHub drops labels a token may not set): the next run finds it only by looking through every open issue. Give the job permissions: issues: write.`);
    }
    return;
  }
  await editAlertIssue(octokit, at, keep.number, { title, body });
  if (!keep.labels.includes(ALERT_LABEL)) await labelAlertIssue(octokit, at, keep.number, ALERT_LABEL);
  // Editing a description notifies no one: say so in a comment when something new needs attention
  // (not when findings only went away: the edit says so to whoever looks).
  const news = somethingNew(readAlertState(keep.body), facts);
  if (news) await commentOnAlertIssue(octokit, at, keep.number, renderChangeComment(facts, options));
  runner.info(`Alert: updated ${keep.url}${news ? ' and commented: something new needs attention' : ' (nothing new since the last run: no comment)'}.`);
  for (const duplicate of duplicates) {
    await commentOnAlertIssue(octokit, at, duplicate.number, `Duplicate of #${keep.number}: inbound-guard keeps one alert issue per policy file.`);
    await closeAlertIssue(octokit, at, duplicate.number, 'not_planned');
    runner.info(`Alert: closed ${duplicate.url}, a duplicate of ${keep.url}.`);
  }
}

function alertFailure(error: unknown): string {
  const status = httpStatus(error);
  const tail = 'Nobody was told about this run through the issue; see the job summary.';
  if (status === undefined) return `Could not keep the alert issue up to date: ${inertLogText(error instanceof Error ? error.message : String(error), 500)} ${tail}`;
  const hint =
    status === 403 || status === 401
      ? 'the token may not write issues: give the job `permissions: issues: write` (or set alert: off)'
      : status === 410
        ? 'issues are turned off in this repository: turn them on in its settings (or set alert: off)'
        : status === 404
          ? 'the token cannot see this repository or its issues'
          : 'GitHub did not answer as expected';
  return `Could not keep the alert issue up to date (HTTP ${status}): ${hint}. ${tail}`;
}
