/**
 * The job summary of a run that read no account at all: the organization's accounts could not be
 * listed (none guarded), or every account's guard role was refused (or answered as another
 * account). Nothing in it may read as if something had been read and found clean: not the footer,
 * not Acted on, not the kinds table.
 */
import { describe, expect, it } from 'vitest';
import { alertFacts } from '../src/alert/alert-facts.js';
import { renderAlertTitle } from '../src/alert/render-alert.js';
import { footer, renderRunSummary } from '../src/report/run-summary.js';
import { noAccountReadReport } from './helpers/report.js';

const NOW = '2026-11-21T12:00:00.000Z';
const MODES = ['dry-run', 'enforce'] as const;

/** The kinds table's row of a kind, by its title. */
function kindRow(md: string, title: string): string {
  return md.split('\n').find((l) => l.startsWith(`| ${title} |`)) ?? '';
}

describe("the organization's accounts could not be listed: no account guarded", () => {
  it.each(MODES)('%s: the footer says the governed kinds were not read, not "handshakes not governed" nor "swept in 0"', (mode) => {
    const line = footer(noAccountReadReport({ mode, generatedAt: NOW, why: 'unlisted' }));
    expect(line).toContain(' · no account read · IoT NOT read · handshakes NOT read · RAM NOT read · security-service invitations not governed · ');
    expect(line).not.toContain('handshakes not governed');
    expect(line).not.toContain('0 of 0 accounts');
  });

  it.each(MODES)('%s: the items to act on say no account was read, not that every item read is allowed', (mode) => {
    const md = renderRunSummary(noAccountReadReport({ mode, generatedAt: NOW, why: 'unlisted' }));
    expect(md).toContain(`### ${mode === 'enforce' ? 'Acted on' : 'To act on'} (0)\n\n_Nothing: no account was read (the organization's accounts could not be listed; see Not read)._`);
    expect(md).not.toContain('every pending item read is allowed');
  });

  it.each(MODES)('%s: each governed kind\'s row is marked not read, not a clean zero', (mode) => {
    const md = renderRunSummary(noAccountReadReport({ mode, generatedAt: NOW, why: 'unlisted' }));
    const done = mode === 'enforce' ? ['0 rejected', '0 declined'] : ['reject 0', 'decline 0'];
    expect(kindRow(md, 'IoT certificate transfers')).toContain(`| ${done[0]} · ⚠️ not read: no account was read (see Not read) |`);
    expect(kindRow(md, 'Organizations handshakes')).toContain(`| ${done[1]} · ⚠️ not read: no account was read (see Not read) |`);
    expect(kindRow(md, 'RAM resource-share invitations')).toContain(`| ${done[0]} · ⚠️ not read: no account was read (see Not read) |`);
    // Not governed: nothing of it was to be read, and its row says so already.
    expect(kindRow(md, 'Security-service administrator invitations')).not.toContain('⚠️');
  });
});

describe("every account's guard role was refused: accounts guarded, none read", () => {
  it.each(MODES)('%s: the footer counts the handshakes not read in every account', (mode) => {
    expect(footer(noAccountReadReport({ mode, generatedAt: NOW, why: 'roles-refused' }))).toContain(' · 0 of 2 accounts read completely · IoT swept in 0 account-regions · handshakes swept in 0 of 2 accounts (2 not read) · RAM swept in 0 account-regions · ');
    expect(footer(noAccountReadReport({ mode, generatedAt: NOW, why: 'roles-refused', accounts: ['400000000015'] }))).toContain(' · IoT swept in 0 regions · handshakes NOT read · RAM swept in 0 regions · ');
  });

  it.each(MODES)('%s: the items to act on say no account was read', (mode) => {
    const md = renderRunSummary(noAccountReadReport({ mode, generatedAt: NOW, why: 'roles-refused' }));
    expect(md).toContain(`### ${mode === 'enforce' ? 'Acted on' : 'To act on'} (0)\n\n_Nothing: no account was read (no account's guard role could be assumed; see Not read)._`);
    expect(md).not.toContain('every pending item read is allowed');
  });

  it.each(MODES)('%s: each governed kind\'s row is marked not read in every account', (mode) => {
    const md = renderRunSummary(noAccountReadReport({ mode, generatedAt: NOW, why: 'roles-refused' }));
    for (const title of ['IoT certificate transfers', 'Organizations handshakes', 'RAM resource-share invitations']) {
      expect(kindRow(md, title)).toContain(' · ⚠️ not read in 2 accounts (see Not read) |');
    }
  });
});

describe("every account's guard role answered as another account (or some that, some refused): the items to act on say which", () => {
  it.each(MODES)('%s: not "could be assumed" when the roles were assumed and answered as another account', (mode) => {
    const heading = `### ${mode === 'enforce' ? 'Acted on' : 'To act on'} (0)\n\n`;
    const elsewhere = renderRunSummary(noAccountReadReport({ mode, generatedAt: NOW, why: 'roles-elsewhere' }));
    expect(elsewhere).toContain(`${heading}_Nothing: no account was read (no account's guard role answered as its own account; see Not read)._`);
    const one = renderRunSummary(noAccountReadReport({ mode, generatedAt: NOW, why: 'roles-elsewhere', accounts: ['400000000015'] }));
    expect(one).toContain("(no account's guard role answered as its own account; see Not read)");
    const mixed = renderRunSummary(noAccountReadReport({ mode, generatedAt: NOW, why: 'roles-mixed' }));
    expect(mixed).toContain(`${heading}_Nothing: no account was read (no account's guard role could be used: some could not be assumed, the others answered as another account; see Not read)._`);
    for (const md of [elsewhere, one, mixed]) expect(md).not.toContain('could be assumed;');
  });
});

describe('the heading and the alert title of a run that read none of the accounts it guarded', () => {
  it.each(MODES)('%s: "no account checked", not "2 accounts" as if they were', (mode) => {
    const report = noAccountReadReport({ mode, generatedAt: NOW, why: 'roles-refused' });
    expect(renderRunSummary(report).split('\n')[0]).toContain(' · no account checked: none of the 2 accounts could be read');
    expect(renderAlertTitle(alertFacts({ kind: 'report', report }, new Date(NOW)))).toBe('inbound-guard: 2 parts not read · no account checked (none of 2 read)');
    // A single account guarded and not read is named, as any single account's run is.
    const one = noAccountReadReport({ mode, generatedAt: NOW, why: 'roles-refused', accounts: ['400000000015'] });
    expect(renderRunSummary(one).split('\n')[0]).toContain(' · account <code>400000000015</code>');
  });
});
