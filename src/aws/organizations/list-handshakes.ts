import { ListHandshakesForAccountCommand, type Handshake, type OrganizationsClient } from '@aws-sdk/client-organizations';
import { collectPages } from '../pagination.js';

/** The largest page ListHandshakesForAccount allows. */
export const LIST_HANDSHAKES_MAX_RESULTS = 20;

/**
 * The most handshakes one account's listing must hold. A handshake is listed for at most 45 days
 * (open up to 15, then 30 after it closes), and Organizations caps the invitations an organization
 * may send a day (20, as we remember the quota table; not re-checked against AWS here). 100,000 is
 * over a hundred organizations inviting this account every day for 45 days: far past any real one.
 */
export const MAX_HANDSHAKES_LISTED = 100_000;

/**
 * Pages per ListHandshakesForAccount listing: 100,000 / 20 = 5,000 full pages, doubled because
 * Organizations may answer an empty page with a NextToken (one empty page per full page allowed).
 */
export const LIST_HANDSHAKES_MAX_PAGES = (MAX_HANDSHAKES_LISTED / LIST_HANDSHAKES_MAX_RESULTS) * 2;

/**
 * Every handshake listed for this account, in every state and of every type (the decisions filter).
 * Organizations may return an empty page together with a NextToken: the token is followed until absent.
 */
export async function listHandshakes(organizations: OrganizationsClient): Promise<Handshake[]> {
  return collectPages(
    'Organizations ListHandshakesForAccount',
    (token) => organizations.send(new ListHandshakesForAccountCommand({ MaxResults: LIST_HANDSHAKES_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })),
    (page) => ({ items: page.Handshakes ?? [], next: page.NextToken }),
    LIST_HANDSHAKES_MAX_PAGES,
  );
}
