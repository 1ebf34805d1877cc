import { citeEntry } from '../decide/reasons.js';
import type { MatchedEntry } from '../decide/types.js';
import type { InboundItem } from '../model/items.js';
import { code, inertMarkdown } from './escape.js';

/** Where a policy line lives on GitHub, when the run has a repository context. */
export interface SourceLinks {
  /** e.g. https://github.com */
  readonly serverUrl: string;
  /** owner/name */
  readonly repository: string;
  /** The commit the policy was read at. */
  readonly sha: string;
  /** The policy path relative to the repository root. */
  readonly policyPath: string;
}

export function lineUrl(links: SourceLinks, line: number): string {
  const path = links.policyPath.split('/').map(encodeURIComponent).join('/');
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}#L${line}`;
}

/** "iot.allow[0] (line 5)", linked to that line at that commit when links are known. */
export function linkedEntry(entry: Pick<MatchedEntry, 'list' | 'index' | 'position'>, links?: SourceLinks): string {
  const label = citeEntry(entry.list, entry);
  return links ? `[${label}](${lineUrl(links, entry.position.line)})` : label;
}

/** The entry behind an allow decision: linked label, until, and its note (made inert). */
export function entryCitation(entry: MatchedEntry, links?: SourceLinks): string {
  const cited = linkedEntry(entry, links);
  const note = entry.note ? ` — ${inertMarkdown(entry.note, 120)}` : '';
  const until = entry.until ? ` until ${entry.until}` : '';
  return `${cited}${until}${note}`;
}

export function itemKind(item: InboundItem): string {
  return item.kind === 'certificate-transfer' ? 'IoT certificate transfer' : `Handshake ${code(item.type)}`;
}

export function itemId(item: InboundItem): string {
  return item.kind === 'certificate-transfer' ? code(item.certificateId.slice(0, 12) + '…') : code(item.id);
}

export function itemRegion(item: InboundItem): string {
  return item.kind === 'certificate-transfer' ? code(item.region) : 'global';
}

/** Where an item is: its region, led by its account when a run guards several. */
export function itemPlace(item: InboundItem, manyAccounts: boolean): string {
  return manyAccounts ? `${code(item.account)} ${itemRegion(item)}` : itemRegion(item);
}

/** Who sent it, with sender-written text made inert. */
export function itemSource(item: InboundItem): string {
  if (item.kind === 'certificate-transfer') {
    if (item.direction === 'outgoing') return `this account → ${item.targetAccount ? code(item.targetAccount) : 'unknown'}`;
    const from = item.sourceAccount ? `account ${code(item.sourceAccount)}` : 'unknown account';
    return item.transferMessage ? `${from}<br>“${inertMarkdown(item.transferMessage, 128)}”` : from;
  }
  const parts = [
    item.organizationId ? `org ${code(item.organizationId)}` : '',
    item.managementAccountId ? `account ${code(item.managementAccountId)}` : '',
    item.managementEmail ? inertMarkdown(item.managementEmail, 100) : '',
    item.managementName ? `“${inertMarkdown(item.managementName, 60)}”` : '',
  ].filter(Boolean);
  const notes = item.notes ? `<br>note: “${inertMarkdown(item.notes, 120)}”` : '';
  return (parts.join(', ') || 'unknown') + notes;
}
