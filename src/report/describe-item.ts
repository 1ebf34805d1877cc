import { citeEntry } from '../decide/reasons.js';
import type { MatchedEntry } from '../decide/types.js';
import { itemRegion as itemRegionOf, kindOf } from '../kinds/registry.js';
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

// Each kind describes its own items (src/kinds/<kind>/describe.ts); these are the cells every table shares.

export function itemKind(item: InboundItem): string {
  return kindOf(item)?.describe.kindCell(item) ?? 'Unknown';
}

export function itemId(item: InboundItem): string {
  return kindOf(item)?.describe.idCell(item) ?? '';
}

export function itemRegion(item: InboundItem): string {
  const region = itemRegionOf(item);
  return region === undefined ? 'global' : code(region);
}

/** Where an item is: its region, led by its account when a run guards several. */
export function itemPlace(item: InboundItem, manyAccounts: boolean): string {
  return manyAccounts ? `${code(item.account)} ${itemRegion(item)}` : itemRegion(item);
}

/** Who sent it, with sender-written text made inert. */
export function itemSource(item: InboundItem): string {
  return kindOf(item)?.describe.sourceCell(item) ?? 'unknown';
}
