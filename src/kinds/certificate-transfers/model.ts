/**
 * AWS IoT certificate transfers (policy section `iot`): regional, always governed (iot.regions: []
 * sweeps no region), rejected with RejectCertificateTransfer unless iot.allow names the source.
 */
import { Outputs } from '../../constants.js';
import { limitRejectReason } from '../../model/aws-limits.js';
import type { CertificateTransferItem } from '../../model/items.js';
import { expandRejectReason } from '../../policy/template.js';
import { resolveRegions } from '../../run/resolve-regions.js';
import { code, inertMarkdown } from '../../report/escape.js';
import { accountSender } from '../../model/sender.js';
import type { Kind } from '../kind.js';
import { decideCertificateTransfer } from './decide.js';
import { describeCertificateTransfer } from './describe.js';
import { IOT_ALLOW, iotAllowRow, iotEntryRef, iotRegionsRow, rejectReasonRow } from './plan.js';

export const certificateTransfers: Kind<CertificateTransferItem> = {
  name: 'certificate-transfer',
  section: 'iot',
  title: 'IoT certificate transfers',
  label: 'IoT',
  scope: 'regional',
  verb: 'reject',
  // A rejected certificate goes back to its sender: DescribeCertificate here no longer finds it, or finds it not ours.
  ownWriteEndStates: ['gone', 'unknown'],
  output: { name: Outputs.RejectedCertificateTransfers, description: 'Number of IoT certificate transfers rejected in this run; this kind only (rejected counts every kind).' },
  governed: () => true,
  notGoverned: 'always governed',
  sweepScope: (policy, regionsInput) => ({ kind: 'certificate-transfer', services: ['iot'], regions: resolveRegions(regionsInput, policy.iot.regions) }),
  serviceOf: () => 'iot',
  decide: decideCertificateTransfer,
  writeFor: (item, policy) => {
    if (item.direction !== 'incoming') return { refused: 'Refused: an outgoing transfer is not ours to reject.' };
    // decide flags a certificate found accepted (nothing left to reject): a reject for one is a decision that cannot be right.
    if (item.acceptedStatus !== undefined) return { refused: 'Refused: DescribeCertificate found this certificate accepted into this account; there is nothing to reject.' };
    const reason = expandRejectReason(policy.iot.rejectReason, { sourceAccount: item.sourceAccount, policyFile: policy.path, region: item.region, certificateId: item.certificateId });
    return { write: { kind: 'certificate-transfer', service: 'iot', account: item.account, region: item.region, target: item.certificateId, rejectReason: limitRejectReason(reason) } };
  },
  sender: (item) => accountSender('account', item.sourceAccount),
  // Listed PENDING_TRANSFER, then DescribeCertificate found it accepted into this account.
  acceptedSinceListed: (item) => item.acceptedStatus !== undefined,
  itemId: (item) => item.certificateId,
  key: (item) => `iot:${item.region}:${item.certificateId}`,
  order: (item) => [item.region, item.certificateId],
  describe: describeCertificateTransfer,
  policyRows: [iotRegionsRow, rejectReasonRow, iotAllowRow],
  entryRefs: (policy) => IOT_ALLOW.entries(policy).map(iotEntryRef),
  policySummary: {
    lines: (policy) => {
      const regions = policy.iot.regions === 'all'
        ? 'every region enabled for each account (`all`), unless the `regions` input says otherwise'
        : policy.iot.regions.length === 0 ? 'none (IoT is not swept)' : policy.iot.regions.map(code).join(', ');
      return [`**IoT regions:** ${regions}`, `**Reject reason:** ${code(policy.iot.rejectReason)}`];
    },
    rows: (policy) =>
      policy.iot.allow.map((e) => [
        `iot.allow[${e.index}]`,
        String(e.position.line),
        `source account ${code(e.sourceAccount)}`,
        e.until ? `until ${code(e.until)} (UTC)` : 'no end date',
        e.note ? inertMarkdown(e.note) : '',
      ]),
  },
};
