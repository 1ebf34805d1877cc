/**
 * Organization mode when the guarded accounts cannot be reached, from src/main.ts's run() in this
 * process against the organization scenario (the dist-* tests run the built bundle, which a test
 * cannot rebuild): findings of a user-acceptance review, each reproduced end to end — credentials
 * that may not list the organization (a member account, an account in no organization) and a member
 * whose guard role cannot be assumed (400000000015 has none). One fake GitHub for the file:
 * @actions/github reads the API URL once, when the alert first loads it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RunReport } from '../src/run/report-types.js';
import type { FaultRule } from './emulator/index.ts';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { useFakeGitHubBot } from './helpers/fake-github.js';
import { ROOT, parseOutputFile } from './helpers/run-dist.js';
import { restoreRunnerEnvAfterEach, runInProcess } from './helpers/run-in-process.js';
import { testTempDir } from './helpers/temp-dir.js';

const ORGANIZATION = join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml');
const POLICY = 'version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\niot:\n  allow:\n    - source-account: "111122223333"\n';
const REPO = 'acme/guard';

const emulatorEnvironment = useEmulatorEnvironment();
const fakeGitHub = useFakeGitHubBot();
let workspace: string;
let runId = 0;
beforeEach(() => {
  workspace = testTempDir('inbound-guard-organization-');
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), POLICY);
});
restoreRunnerEnvAfterEach();

/** An enforce run with an alert issue; the report it wrote, its log, its summary and the issue it left open. */
async function run(account: string, faults: readonly FaultRule[] = []): Promise<{ code: number | undefined; log: string; summary: string; summaryJson: unknown; report: RunReport; issue: { title: string; body: string } }> {
  const emulator = await emulatorEnvironment.start({ scenario: ORGANIZATION, account });
  for (const fault of faults) emulator.injectFault(fault);
  runId += 1;
  const repo = `${REPO}${runId}`;
  const env = { GITHUB_API_URL: fakeGitHub.current.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_SHA: 'a'.repeat(40), GITHUB_RUN_ID: String(runId), GITHUB_RUN_ATTEMPT: '1', GITHUB_WORKFLOW: 'w', GITHUB_EVENT_NAME: 'schedule' };
  const r = await runInProcess({ workspace, action: 'guard', inputs: { mode: 'enforce', alert: 'issue', 'github-token': 'tok' }, env });
  const outputs = parseOutputFile(r.outputFile);
  const report = JSON.parse(readFileSync(outputs['report-file']!, 'utf8')) as RunReport;
  const [issue] = fakeGitHub.current.issuesOf(repo);
  if (issue === undefined) throw new Error('no alert issue');
  return { code: r.code, log: r.log, summary: r.summary, summaryJson: JSON.parse(outputs['summary-json']!), report, issue: { title: issue.title, body: issue.body } };
}

/** The step's failures as the log ends with them: one ::error:: annotation, a failure a line. */
function failureAnnotation(log: string): string {
  const lines = log.split('\n').filter((l) => l.startsWith('::error::'));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('the organization could not be listed', () => {
  it('credentials of a member account: the failure says who they are, who may list the organization, and where the orchestrator policy is', async () => {
    const r = await run('400000000011');
    expect(r.code).toBe(1);
    const failure = failureAnnotation(r.log);
    expect(failure).toContain("::error::Could not read the organization's accounts (Organizations): ListAccounts: AccessDeniedException: ");
    expect(failure).toMatch(/These credentials are account 400000000011 \(arn:aws:[^)]*400000000011[^)]*\); only the organization's management account or a delegated administrator of AWS Organizations may list its accounts/);
    expect(failure).toContain('run with the orchestrator role in one of those accounts (iam/orchestrator.json; README, "Guard an organization")');
    expect(r.report.errors).toEqual([expect.objectContaining({ service: 'organizations', code: 'AccessDeniedException', hint: expect.stringMatching(/^These credentials are account 400000000011 /) })]);
    // The summary's and the issue's Not read rows: AWS's message (cut), then our hint whole.
    expect(r.summary).toContain('These credentials are account 400000000011');
    expect(r.summary).toContain('name the accounts in targets.accounts instead.');
    expect(r.issue.body).toContain('These credentials are account 400000000011');
    expect(r.issue.body).toContain('name the accounts in targets.accounts instead.');
  });

  it('credentials of a member account: the summary and the alert issue say no account was checked, not "1 part not read · 0 accounts"', async () => {
    const r = await run('400000000011');
    expect(r.report.accounts).toEqual([]);
    expect(r.summary.split('\n')[0]).toBe("## ❌ inbound-guard · enforce · no account checked: the organization's accounts could not be listed");
    expect(r.issue.title).toBe("inbound-guard: the organization's accounts could not be listed · no account checked");
    // Not "· account 400000000011": the credentials' account was not checked either.
    expect(r.issue.body).toContain('## 🚨 inbound-guard needs attention · enforce · no account checked\n');
    expect(r.issue.body).toContain("found: **the organization's accounts could not be listed**.");
    // The rest of the summary and summary-json say the same: nothing was read, not nothing found.
    expect(r.summary).toContain("_Nothing: no account was read (the organization's accounts could not be listed; see Not read)._");
    expect(r.summary).toContain('| 0 declined · ⚠️ not read: no account was read (see Not read) |');
    expect(r.summary.trimEnd().split('\n').at(-1)).toContain(' · no account read · IoT NOT read · handshakes NOT read · ');
    expect(r.summaryJson).toMatchObject({ checked: false, notRead: 1, failures: 1 });
  });

  it('credentials of an account in no organization: the failure says so', async () => {
    const r = await run('555566667777');
    expect(failureAnnotation(r.log)).toMatch(/ListAccounts: AWSOrganizationsNotInUseException: [^%]*These credentials are account 555566667777 \([^)]*\), which belongs to no organization; only the organization's management account/);
  });
});

describe('a member whose guard role cannot be assumed', () => {
  it('the failure names the role, the credentials its trust policy must accept, the documents, and targets.exclude', async () => {
    const r = await run('400000000001');
    expect(r.code).toBe(1);
    const failure = failureAnnotation(r.log);
    expect(failure).toContain('Could not read account 400000000015 (STS): could not assume arn:aws:iam::400000000015:role/inbound-guard: AccessDenied: ');
    expect(failure).toMatch(
      /The guard role arn:aws:iam::400000000015:role\/inbound-guard is missing, does not trust these credentials \(arn:aws:iam::400000000001:role\/github-actions-inbound-guard, with the role's path if it has one\), or their policy does not allow sts:AssumeRole on it \(iam\/orchestrator\.json\): deploy it in account 400000000015, trusted by the workflow's role, with the permissions its mode needs \(iam\/README\.md; README, "Guard an organization"\), or add 400000000015 to targets\.exclude\. Items there were not checked\./,
    );
    expect(r.report.errors).toEqual([expect.objectContaining({ service: 'sts', account: '400000000015', code: 'AccessDenied', hint: expect.stringMatching(/^The guard role /) })]);
    expect(r.issue.body).toContain('or add 400000000015 to targets.exclude.');
  });

  it("refused by an SCP, as AWS's message says: the hint names the orchestrator's organization's SCP, not the three causes", async () => {
    const role = 'arn:aws:iam::400000000015:role/inbound-guard';
    const message = `User: arn:aws:sts::400000000001:assumed-role/github-actions-inbound-guard/GitHubActions is not authorized to perform: sts:AssumeRole on resource: ${role} with an explicit deny in a service control policy`;
    const r = await run('400000000001', [{ service: 'sts', operation: 'AssumeRole', id: role, rate: 1, kind: 'error', error: { status: 403, type: 'AccessDenied', message } }]);
    const hint = `AssumeRole on the guard role ${role} was refused to these credentials (account 400000000001 (arn:aws:sts::400000000001:assumed-role/github-actions-inbound-guard/GitHubActions)): an explicit deny in a service control policy (SCP) of account 400000000001's organization`;
    expect(failureAnnotation(r.log)).toContain(hint);
    expect(r.report.errors).toEqual([expect.objectContaining({ service: 'sts', account: '400000000015', code: 'AccessDenied', hint: expect.stringContaining(hint) })]);
    expect(r.report.errors[0]!.hint).not.toContain('is missing');
  });

  it("is annotated once, by the step's failures: the sweep's line is plain", async () => {
    const r = await run('400000000001');
    const lines = r.log.split('\n');
    expect(lines).toContain('400000000015: could not be read (denied): could not assume arn:aws:iam::400000000015:role/inbound-guard: AccessDenied: User: arn:aws:sts::400000000001:assumed-role/github-actions-inbound-guard/GitHubActions is not authorized to perform: sts:…');
    expect(lines.filter((l) => l.startsWith('::warning::'))).toEqual([]);
    expect(failureAnnotation(r.log)).toContain('::error::Could not read account 400000000015 (STS)');
  });

  it('the organization not listed is annotated once too', async () => {
    const r = await run('400000000011');
    expect(r.log.split('\n').filter((l) => l.startsWith('::warning::'))).toEqual([]);
    expect(r.log).toContain("\nCould not list the organization's accounts (denied): ListAccounts: AccessDeniedException: ");
  });
});

describe('a member whose guard role was assumed but may not read', () => {
  it('the part refused names the role, that it was assumed, the call refused and the document enforce needs it in, and targets.exclude; AWS’s message is kept', async () => {
    const refused = 'User: arn:aws:sts::400000000012:assumed-role/inbound-guard/GitHubActions is not authorized to perform: iot:ListCertificates';
    const r = await run('400000000001', [{ service: 'iot', operation: 'ListCertificates', account: '400000000012', region: 'eu-west-1', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDeniedException', message: refused } }]);
    expect(r.code).toBe(1);
    const hint =
      "The guard role arn:aws:iam::400000000012:role/inbound-guard was assumed in account 400000000012, but its read calls were refused: the role's policy needs iot:ListCertificates, one of enforce's guard permissions (iam/enforce.json; iam/README.md), or add 400000000012 to targets.exclude.";
    const own = r.report.errors.filter((e) => e.account === '400000000012');
    // The call refused, as the client that made it recorded it (not read from AWS's message): in the JSON report, the log and the summary alike.
    expect(own).toEqual([expect.objectContaining({ service: 'iot', region: 'eu-west-1', code: 'AccessDeniedException', action: 'iot:ListCertificates', message: `AccessDeniedException: ${refused}`, hint })]);
    expect(failureAnnotation(r.log)).toContain(hint);
    // The summary's Not read row: AWS's message, then the hint, both escaped as AWS's text is.
    const row = r.summary.split('\n').find((line) => line.startsWith('| <code>400000000012</code> | <code>iot</code> |'));
    expect(row).toContain('is not authorized to perform&#58; iot&#58;ListCertificates — The guard role arn&#58;aws&#58;iam&#58;&#58;400000000012&#58;role/inbound&#45;guard was assumed in account 400000000012');
    expect(row).toContain('the role&#39;s policy needs iot&#58;ListCertificates, one of enforce&#39;s guard permissions &#40;iam/enforce.json; iam/README.md&#41;, or add 400000000012 to targets.exclude. |');
  });
});
