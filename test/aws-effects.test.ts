import { IoTClient, RejectCertificateTransferCommand } from '@aws-sdk/client-iot';
import { DeclineHandshakeCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import { awsEffects } from '../src/aws/effects.js';

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
    };

    const effects = awsEffects(clients);
    await effects.rejectCertificateTransfer('us-east-1', 'a'.repeat(64), 'not expected');
    await effects.declineHandshake('h-aaaaaaaa');

    expect(iotMocks.get('eu-west-1')?.calls()).toHaveLength(0);
    expect(iotMocks.get('us-east-1')?.commandCalls(RejectCertificateTransferCommand).map((call) => call.args[0].input)).toEqual([
      { certificateId: 'a'.repeat(64), rejectReason: 'not expected' },
    ]);
    expect(organizationsMock.commandCalls(DeclineHandshakeCommand).map((call) => call.args[0].input)).toEqual([{ HandshakeId: 'h-aaaaaaaa' }]);
  });
});
