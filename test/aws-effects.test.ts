import { IoTClient, RejectCertificateTransferCommand } from '@aws-sdk/client-iot';
import { DeclineHandshakeCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { AccountClient } from '@aws-sdk/client-account';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import { awsEffects } from '../src/aws/effects.js';
import { rejectsWith } from './helpers/rejections.js';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };

describe('awsEffects', () => {
  it('rejects through the IoT client of the item region and declines through Organizations', async () => {
    const iotByRegion = new Map(['eu-west-1', 'us-east-1'].map((region) => [region, new IoTClient({ region, credentials })]));
    const iotMocks = new Map([...iotByRegion].map(([region, client]) => [region, mockClient(client)]));
    for (const mock of iotMocks.values()) mock.on(RejectCertificateTransferCommand).resolves({});
    const organizations = new OrganizationsClient({ region: 'us-east-1', credentials });
    const organizationsMock = mockClient(organizations);
    organizationsMock.on(DeclineHandshakeCommand).resolves({ Handshake: { Id: 'h-aaaaaaaa', State: 'DECLINED' } });
    const clients: AwsClients = {
      iot: (region) => iotByRegion.get(region) ?? new IoTClient({ region, credentials }),
      organizations,
      sts: new STSClient({ region: 'us-east-1', credentials }),
      account: new AccountClient({ region: 'us-east-1', credentials }),
      regional: () => {
        throw new Error('no other service in this test');
      },
    };

    const effects = awsEffects((account) => (account === '111111111111' ? Promise.resolve(clients) : undefined));
    await effects.write({ kind: 'certificate-transfer', service: 'iot', account: '111111111111', region: 'us-east-1', target: 'a'.repeat(64), rejectReason: 'not expected' });
    await effects.write({ kind: 'handshake', service: 'organizations', account: '111111111111', target: 'h-aaaaaaaa' });

    expect(iotMocks.get('eu-west-1')?.calls()).toHaveLength(0);
    expect(iotMocks.get('us-east-1')?.commandCalls(RejectCertificateTransferCommand).map((call) => call.args[0].input)).toEqual([
      { certificateId: 'a'.repeat(64), rejectReason: 'not expected' },
    ]);
    expect(organizationsMock.commandCalls(DeclineHandshakeCommand).map((call) => call.args[0].input)).toEqual([{ HandshakeId: 'h-aaaaaaaa' }]);
  });

  it('refuses to write in an account it has no clients for (one that was not read)', async () => {
    const effects = awsEffects(() => undefined);
    await rejectsWith(effects.write({ kind: 'handshake', service: 'organizations', account: '222222222222', target: 'h-aaaaaaaa' }), /No credentials for account 222222222222/);
    await rejectsWith(effects.write({ kind: 'certificate-transfer', service: 'iot', account: '222222222222', region: 'us-east-1', target: 'a'.repeat(64), rejectReason: 'x' }), /not read in this run/);
  });
});
