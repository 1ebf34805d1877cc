// The naive peer the benchmark compares us with: what someone would write in an afternoon with the
// SDK's own adaptive retry and no concurrency at all. One region after another: list every page,
// list the outgoing transfers, describe each pending incoming certificate, reject each one from
// the stranger; then list the handshakes and decline each open INVITE from the stranger's
// organization. Run as a child process (`node naive-serial.js`) with the emulator's environment
// and NAIVE_REGIONS, NAIVE_SENDER, NAIVE_ORGANIZATION, NAIVE_MODE (dry-run | enforce).
import { DescribeCertificateCommand, IoTClient, ListCertificatesCommand, ListOutgoingCertificatesCommand, RejectCertificateTransferCommand } from '@aws-sdk/client-iot';
import { DeclineHandshakeCommand, ListHandshakesForAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';

const config = { retryMode: 'adaptive', maxAttempts: 10 };
const regions = (process.env.NAIVE_REGIONS ?? '').split(',').filter(Boolean);
const sender = process.env.NAIVE_SENDER;
const organization = process.env.NAIVE_ORGANIZATION;
const enforce = process.env.NAIVE_MODE === 'enforce';
let acted = 0;

for (const region of regions) {
  const iot = new IoTClient({ ...config, region });
  const pending = [];
  let marker;
  do {
    const page = await iot.send(new ListCertificatesCommand({ pageSize: 250, marker }));
    for (const c of page.certificates ?? []) if (c.status === 'PENDING_TRANSFER') pending.push(c.certificateId);
    marker = page.nextMarker;
  } while (marker);
  const outgoing = new Set();
  if (pending.length > 0) {
    let next;
    do {
      const page = await iot.send(new ListOutgoingCertificatesCommand({ pageSize: 250, marker: next }));
      for (const c of page.outgoingCertificates ?? []) outgoing.add(c.certificateId);
      next = page.nextMarker;
    } while (next);
  }
  for (const id of pending.filter((id) => !outgoing.has(id))) {
    const { certificateDescription: d } = await iot.send(new DescribeCertificateCommand({ certificateId: id }));
    if (d?.status !== 'PENDING_TRANSFER' || d.ownedBy !== sender) continue;
    if (enforce) await iot.send(new RejectCertificateTransferCommand({ certificateId: id, rejectReason: 'not allowlisted' }));
    acted += 1;
  }
}

if (organization) {
  const orgs = new OrganizationsClient({ ...config });
  const open = [];
  let token;
  do {
    const page = await orgs.send(new ListHandshakesForAccountCommand({ MaxResults: 20, NextToken: token }));
    for (const h of page.Handshakes ?? []) {
      if ((h.State === 'OPEN' || h.State === 'REQUESTED') && h.Action === 'INVITE' && h.Arn?.includes(`/${organization}/`)) open.push(h.Id);
    }
    token = page.NextToken;
  } while (token);
  for (const id of open) {
    if (enforce) await orgs.send(new DeclineHandshakeCommand({ HandshakeId: id }));
    acted += 1;
  }
}

console.log(JSON.stringify({ acted }));
