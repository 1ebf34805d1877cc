/**
 * AWS RAM resource-share invitations (policy section `ram`): regional, governed only when the
 * policy has a `ram` section, rejected with RejectResourceShareInvitation unless ram.allow matches
 * the sending account (and, when an entry narrows it, the types of what is shared).
 */
import { Outputs } from '../../constants.js';
import type { ResourceShareInvitationItem } from '../../model/items.js';
import { code, inertMarkdown } from '../../report/escape.js';
import { resolveRegions } from '../../run/resolve-regions.js';
import { accountSender } from '../../model/sender.js';
import type { Kind } from '../kind.js';
import { decideResourceShareInvitation } from './decide.js';
import { describeResourceShareInvitation } from './describe.js';
import { RAM_ALLOW, ramAllowRow, ramEntryRef, ramRegionsRow, ramSectionRow } from './plan.js';

export const resourceShareInvitations: Kind<ResourceShareInvitationItem> = {
  name: 'resource-share-invitation',
  section: 'ram',
  title: 'RAM resource-share invitations',
  label: 'RAM',
  scope: 'regional',
  verb: 'reject',
  // ResourceShareInvitationAlreadyRejectedException (the clientToken normally makes the SDK's retry replay the success instead).
  ownWriteEndStates: ['rejected'],
  output: { name: Outputs.RejectedShareInvitations, description: 'Number of AWS RAM resource-share invitations rejected in this run; this kind only (rejected counts every kind).' },
  governed: (policy) => policy.ram !== undefined,
  notGoverned: 'the policy has no `ram` section',
  sweepScope: (policy, regionsInput) => ({ kind: 'resource-share-invitation', services: ['ram'], regions: resolveRegions(regionsInput, policy.ram?.regions ?? 'all') }),
  serviceOf: () => 'ram',
  decide: decideResourceShareInvitation,
  writeFor: (item) =>
    item.status !== 'PENDING'
      ? { refused: `Refused: only a PENDING invitation can be rejected, this one is ${item.status}.` }
      : { write: { kind: 'resource-share-invitation', service: 'ram', account: item.account, region: item.region, target: item.invitationArn } },
  sender: (item) => accountSender('account', item.senderAccountId),
  // Never flagged as accepted when read.
  acceptedSinceListed: () => false,
  itemId: (item) => item.invitationArn,
  key: (item) => `ram:${item.invitationArn}`,
  order: (item) => [item.region, item.invitationArn],
  describe: describeResourceShareInvitation,
  policyRows: [ramSectionRow, ramRegionsRow, ramAllowRow],
  entryRefs: (policy) => RAM_ALLOW.entries(policy).map(ramEntryRef),
  policySummary: {
    lines: (policy) => {
      if (policy.ram === undefined) return ['**RAM resource-share invitations:** not governed (no `ram` section): left alone'];
      const regions = policy.ram.regions === 'all'
        ? 'every region enabled for each account where AWS RAM is offered (`all`), unless the `regions` input says otherwise'
        : policy.ram.regions.length === 0 ? 'none (RAM is not swept)' : policy.ram.regions.map(code).join(', ');
      return [`**RAM regions:** ${regions}`];
    },
    rows: (policy) =>
      (policy.ram?.allow ?? []).map((e) => [
        `ram.allow[${e.index}]`,
        String(e.position.line),
        `source account ${code(e.sourceAccount)}${e.resourceTypes ? `, resource types ${e.resourceTypes.map(code).join(', ')}` : ''}`,
        e.until ? `until ${code(e.until)} (UTC)` : 'no end date',
        e.note ? inertMarkdown(e.note) : '',
      ]),
  },
};
