import { ListHandshakesForAccountCommand, type Handshake, type OrganizationsClient } from '@aws-sdk/client-organizations';
import { collectPages } from '../pagination.js';

/** The largest page ListHandshakesForAccount allows. */
export const LIST_HANDSHAKES_MAX_RESULTS = 20;

/**
 * Every handshake listed for this account, in every state and of every type (the decisions filter).
 * Organizations may return an empty page together with a NextToken: the token is followed until absent.
 */
export async function listHandshakes(organizations: OrganizationsClient): Promise<Handshake[]> {
  return collectPages(
    'Organizations ListHandshakesForAccount',
    (token) => organizations.send(new ListHandshakesForAccountCommand({ MaxResults: LIST_HANDSHAKES_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })),
    (page) => ({ items: page.Handshakes ?? [], next: page.NextToken }),
  );
}
