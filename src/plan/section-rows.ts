/**
 * Whole-policy diff rows every kind's section may have: a regional kind's `regions` (`iot.regions`,
 * `ram.regions`, …) — which regions it is swept in, and what dropping one means — and, for a
 * section whose absence means "not governed" (`ram`, `security-services`), the section itself.
 * One factory each, so every kind words them the same way. Pure.
 */
import type { Policy, RegionSelection } from '../policy/types.js';
import { addedRemoved, fieldRow, type PolicyRow, v, valueList } from './policy-row.js';
import type { PolicyChange, Words } from './types.js';
import { plural } from '../model/words.js';

export interface RegionRowWords {
  /** The key as written: `iot.regions`. */
  readonly key: string;
  /** What is swept, before `region`/`regions`, and as the subject of `is`: `IoT`. */
  readonly label: string;
  /**
   * The subject of `are` when the label does not read as one (`Security-service` is an adjective):
   * `Security-service invitations`. The label otherwise (`IoT is no longer swept …`).
   */
  readonly subject?: string;
  /** One item, and items, of the kind: `certificate transfer`, `certificate transfers`. */
  readonly one: string;
  readonly many: string;
  /** Items left in another region: `transfers parked`. */
  readonly parked: string;
  /** What the kind's write does to them: `rejected`. */
  readonly done: string;
}

/**
 * The row. `read` gives undefined when the policy does not govern the kind at all: then this row
 * says nothing (the section's own row says the kind is newly governed, or no longer).
 */
export function regionSelectionRow(words: RegionRowWords, read: (policy: Policy) => RegionSelection | undefined): PolicyRow {
  const { key } = words;
  // `IoT is … (it was …)`, `Security-service invitations are … (they were …)`.
  const [is, itWas] = words.subject === undefined ? [`${words.label} is`, 'it was'] : [`${words.subject} are`, 'they were'];
  const ItWas = `${itWas.charAt(0).toUpperCase()}${itWas.slice(1)}`;
  const row = fieldRow<RegionSelection>({
    key,
    read,
    // Never absent inside a governed section: normalise fills in `all`, which compares like a written `all`.
    absent: { value: 'all' },
    show: (selection) => (selection === 'all' ? [v('all'), ' (every enabled region)'] : selection.length === 0 ? [v('[]'), ' (no region)'] : valueList(selection)),
    compare: (base, head) => {
      if (base.value === 'all' && head.value === 'all') return [];
      if (base.value === 'all') {
        const list = head.value as readonly string[];
        return list.length === 0
          ? [{ key, effect: 'weakens', words: [`${is} no longer swept in any region (`, v(`${key}: []`), `): no ${words.one} will be ${words.done}. ${ItWas} swept in every enabled region.`] }]
          : [{ key, effect: 'weakens', words: [`${is} no longer swept in every enabled region, only in `, ...valueList(list), `: ${words.parked} in any other region (including regions enabled later) will not be ${words.done}.`] }];
      }
      if (head.value === 'all') {
        return [{ key, effect: 'strengthens', words: [`${is} now swept in every enabled region (${itWas} `, ...regionsShown(base.value), ').'] }];
      }
      const { added, removed } = addedRemoved(base.value, head.value);
      const out: PolicyChange[] = [];
      if (removed.length > 0 && head.value.length === 0) {
        out.push({ key, effect: 'weakens', words: [`${is} no longer swept in any region (`, v(`${key}: []`), `): no ${words.one} will be ${words.done}. ${ItWas} swept in `, ...valueList(removed), '.'] });
      } else if (removed.length > 0) {
        out.push({ key, effect: 'weakens', words: [plural(removed.length, `${words.label} region `, `${words.label} regions `), ...valueList(removed), ` no longer swept: ${words.many} there will not be ${words.done}.`] });
      }
      if (added.length > 0) out.push({ key, effect: 'strengthens', words: [plural(added.length, `${words.label} region `, `${words.label} regions `), ...valueList(added), ' now swept.'] });
      return out;
    },
  });
  return row;
}

function regionsShown(list: readonly string[]): Words {
  return list.length === 0 ? ['no region'] : valueList(list);
}

/** A row that only compares when both policies govern the kind (`governs`); otherwise the section's row speaks. */
export function withinSection(row: PolicyRow, governs: (policy: Policy) => boolean): PolicyRow {
  return { key: row.key, diff: (base, head, now, caller) => (governs(base) && governs(head) ? row.diff(base, head, now, caller) : []) };
}

export interface SectionRowWords {
  /** The section's key: `ram`. */
  readonly key: string;
  /** What it governs, plural: `RAM resource-share invitations`. */
  readonly title: string;
  /** What its write does to them: `rejected`. */
  readonly done: string;
}

/**
 * A section that governs its kind by being there: adding it strengthens (from nothing to default
 * deny), removing it weakens (nothing of the kind is acted on any more). `read` gives the section's
 * line and its allow entries' count, or undefined when it is absent.
 */
export function governedSectionRow(words: SectionRowWords, read: (policy: Policy) => { readonly line: number; readonly allowed: number } | undefined): PolicyRow {
  const { key, title, done } = words;
  return {
    key,
    diff: (base, head) => {
      const b = read(base);
      const h = read(head);
      if (b === undefined && h !== undefined) {
        const unless = h.allowed === 0 ? ' (no allow entry)' : ` unless ${h.allowed === 1 ? 'its allow entry matches' : `one of its ${h.allowed} allow entries matches`} it`;
        return [{ key, effect: 'strengthens', at: { policy: 'head', line: h.line }, words: [`${title} are now governed (`, v(key), `): every pending one is ${done}${unless}.`] }];
      }
      if (b !== undefined && h === undefined) {
        return [{ key, effect: 'weakens', at: { policy: 'base', line: b.line }, words: [`${title} are no longer governed (`, v(key), ` removed): none will be ${done}, whoever sends them.`] }];
      }
      return [];
    },
  };
}
