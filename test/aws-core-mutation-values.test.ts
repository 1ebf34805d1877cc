/**
 * Small pure helpers of src/aws that survivors of the 2026-11-26 mutation run of src/aws (core)
 * showed untested directly: how SDK values are read (iso.ts), where a service is offered
 * (service-regions.ts), the quota overrides (quotas.ts), and the end of a listing (pagination.ts).
 */
import { describe, expect, it } from 'vitest';
import { isoDate, isoDateString, nonEmpty } from '../src/aws/iso.js';
import { collectPages, forEachPage } from '../src/aws/pagination.js';
import { QUOTAS, quotaApiNames, quotaFor, quotaKeysNamed } from '../src/aws/quotas.js';
import { DETECTIVE_REGIONS, GUARDDUTY_REGIONS, MACIE_REGIONS, offeredIn, RAM_REGIONS, SECURITYHUB_REGIONS } from '../src/aws/service-regions.js';
import { rejectsWith } from './helpers/rejections.js';

describe('iso.ts', () => {
  it('isoDate: a valid Date as ISO-8601; absent or invalid: undefined', () => {
    expect(isoDate(new Date(Date.UTC(2026, 10, 26, 12, 30, 0, 5)))).toBe('2026-11-26T12:30:00.005Z');
    expect(isoDate(undefined)).toBeUndefined();
    expect(isoDate(new Date('not a date'))).toBeUndefined();
    // What a loosely typed SDK answer may hold instead of a Date: never thrown on.
    expect(isoDate('2026-11-26T00:00:00Z' as unknown as Date)).toBeUndefined();
  });

  it('nonEmpty: a non-empty string as it is; empty, null or absent: undefined', () => {
    expect(nonEmpty('x')).toBe('x');
    expect(nonEmpty(' ')).toBe(' ');
    expect(nonEmpty('')).toBeUndefined();
    expect(nonEmpty(null)).toBeUndefined();
    expect(nonEmpty(undefined)).toBeUndefined();
  });

  it('isoDateString: a date string normalised to ISO-8601 UTC', () => {
    expect(isoDateString('2026-11-26T12:30:00Z')).toBe('2026-11-26T12:30:00.000Z');
    expect(isoDateString('2026-11-26T13:30:00+01:00')).toBe('2026-11-26T12:30:00.000Z');
  });

  it.each([[null], [undefined], [''], ['   '], ['yesterday'], ['2026-13-45']])('isoDateString(%j): undefined, without throwing', (value) => {
    expect(isoDateString(value)).toBeUndefined();
  });
});

describe('service-regions.ts: offeredIn', () => {
  it('Organizations is global: offered in any region name', () => {
    for (const region of ['us-east-1', 'af-south-1', 'made-up-1', '']) expect(offeredIn('organizations', region)).toBe(true);
  });

  it.each([
    ['iot', 'eu-west-1', true],
    ['iot', 'af-south-1', false],
    ['ram', 'af-south-1', true],
    ['ram', 'made-up-1', false],
    ['guardduty', 'mx-central-1', true],
    ['macie', 'us-east-1', true],
    ['macie', 'ap-east-2', false],
    ['macie', 'eu-central-2', false],
    ['securityhub', 'us-isob-west-1', true],
    ['detective', 'eu-west-1', true],
    ['detective', 'ap-northeast-3', false],
    ['detective', 'cn-north-1', false],
  ] as const)('%s in %s: %s', (service, region, offered) => {
    expect(offeredIn(service, region)).toBe(offered);
  });

  it('each service is offered exactly in its own table (exact, case-sensitive names)', () => {
    const tables = { ram: RAM_REGIONS, guardduty: GUARDDUTY_REGIONS, macie: MACIE_REGIONS, securityhub: SECURITYHUB_REGIONS, detective: DETECTIVE_REGIONS } as const;
    for (const [service, regions] of Object.entries(tables) as [keyof typeof tables, readonly string[]][]) {
      for (const region of regions) {
        expect(offeredIn(service, region)).toBe(true);
        expect(offeredIn(service, region.toUpperCase())).toBe(false);
      }
    }
  });
});

describe('quotas.ts', () => {
  it('an override sets the rate and a burst of the rate rounded, at least one', () => {
    expect(quotaFor('iot', 'ListCertificates', new Map([['iot:ListCertificates', 2.6]]))).toEqual({ tps: 2.6, burst: 3 });
    expect(quotaFor('iot', 'ListCertificates', new Map([['iot:ListCertificates', 2.4]]))).toEqual({ tps: 2.4, burst: 2 });
    expect(quotaFor('iot', 'ListCertificates', new Map([['iot:ListCertificates', 0.2]]))).toEqual({ tps: 0.2, burst: 1 });
  });

  it('an override is found by the table key it names, nothing else: no bare operation name, no `*`', () => {
    expect(quotaFor('iot', 'DescribeCertificate', new Map([['iot:DescribeCertificate', 3], ['iot:ListCertificates', 2]]))?.tps).toBe(3);
    expect(quotaFor('iot', 'DescribeCertificate', new Map([['*', 1], ['DescribeCertificate', 2]]))).toBe(QUOTAS['iot:DescribeCertificate']);
  });

  it.each(['guardduty', 'macie2', 'detective'])('%s ListInvitations / DeclineInvitations (not in the table) are never limited, whatever the overrides', (service) => {
    // The table's ListInvitations is Security Hub's: a rate given to it must not reach the other services.
    const overrides = new Map([['ListInvitations', 2], ['DeclineInvitations', 2], ['securityhub:ListInvitations', 2], [`${service}:ListInvitations`, 2], ['*', 2]]);
    expect(quotaFor(service, 'ListInvitations', overrides)).toBeUndefined();
    expect(quotaFor(service, 'DeclineInvitations', overrides)).toBeUndefined();
    expect(quotaFor('securityhub', 'ListInvitations', overrides)).toEqual({ tps: 2, burst: 2 });
  });

  it('an operation the table does not list is not limited, even by an override naming it', () => {
    expect(quotaFor('ram', 'GetResourceShareInvitations', new Map([['*', 4]]))).toBeUndefined();
    expect(quotaFor('ram', 'GetResourceShareInvitations', new Map([['GetResourceShareInvitations', 4], ['ram:GetResourceShareInvitations', 4]]))).toBeUndefined();
  });

  it('without overrides the table answers, as listed', () => {
    expect(quotaFor('account', 'ListRegions')).toBe(QUOTAS['account:ListRegions']);
    expect(quotaFor('account', 'ListRegions', new Map())).toBe(QUOTAS['account:ListRegions']);
  });

  it('quotaApiNames: each operation of the table once, without its service, in the table\'s order', () => {
    const names = quotaApiNames();
    expect(names).toEqual([...new Set(Object.keys(QUOTAS).map((key) => key.split(':')[1]))]);
    expect(names).toContain('ListCertificates');
    expect(names).toContain('DeclineHandshake');
    expect(names).toContain('ListInvitations');
    expect(names).not.toContain('');
    expect(names.filter((n) => n.includes(':'))).toEqual([]);
  });

  it('quotaKeysNamed: the table keys of an operation name; [] for a name the table does not have', () => {
    expect(quotaKeysNamed('ListInvitations')).toEqual(['securityhub:ListInvitations']);
    expect(quotaKeysNamed('ListRegions')).toEqual(['account:ListRegions']);
    expect(quotaKeysNamed('iot:ListCertificates')).toEqual([]);
    expect(quotaKeysNamed('GetResourceShareInvitations')).toEqual([]);
    expect(quotaKeysNamed('')).toEqual([]);
    for (const name of quotaApiNames()) expect(quotaKeysNamed(name).length).toBeGreaterThan(0);
  });
});

describe('pagination.ts: where a listing ends', () => {
  it.each([[undefined], [null], ['']])('a page whose token is %j ends it', async (end) => {
    const tokens: (string | undefined)[] = [];
    const items = await collectPages(
      'Test List',
      async (token) => {
        tokens.push(token);
        return token === undefined ? { items: [1, 2], next: 'page-2' } : { items: [3], next: end };
      },
      (page) => page,
      10,
    );
    expect(items).toEqual([1, 2, 3]);
    expect(tokens).toEqual([undefined, 'page-2']);
  });

  it('the repeated-token message counts the pages read', async () => {
    let n = 0;
    const next = ['a', 'b', 'c', 'b'];
    await rejectsWith(
      forEachPage('Test List', async () => next[n++], (page) => page, 100),
      'Test List returned a pagination token it had already returned (after 3 pages); stopping instead of looping forever.',
    );
  });

  it('the bound message names one item in the singular, and none without a count', async () => {
    await rejectsWith(
      collectPages('Test List', async () => ({ items: ['x'], next: 'more' }), (page) => page, 1),
      'Test List still offered another page after 1 pages (1 item so far), more than any real account should need (at most 1)',
    );
    let n = 0;
    await rejectsWith(forEachPage('Test List', async () => `t${n++}`, (page) => page, 2), /^Test List still offered another page after 2 pages, more than/);
  });
});
