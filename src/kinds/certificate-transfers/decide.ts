/**
 * Certificate transfers: reject every incoming transfer whose source account iot.allow does not
 * name; one that DescribeCertificate found accepted into this account since it was listed is
 * flagged instead (nothing is left to reject). Pure.
 */
import { iotEntryVerdict, searchAllowList } from '../../decide/match.js';
import * as reason from '../../decide/reasons.js';
import type { Decision } from '../../decide/types.js';
import { acceptedAgainstPolicy, allow, deny, ignore } from '../../decide/verdicts.js';
import type { CertificateTransferItem } from '../../model/items.js';
import type { Policy } from '../../policy/types.js';

export function decideCertificateTransfer(item: CertificateTransferItem, policy: Policy, now: Date): Decision<CertificateTransferItem> {
  // Outgoing transfers were sent by this account: never ours to reject.
  if (item.direction === 'outgoing') return ignore(item, reason.outgoingTransfer(item.targetAccount));
  const reject = (why: string): Decision<CertificateTransferItem> =>
    item.acceptedStatus === undefined ? deny(item, 'reject', why) : acceptedAgainstPolicy(item, reason.acceptedAfterListing(why), reason.acceptedAfterListingDetail(item.acceptedStatus));
  const source = item.sourceAccount;
  if (source === undefined || source === '') return reject(reason.unknownSource());
  const found = searchAllowList(policy.iot.allow, (entry) => iotEntryVerdict(entry, item, now));
  if (found.matched !== undefined) return allow(item, 'iot.allow', found.matched);
  if (found.lapsed !== undefined) return reject(reason.iotEntryLapsed(found.lapsed, source));
  return reject(reason.sourceNotAllowed(source));
}
