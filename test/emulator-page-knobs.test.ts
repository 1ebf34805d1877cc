/** The duplicatePageRate and reorderPageRate knobs, through the real SDK clients. */
import { ListCertificatesCommand } from '@aws-sdk/client-iot';
import { ListHandshakesForAccountCommand } from '@aws-sdk/client-organizations';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';
import { rejectsWith } from './helpers/rejections.ts';

const ME = '210987654321';
const scenario = (knobs: NonNullable<Scenario['knobs']>): Scenario => ({
  seed: 7,
  defaultAccount: ME,
  organizations: [{ id: 'o-aaaaaaaaa1', managementAccount: '111111111111' }],
  fleets: [{ account: ME, region: 'us-east-1', count: 12 }],
  handshakes: [{ action: 'INVITE', organization: 'o-aaaaaaaaa1', to: ME, count: 9 }],
  knobs,
});

let emu: EmulatorHandle | undefined;
afterEach(async () => emu?.close());

async function listAll(e: EmulatorHandle): Promise<{ certificates: string[][]; handshakes: string[][] }> {
  const { iot, organizations } = sdkClients(e, ME);
  const certificates: string[][] = [];
  let marker: string | undefined;
  do {
    const page = await iot.send(new ListCertificatesCommand({ pageSize: 5, marker }));
    certificates.push((page.certificates ?? []).map((c) => c.certificateId!));
    marker = page.nextMarker;
  } while (marker);
  const handshakes: string[][] = [];
  let token: string | undefined;
  do {
    const page = await organizations.send(new ListHandshakesForAccountCommand({ MaxResults: 4, NextToken: token }));
    handshakes.push((page.Handshakes ?? []).map((h) => h.Id!));
    token = page.NextToken;
  } while (token);
  return { certificates, handshakes };
}

describe('page knobs', () => {
  it('off: pages partition the list; duplicatePageRate 1: each later page first repeats the page before it', async () => {
    emu = await startEmulator({ scenario: scenario({}) });
    const plain = await listAll(emu);
    expect(plain.certificates.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(plain.handshakes.map((p) => p.length)).toEqual([4, 4, 1]);
    await emu.close();

    emu = await startEmulator({ scenario: scenario({ duplicatePageRate: 1 }) });
    const dup = await listAll(emu);
    expect(dup.certificates).toEqual([plain.certificates[0], [...plain.certificates[0]!, ...plain.certificates[1]!], [...plain.certificates[1]!, ...plain.certificates[2]!]]);
    expect(dup.handshakes).toEqual([plain.handshakes[0], [...plain.handshakes[0]!, ...plain.handshakes[1]!], [...plain.handshakes[1]!, ...plain.handshakes[2]!]]);
  });

  it('reorderPageRate 1: each page holds the same items in another order somewhere', async () => {
    emu = await startEmulator({ scenario: scenario({}) });
    const plain = await listAll(emu);
    await emu.close();
    emu = await startEmulator({ scenario: scenario({ reorderPageRate: 1 }) });
    const shuffled = await listAll(emu);
    const sorted = (pages: string[][]) => pages.map((p) => [...p].sort());
    expect(sorted(shuffled.certificates)).toEqual(sorted(plain.certificates));
    expect(sorted(shuffled.handshakes)).toEqual(sorted(plain.handshakes));
    expect([...shuffled.certificates, ...shuffled.handshakes]).not.toEqual([...plain.certificates, ...plain.handshakes]);
  });

  it('rates are validated like the other knobs', async () => {
    await rejectsWith(startEmulator({ scenario: scenario({ duplicatePageRate: 2 }) }), /duplicatePageRate/);
  });
});
