import { ListRegionsCommand, type AccountClient } from '@aws-sdk/client-account';
import { nonEmpty } from '../iso.js';
import { collectPages, pageBound } from '../pagination.js';

/** The largest page ListRegions allows. */
export const LIST_REGIONS_MAX_RESULTS = 50;

/** Pages per listing: 500 regions (over ten times as many as AWS has) at 50 a page, empty pages allowed for. */
export const LIST_REGIONS_MAX_PAGES = pageBound(500, LIST_REGIONS_MAX_RESULTS);

/** Opt-in states in which a region answers calls: enabled by default, or opted into. */
export const ENABLED_REGION_STATES = ['ENABLED', 'ENABLED_BY_DEFAULT'] as const;

/**
 * The regions enabled for the credentials' own account (Account API ListRegions, filtered to
 * ENABLED and ENABLED_BY_DEFAULT), sorted. A region being enabled or disabled (ENABLING,
 * DISABLING) is left out: calls there may fail either way, and the summary names what was swept.
 */
export async function listEnabledRegions(account: AccountClient): Promise<string[]> {
  const regions = await collectPages(
    'Account ListRegions',
    (token) =>
      account.send(
        new ListRegionsCommand({ MaxResults: LIST_REGIONS_MAX_RESULTS, RegionOptStatusContains: [...ENABLED_REGION_STATES], ...(token === undefined ? {} : { NextToken: token }) }),
      ),
    (page) => ({
      items: (page.Regions ?? []).flatMap((region) => {
        const name = nonEmpty(region.RegionName);
        const state = region.RegionOptStatus;
        return name !== undefined && (state === undefined || (ENABLED_REGION_STATES as readonly string[]).includes(state)) ? [name] : [];
      }),
      next: page.NextToken,
    }),
    LIST_REGIONS_MAX_PAGES,
  );
  return [...new Set(regions)].sort();
}
