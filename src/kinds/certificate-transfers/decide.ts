/** Certificate transfers: reject every incoming transfer whose source account iot.allow does not name. Pure. */
import { iotEntryVerdict, searchAllowList } from '../../decide/match.js';
import * as reason from '../../decide/reasons.js';
import type { Decision } from '../../decide/types.js';
import { allow, deny, ignore } from '../../decide/verdicts.js';
import type { CertificateTransferItem } from '../../model/items.js';
import type { Policy } from '../../policy/types.js';

export function decideCertificateTransfer(item: CertificateTransferItem, policy: Policy, now: Date): Decision<CertificateTransferItem> {
  // Outgoing transfers were sent by this account: never ours to reject.
  if (item.direction === 'outgoing') return ignore(item, reason.outgoingTransfer(item.targetAccount));
  const source = item.sourceAccount;
  if (source === undefined || source === '') return deny(item, 'reject', reason.unknownSource());
  const found = searchAllowList(policy.iot.allow, (entry) => iotEntryVerdict(entry, item, now));
  if (found.matched !== undefined) return allow(item, 'iot.allow', found.matched);
  if (found.lapsed !== undefined) return deny(item, 'reject', reason.iotEntryLapsed(found.lapsed, source));
  return deny(item, 'reject', reason.sourceNotAllowed(source));
}
