/**
 * AWS Organizations handshakes (policy section `organizations`): global, governed unless
 * organizations.handshake-types is [], declined with DeclineHandshake unless organizations.allow
 * matches the sender.
 */
import { Outputs } from '../../constants.js';
import type { HandshakeItem } from '../../model/items.js';
import { code, inertMarkdown } from '../../report/escape.js';
import { accountSender, organizationSender } from '../../model/sender.js';
import type { Kind } from '../kind.js';
import { decideHandshake } from './decide.js';
import { describeHandshake } from './describe.js';
import { handshakeTypesRow, ORGANIZATIONS_ALLOW, organizationsAllowRow, organizationsEntryRef } from './plan.js';

export const handshakes: Kind<HandshakeItem> = {
  name: 'handshake',
  section: 'organizations',
  title: 'Organizations handshakes',
  label: 'Organizations',
  scope: 'global',
  verb: 'decline',
  // A declined handshake stays listed DECLINED for 30 days: gone, cancelled, accepted or unknown is not our decline.
  ownWriteEndStates: ['declined'],
  output: { name: Outputs.DeclinedHandshakes, description: 'Number of Organizations handshakes declined in this run; this kind only (declined counts every kind).' },
  governed: (policy) => policy.organizations.handshakeTypes.length > 0,
  notGoverned: 'organizations.handshake-types is []',
  sweepScope: () => ({ kind: 'handshake', services: ['organizations'], regions: [] }),
  serviceOf: () => 'organizations',
  decide: decideHandshake,
  writeFor: (item) =>
    item.direction !== 'incoming'
      ? { refused: 'Refused: a handshake this account sent is not ours to decline.' }
      : { write: { kind: 'handshake', service: 'organizations', account: item.account, target: item.id } },
  sender: (item) => organizationSender(item.organizationId) ?? accountSender('management-account', item.managementAccountId),
  // Flagged only when the listing shows it ACCEPTED: accepted before this run listed it.
  acceptedSinceListed: () => false,
  itemId: (item) => item.id,
  key: (item) => `organizations:${item.id}`,
  order: (item) => ['', item.id],
  describe: describeHandshake,
  policyRows: [handshakeTypesRow, organizationsAllowRow],
  entryRefs: (policy) => ORGANIZATIONS_ALLOW.entries(policy).map(organizationsEntryRef),
  policySummary: {
    lines: (policy) => {
      const types = policy.organizations.handshakeTypes.length === 0
        ? 'none (handshakes are not governed)'
        : policy.organizations.handshakeTypes.map(code).join(', ');
      return [`**Governed handshake types:** ${types}`];
    },
    rows: (policy) =>
      policy.organizations.allow.map((e) => [
        `organizations.allow[${e.index}]`,
        String(e.position.line),
        [
          e.organization ? `organization ${code(e.organization)}` : '',
          e.managementAccount ? `management account ${code(e.managementAccount)}` : '',
          e.managementEmail ? `management email ${code(e.managementEmail)}` : '',
          e.handshakeTypes ? `types ${e.handshakeTypes.map(code).join(', ')}` : '',
        ].filter(Boolean).join(', '),
        e.until ? `until ${code(e.until)} (UTC)` : 'no end date',
        e.note ? inertMarkdown(e.note) : '',
      ]),
  },
};
