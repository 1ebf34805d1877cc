/**
 * Security-service administrator invitations (policy section `security-services`): GuardDuty,
 * Macie, Security Hub and Detective, regional, governed only when the policy has the section,
 * declined (DeclineInvitations; Detective: RejectInvitation) unless security-services.allow
 * matches the inviting account (and, when an entry narrows it, the service).
 */
import { Outputs } from '../../constants.js';
import { SECURITY_SERVICES, securityWriteTarget, type SecurityInvitationItem } from '../../model/items.js';
import { POLICY_NAME_OF } from '../../policy/invitation-fields.js';
import { code, inertMarkdown } from '../../report/escape.js';
import { resolveRegions } from '../../run/resolve-regions.js';
import { accountSender } from '../../model/sender.js';
import type { Kind } from '../kind.js';
import { decideSecurityInvitation, isPendingInvitation } from './decide.js';
import { describeSecurityInvitation } from './describe.js';
import { SECURITY_ALLOW, securityAllowRow, securityEntryRef, securityRegionsRow, securitySectionRow, securityServicesRow } from './plan.js';

export const securityInvitations: Kind<SecurityInvitationItem> = {
  name: 'security-invitation',
  section: 'security-services',
  title: 'Security-service administrator invitations',
  label: 'Security-service',
  footerName: 'security-service invitations',
  scope: 'regional',
  verb: 'decline',
  // A declined (Detective: rejected) invitation is no longer listed, or listed as neither pending nor accepted.
  ownWriteEndStates: ['gone', 'unknown'],
  output: { name: Outputs.DeclinedSecurityInvitations, description: 'Number of GuardDuty, Macie, Security Hub and Detective administrator invitations declined in this run (Detective\'s are rejected with RejectInvitation; they count here too); this kind only (declined counts every kind).' },
  governed: (policy) => policy.securityServices !== undefined,
  notGoverned: 'the policy has no `security-services` section',
  sweepScope: (policy, regionsInput) => ({
    kind: 'security-invitation',
    services: policy.securityServices?.services ?? [],
    regions: resolveRegions(regionsInput, policy.securityServices?.regions ?? 'all'),
  }),
  serviceOf: (item) => item.service,
  decide: decideSecurityInvitation,
  writeFor: (item) => {
    if (!isPendingInvitation(item)) return { refused: `Refused: only a pending invitation can be declined, this one is ${item.status}.` };
    const target = securityWriteTarget(item);
    if (target === undefined || target === '') return { refused: `Refused: the ${item.service} invitation has no ${item.service === 'detective' ? 'graph ARN' : 'inviting account'} to name.` };
    return { write: { kind: 'security-invitation', service: item.service, account: item.account, region: item.region, target } };
  },
  // One administrator may invite many accounts: the key names the invited account too.
  sender: (item) => accountSender('administrator', item.administratorAccountId),
  // Never flagged as accepted when read.
  acceptedSinceListed: () => false,
  // Detective's is the graph ARN; the others' InvitationId (their writes name the inviting account).
  itemId: (item) => item.invitationId ?? item.administratorAccountId,
  key: (item) => `${item.service}:${item.region}:${item.account}:${item.administratorAccountId}`,
  // Services in SECURITY_SERVICES order (GuardDuty, Macie, Security Hub, Detective), whatever order
  // the policy lists them in: one job's report and a merge of shards then agree.
  order: (item) => [item.region, `${SECURITY_SERVICES.indexOf(item.service)}:${item.administratorAccountId}`],
  describe: describeSecurityInvitation,
  policyRows: [securitySectionRow, securityServicesRow, securityRegionsRow, securityAllowRow],
  entryRefs: (policy) => SECURITY_ALLOW.entries(policy).map(securityEntryRef),
  policySummary: {
    lines: (policy) => {
      const section = policy.securityServices;
      if (section === undefined) return ['**Security-service invitations:** not governed (no `security-services` section): left alone'];
      const regions = section.regions === 'all'
        ? 'every region enabled for each account where the service is offered (`all`), unless the `regions` input says otherwise'
        : section.regions.length === 0 ? 'none (not swept)' : section.regions.map(code).join(', ');
      return [`**Security-service invitations:** ${section.services.map((s) => code(POLICY_NAME_OF[s])).join(', ')} in ${regions}`];
    },
    rows: (policy) =>
      (policy.securityServices?.allow ?? []).map((e) => [
        `security-services.allow[${e.index}]`,
        String(e.position.line),
        `administrator account ${code(e.sourceAccount)}${e.services ? `, services ${e.services.map((s) => code(POLICY_NAME_OF[s])).join(', ')}` : ''}`,
        e.until ? `until ${code(e.until)} (UTC)` : 'no end date',
        e.note ? inertMarkdown(e.note) : '',
      ]),
  },
};
