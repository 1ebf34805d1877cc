import { ListAccountsCommand, type OrganizationsClient } from '@aws-sdk/client-organizations';
import { organizationOfAccountArn, type OrganizationIdentity } from '../../model/organization.js';
import { isAccountId } from '../../model/sender.js';
import { nonEmpty } from '../iso.js';
import { forEachPage, pageBound } from '../pagination.js';

/** A member account as ListAccounts shows it. Name and email are the organization's own text. */
export interface OrganizationAccount {
  readonly id: string;
  readonly name?: string | undefined;
  /**
   * ACTIVE, SUSPENDED, PENDING_ACTIVATION, PENDING_CLOSURE, CLOSED: the `State` member, else the
   * older `Status` (retired by AWS in September 2026, still sent by some endpoints), else UNKNOWN.
   */
  readonly state: string;
  /**
   * The organization its `Arn` names (`…:account/<o-id>/<id>`, the management account in the
   * account field); undefined when the ARN is missing or of another shape.
   */
  readonly organization?: OrganizationIdentity | undefined;
}

/** The largest page ListAccounts allows. */
export const LIST_ACCOUNTS_MAX_RESULTS = 20;

/**
 * Pages per listing: 100,000 accounts (ten times the 10,000 AWS documents granting an organization
 * on request) at 20 a page, empty pages allowed for.
 */
export const LIST_ACCOUNTS_MAX_PAGES = pageBound(100_000, LIST_ACCOUNTS_MAX_RESULTS);

/**
 * Every account of the caller's organization. Only the management account or a delegated
 * administrator may call it. Empty pages with a NextToken are followed like any other. `onPage`, if
 * given, is handed each page's accounts as the page arrives.
 */
export async function listOrganizationAccounts(organizations: OrganizationsClient, onPage?: (accounts: readonly OrganizationAccount[]) => void): Promise<OrganizationAccount[]> {
  const all: OrganizationAccount[] = [];
  await forEachPage(
    'Organizations ListAccounts',
    (token) => organizations.send(new ListAccountsCommand({ MaxResults: LIST_ACCOUNTS_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })),
    (page) => {
      const first = all.length;
      for (const account of page.Accounts ?? []) {
        const id = nonEmpty(account.Id);
        if (id === undefined) continue;
        // The id goes into role ARNs, titles and outputs: anything but AWS's shape fails the listing.
        if (!isAccountId(id)) throw new Error('Organizations ListAccounts answered an account id that is not 12 digits; no account of the organization was swept.');
        all.push({ id, name: nonEmpty(account.Name), state: nonEmpty(account.State) ?? nonEmpty(account.Status) ?? 'UNKNOWN', organization: organizationOfAccountArn(account.Arn, id) });
      }
      onPage?.(all.slice(first));
      return page.NextToken;
    },
    LIST_ACCOUNTS_MAX_PAGES,
    () => all.length,
  );
  return all;
}
