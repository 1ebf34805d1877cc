/**
 * Region names in the policy: what a region name looks like, the word `all`, and a region this
 * release knows, as a zod schema that carries its JSON Schema description and words its own errors,
 * like fields.ts.
 */
import * as z from 'zod/mini';
import { isKnownRegion, KNOWN_REGIONS } from '../aws/service-regions.js';
import { editorMessages, isString, patternText, withMeta } from './fields.js';
import { noWildcard, type RawIssue, typeMessage } from './messages.js';
import { didYouMean } from './suggest.js';

/** Two or more letters, words, a number: `us-east-1`, `us-gov-west-1`, and the European Sovereign Cloud's `eusc-de-east-1`. */
export const REGION_PATTERN = /^[a-z]{2,}(-[a-z]+)+-\d+$/;
/** The word that asks for every region enabled for the account. */
export const ALL_REGIONS = 'all';

/**
 * Why a region name written like one is refused: this release's tables (aws/service-regions.ts)
 * do not know it. A misspelling (`eu-wst-1`) would otherwise sweep nothing there and say "not
 * offered"; a region AWS launched after this release cannot be judged either (is the service
 * offered there?), so the way out is an update, and `all` meanwhile warns about it by name.
 */
export function unknownRegionText(name: string): string {
  return (
    `\`${name}\` is not an AWS region this release of inbound-guard knows.${didYouMean(name, KNOWN_REGIONS)} ` +
    `If AWS launched it after this release, update inbound-guard; until then \`${ALL_REGIONS}\` sweeps every enabled region this release knows and warns about any other.`
  );
}

/** What to write instead of a `*` in a region name or for `regions`. */
export const REGIONS_INSTEAD = `list each region by name (e.g. [us-east-1, us-east-2]), or write \`regions: ${ALL_REGIONS}\` for every enabled region`;

/**
 * For `aws-global` or `global` (any case), what the SDKs and the CLI call the region of a global
 * service's endpoint: no region to sweep. `instead` says what to write where it was written (the
 * policy's `regions`, a list item, the action's `regions` input). Undefined for any other name.
 */
export function globalEndpointText(name: string, instead: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower !== 'aws-global' && lower !== 'global') return undefined;
  return `${JSON.stringify(name)} is not a region: it stands for the endpoint of AWS's global services (Organizations is one: its handshakes are read once per account, in no region). Regions are swept only for the regional kinds: ${instead}.`;
}

function regionMessage(issue: RawIssue): string {
  const input = issue.input;
  const wildcard = noWildcard(input, 'region names', REGIONS_INSTEAD);
  if (wildcard !== undefined) return wildcard;
  if (!isString(input)) return typeMessage('a region name', input, 'us-east-1');
  if (REGION_PATTERN.test(input)) return unknownRegionText(input);
  const lower = input.toLowerCase();
  if (REGION_PATTERN.test(lower)) return isKnownRegion(lower) ? `region names are lower case: write ${lower}.` : unknownRegionText(input);
  return globalEndpointText(input, REGIONS_INSTEAD) ?? `${JSON.stringify(input)} is not an AWS region name: write it like us-east-1, eu-west-1 or us-gov-west-1.`;
}

/**
 * A region name this release knows (see unknownRegionText). The JSON Schema lists them (`enum`,
 * from the same tables), so editors complete them and refuse `eu-wst-1` too; the pattern stays for
 * its editor message about the shape.
 */
export const region = () =>
  withMeta(patternText(REGION_PATTERN, regionMessage).check(z.refine((name) => !REGION_PATTERN.test(name) || isKnownRegion(name), { error: regionMessage })), {
    description: 'An AWS region name, e.g. `us-east-1`, that this release of inbound-guard knows: a misspelt or unknown name is an error, not a region silently skipped.',
    examples: ['us-east-1'],
    enum: [...KNOWN_REGIONS],
    ...editorMessages(
      'A region name this release of inbound-guard knows, such as us-east-1 (a region launched after it needs an update).',
      'A region name in lower case, like us-east-1, eu-west-1 or us-gov-west-1.',
    ),
  });
