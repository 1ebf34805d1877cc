/**
 * A security service may list more than one invitation from the same administrator account (an
 * earlier one answered, removed or resigned, and a new one): the sweep keeps one item per account,
 * and that must be the pending one whatever order AWS lists them in. Before the fix the first listed
 * won, so an answered invitation listed first hid a pending one: neither declined nor reported.
 */
import { AccountClient } from '@aws-sdk/client-account';
import { GuardDutyClient, ListInvitationsCommand as GuardDutyListCommand } from '@aws-sdk/client-guardduty';
import { IoTClient } from '@aws-sdk/client-iot';
import { ListInvitationsCommand as MacieListCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import { awsSecurityInvitations } from '../src/aws/kinds/security-invitations.js';
import type { SweepEvent } from '../src/sweep/events.js';

const ME = '210987654321';
const STRANGER = '999988887777';
const OLD = '333333333333';
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };

const restore: (() => void)[] = [];
afterEach(() => {
  for (const r of restore.splice(0)) r();
});

const clients: AwsClients = {
  iot: (region) => new IoTClient({ region, credentials }),
  organizations: new OrganizationsClient({ region: 'us-east-1', credentials }),
  sts: new STSClient({ region: 'us-east-1', credentials }),
  account: new AccountClient({ region: 'us-east-1', credentials }),
  regional: (_service, Client, region) => new Client({ region, credentials, maxAttempts: 1 } as never),
};

async function sweep(service: 'guardduty' | 'macie'): Promise<{ items: unknown[]; events: SweepEvent[] }> {
  const events: SweepEvent[] = [];
  const part = await awsSecurityInvitations.sweep(clients, { account: ME, service, region: 'eu-west-1' }, { describeConcurrency: 1, now: () => 0, progressIntervalMs: 60_000, log: (e) => events.push(e) });
  if (!part.ok) throw new Error(part.error.message);
  return { items: part.items.map((i) => [i.administratorAccountId, i.invitationId, i.status]), events };
}

describe('an administrator listed twice, the answered invitation first', () => {
  it('GuardDuty: the pending one is the item; the repeats are still counted', async () => {
    const m = mockClient(GuardDutyClient);
    restore.push(() => m.restore());
    m.on(GuardDutyListCommand).resolves({
      Invitations: [
        { AccountId: OLD, InvitationId: 'old-removed', RelationshipStatus: 'Removed' },
        { AccountId: STRANGER, InvitationId: 'stranger', RelationshipStatus: 'Invited' },
        { AccountId: OLD, InvitationId: 'old-new', RelationshipStatus: 'Invited' },
        { AccountId: OLD, InvitationId: 'old-newer', RelationshipStatus: 'Invited' },
      ],
    });
    const { items, events } = await sweep('guardduty');
    expect(items).toEqual([
      [OLD, 'old-new', 'Invited'],
      [STRANGER, 'stranger', 'Invited'],
    ]);
    expect(events[1]).toMatchObject({ type: 'part-finished', listed: 4, pending: 2, duplicates: 2 });
  });

  it('Macie: likewise, whichever order', async () => {
    const m = mockClient(Macie2Client);
    restore.push(() => m.restore());
    m.on(MacieListCommand)
      .resolvesOnce({ invitations: [{ accountId: OLD, invitationId: 'resigned', relationshipStatus: 'Resigned' }, { accountId: OLD, invitationId: 'new', relationshipStatus: 'Invited' }] })
      .resolvesOnce({ invitations: [{ accountId: OLD, invitationId: 'new', relationshipStatus: 'Invited' }, { accountId: OLD, invitationId: 'resigned', relationshipStatus: 'Resigned' }] });
    expect((await sweep('macie')).items).toEqual([[OLD, 'new', 'Invited']]);
    expect((await sweep('macie')).items).toEqual([[OLD, 'new', 'Invited']]);
  });
});
