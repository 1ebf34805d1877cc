/**
 * fast-check arbitraries for inventory items and policies, for any test that wants them.
 *
 * Values are drawn mostly from small pools so that items and allow entries actually meet
 * (a random 12-digit account almost never equals another), with some fully random values
 * mixed in. `wild*` arbitraries produce records that are type-correct but that no adapter or
 * parser should produce (empty strings, unknown states, malformed `until`): for "never throws".
 */
import fc from 'fast-check';
import {
  HANDSHAKE_STATES,
  HANDSHAKE_TYPES,
  type CertificateTransferItem,
  type HandshakeItem,
  type HandshakeType,
  type InboundItem,
  type ResourceShareInvitationItem,
  SECURITY_SERVICES,
  type SecurityInvitationItem,
} from '../src/model/items.js';
import type { IotAllowEntry, OrganizationsAllowEntry, Policy, RamAllowEntry, SecurityServicesAllowEntry } from '../src/policy/types.js';
import { buildPolicy, type IotEntryInput, type OrganizationsEntryInput, type RamEntryInput, type SecurityEntryInput } from './helpers/policy.js';

// ---- scalars ------------------------------------------------------------------------------

export const ACCOUNT_POOL = ['111122223333', '444455556666', '999988887777', '012345678901'] as const;
export const ORGANIZATION_POOL = ['o-aaaaaaaaaa', 'o-exampleorgid', 'o-0123456789abcdef'] as const;
export const EMAIL_POOL = [
  'admin@example.com',
  'Ops@Example.COM',
  'a@example.com.evil.io',
  'a@sub.example.com',
  'billing+aws@example.co.uk',
  'x.y?(z)@weird-host.io',
] as const;
export const EMAIL_PATTERN_POOL = ['*@example.com', 'admin@example.com', '*', '*@*.example.com', '*+aws@*', 'x.y?(z)@*'] as const;

export const accountIdArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ACCOUNT_POOL) },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{12}$/) },
);

export const organizationIdArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ORGANIZATION_POOL) },
  { weight: 1, arbitrary: fc.stringMatching(/^o-[a-z0-9]{10,32}$/) },
);

export const emailArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EMAIL_POOL) },
  { weight: 1, arbitrary: fc.emailAddress() },
);

/** A pattern that matches `email`: a random slice replaced by `*`, ASCII letters in random case. */
export function emailPatternMatchingArb(email: string): fc.Arbitrary<string> {
  return fc
    .record({
      a: fc.nat({ max: email.length }),
      b: fc.nat({ max: email.length }),
      star: fc.boolean(),
      flips: fc.array(fc.boolean(), { minLength: email.length, maxLength: email.length }),
    })
    .map(({ a, b, star, flips }) => {
      const recased = [...email].map((c, i) => (flips[i] === true && /[a-z]/i.test(c) ? swapCase(c) : c)).join('');
      if (!star) return recased;
      const [from, to] = a <= b ? [a, b] : [b, a];
      return `${recased.slice(0, from)}*${recased.slice(to)}`;
    });
}

function swapCase(c: string): string {
  return c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
}

export const emailPatternArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EMAIL_PATTERN_POOL) },
  { weight: 2, arbitrary: emailArb.chain(emailPatternMatchingArb) },
);

const DAY_MS = 86_400_000;
const EPOCH_MIN = Date.UTC(2024, 0, 1);
const EPOCH_MAX = Date.UTC(2030, 11, 31, 23, 59, 59, 999);
const SPAN_DAYS = Math.floor((EPOCH_MAX - EPOCH_MIN) / DAY_MS);

/** YYYY-MM-DD of a Date, in UTC. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A `now` within 2024..2030; a third of the time exactly at a UTC midnight, where `until` turns. */
export const nowArb: fc.Arbitrary<Date> = fc.oneof(
  fc.date({ min: new Date(EPOCH_MIN), max: new Date(EPOCH_MAX), noInvalidDate: true }),
  fc.integer({ min: 0, max: SPAN_DAYS }).map((d) => new Date(EPOCH_MIN + d * DAY_MS)),
  fc.integer({ min: 1, max: SPAN_DAYS }).map((d) => new Date(EPOCH_MIN + d * DAY_MS - 1)),
);

/** A valid `until` date within the same span as `nowArb`. */
export const untilArb: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: SPAN_DAYS })
  .map((d) => utcDay(new Date(EPOCH_MIN + d * DAY_MS)));

/** An `until` on or after the UTC day of `now`: the entry is in force at `now`. */
export function untilInForceAtArb(now: Date): fc.Arbitrary<string> {
  return fc.nat({ max: 400 }).map((d) => utcDay(new Date(now.getTime() + d * DAY_MS)));
}

export const handshakeTypeArb: fc.Arbitrary<HandshakeType> = fc.constantFrom(...HANDSHAKE_TYPES);
/** Known types, and ones AWS may add later. */
export const itemHandshakeTypeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: handshakeTypeArb },
  { weight: 1, arbitrary: fc.constantFrom('TRANSFER_EVERYTHING', 'invite') },
);
export const handshakeStateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('OPEN', 'REQUESTED') },
  { weight: 2, arbitrary: fc.constantFrom(...HANDSHAKE_STATES) },
);
export const directionArb: fc.Arbitrary<'incoming' | 'outgoing'> = fc.constantFrom('incoming', 'incoming', 'outgoing');

// ---- items --------------------------------------------------------------------------------

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'] as const;

export interface ItemArbOptions {
  /** Force a direction; default: mostly incoming. */
  readonly direction?: 'incoming' | 'outgoing';
}

export function certificateTransferItemArb(options: ItemArbOptions = {}): fc.Arbitrary<CertificateTransferItem> {
  return fc
    .record({
      certificateId: fc.stringMatching(/^[0-9a-f]{64}$/),
      region: fc.constantFrom(...REGIONS),
      direction: options.direction === undefined ? directionArb : fc.constant(options.direction),
      sourceAccount: fc.option(accountIdArb, { nil: undefined, freq: 8 }),
      targetAccount: fc.option(accountIdArb, { nil: undefined }),
      transferMessage: fc.option(fc.string({ maxLength: 128 }), { nil: undefined }),
    })
    .map((r) => ({
      kind: 'certificate-transfer' as const,
      account: '000000000000',
      certificateArn: `arn:aws:iot:${r.region}:000000000000:cert/${r.certificateId}`,
      ...r,
    }));
}

export function handshakeItemArb(options: ItemArbOptions = {}): fc.Arbitrary<HandshakeItem> {
  return fc
    .record({
      id: fc.stringMatching(/^h-[0-9a-z]{8,32}$/),
      type: itemHandshakeTypeArb,
      state: handshakeStateArb,
      direction: options.direction === undefined ? directionArb : fc.constant(options.direction),
      organizationId: fc.option(organizationIdArb, { nil: undefined, freq: 8 }),
      managementAccountId: fc.option(accountIdArb, { nil: undefined, freq: 8 }),
      managementEmail: fc.option(emailArb, { nil: undefined, freq: 5 }),
      notes: fc.option(fc.string({ maxLength: 64 }), { nil: undefined }),
      recipient: fc.option(fc.oneof(accountIdArb, emailArb, organizationIdArb), { nil: undefined }),
    })
    .map((r) => ({
      kind: 'handshake' as const,
      account: '000000000000',
      arn: `arn:aws:organizations::${r.managementAccountId ?? '000000000000'}:handshake/${r.organizationId ?? 'o-unknown'}/${r.type.toLowerCase()}/${r.id}`,
      ...r,
    }));
}

/** The two kinds with a direction (transfers and handshakes); anyKindItemArb adds the others. */
export function inboundItemArb(options: ItemArbOptions = {}): fc.Arbitrary<CertificateTransferItem | HandshakeItem> {
  return fc.oneof(certificateTransferItemArb(options), handshakeItemArb(options));
}

export const itemsArb: fc.Arbitrary<InboundItem[]> = fc.array(inboundItemArb(), { maxLength: 12 });

/** RAM resource types: mostly from a pool (so entries and items meet), in AWS's spelling and once in another case. */
export const RESOURCE_TYPE_POOL = ['ec2:Subnet', 'ec2:TransitGateway', 'license-manager:LicenseConfiguration', 'route53resolver:ResolverRule'] as const;
export const resourceTypeArb: fc.Arbitrary<string> = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...RESOURCE_TYPE_POOL) }, { weight: 1, arbitrary: fc.constantFrom('EC2:subnet', 'glue:Catalog') });

/** A resource-share invitation, mostly PENDING, sharing zero to four resources (a type sometimes missing). */
export function resourceShareInvitationItemArb(): fc.Arbitrary<ResourceShareInvitationItem> {
  return fc
    .record({
      id: fc.uuid(),
      region: fc.constantFrom(...REGIONS),
      senderAccountId: fc.option(accountIdArb, { nil: undefined, freq: 8 }),
      status: fc.oneof({ weight: 4, arbitrary: fc.constant('PENDING') }, { weight: 1, arbitrary: fc.constantFrom('ACCEPTED', 'REJECTED', 'EXPIRED') }),
      shareName: fc.option(fc.string({ maxLength: 64 }), { nil: undefined }),
      resources: fc.array(fc.record({ type: fc.option(resourceTypeArb, { nil: undefined, freq: 8 }), name: fc.stringMatching(/^[a-z0-9-]{1,20}$/) }), { maxLength: 4 }),
    })
    .map((r) => ({
      kind: 'resource-share-invitation' as const,
      account: '000000000000',
      region: r.region,
      invitationArn: `arn:aws:ram:${r.region}:${r.senderAccountId ?? '000000000000'}:resource-share-invitation/${r.id}`,
      shareName: r.shareName,
      senderAccountId: r.senderAccountId,
      status: r.status,
      resources: r.resources.map((res) => ({ arn: `arn:aws:ec2:${r.region}:${r.senderAccountId ?? '000000000000'}:thing/${res.name}`, type: res.type })),
    }));
}

/** A security-service invitation, mostly pending; Detective's carry a graph ARN and sometimes an administrator-written email. */
export function securityInvitationItemArb(): fc.Arbitrary<SecurityInvitationItem> {
  return fc
    .record({
      service: fc.constantFrom(...SECURITY_SERVICES),
      region: fc.constantFrom(...REGIONS),
      administratorAccountId: accountIdArb,
      pending: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      other: fc.constantFrom('Enabled', 'Removed', 'Resigned', 'ENABLED', 'ACCEPTED_BUT_DISABLED'),
      memberEmail: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    })
    .map((r) => ({
      kind: 'security-invitation' as const,
      account: '000000000000',
      region: r.region,
      service: r.service,
      administratorAccountId: r.administratorAccountId,
      invitationId: r.service === 'detective' ? `arn:aws:detective:${r.region}:${r.administratorAccountId}:graph:${'c'.repeat(32)}` : 'd'.repeat(32),
      status: r.pending ? (r.service === 'detective' ? 'INVITED' : 'Invited') : r.other,
      ...(r.service === 'detective' && r.memberEmail !== undefined ? { memberEmail: r.memberEmail } : {}),
    }));
}

/** An item of any kind. */
export function anyKindItemArb(): fc.Arbitrary<InboundItem> {
  return fc.oneof(certificateTransferItemArb(), handshakeItemArb(), resourceShareInvitationItemArb(), securityInvitationItemArb());
}

// ---- policies -----------------------------------------------------------------------------

const noteArb = fc.option(fc.constantFrom('factory provisioning account', 'partner org', 'until the migration ends'), {
  nil: undefined,
});

export const iotEntryInputArb: fc.Arbitrary<IotEntryInput> = fc.record(
  { sourceAccount: accountIdArb, note: noteArb, until: untilArb },
  { requiredKeys: ['sourceAccount'] },
);

/** At least one of organization, managementAccount, managementEmail is set, as the parser demands. */
export const organizationsEntryInputArb: fc.Arbitrary<OrganizationsEntryInput> = fc
  .record(
    {
      organization: organizationIdArb,
      managementAccount: accountIdArb,
      managementEmail: emailPatternArb,
      handshakeTypes: fc.uniqueArray(handshakeTypeArb, { minLength: 1, maxLength: HANDSHAKE_TYPES.length }),
      note: noteArb,
      until: untilArb,
    },
    { requiredKeys: [] },
  )
  .filter((e) => e.organization !== undefined || e.managementAccount !== undefined || e.managementEmail !== undefined);

export const governedTypesArb: fc.Arbitrary<readonly HandshakeType[]> = fc.oneof(
  { weight: 2, arbitrary: fc.constant([...HANDSHAKE_TYPES]) },
  { weight: 3, arbitrary: fc.subarray([...HANDSHAKE_TYPES]) },
);

export const securityEntryInputArb: fc.Arbitrary<SecurityEntryInput> = fc.record(
  { sourceAccount: accountIdArb, services: fc.uniqueArray(fc.constantFrom(...SECURITY_SERVICES), { minLength: 1, maxLength: 2 }), note: noteArb, until: untilArb },
  { requiredKeys: ['sourceAccount'] },
);

export const ramEntryInputArb: fc.Arbitrary<RamEntryInput> = fc.record(
  { sourceAccount: accountIdArb, resourceTypes: fc.uniqueArray(resourceTypeArb, { minLength: 1, maxLength: 3 }), note: noteArb, until: untilArb },
  { requiredKeys: ['sourceAccount'] },
);

export const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    iotAllow: fc.array(iotEntryInputArb, { maxLength: 5 }),
    organizationsAllow: fc.array(organizationsEntryInputArb, { maxLength: 5 }),
    handshakeTypes: governedTypesArb,
    ram: fc.option(fc.record({ allow: fc.array(ramEntryInputArb, { maxLength: 4 }) }), { nil: undefined, freq: 4 }),
    securityServices: fc.option(
      fc.record({ services: fc.uniqueArray(fc.constantFrom(...SECURITY_SERVICES), { minLength: 1, maxLength: 4 }), allow: fc.array(securityEntryInputArb, { maxLength: 4 }) }),
      { nil: undefined, freq: 4 },
    ),
  })
  .map((fragment) => buildPolicy(fragment));

/** An in-force `security-services.allow` entry for this invitation's administrator, narrowed to its service or not. */
export function securityEntryMatchingArb(item: SecurityInvitationItem, now: Date): fc.Arbitrary<SecurityServicesAllowEntry> {
  return fc
    .record({ narrow: fc.boolean(), extra: fc.subarray([...SECURITY_SERVICES]), note: noteArb, until: fc.option(untilInForceAtArb(now), { nil: undefined }) })
    .map((r) => ({
      index: 0,
      position: { line: 1, column: 1 },
      sourceAccount: item.administratorAccountId,
      ...(r.narrow ? { services: [...new Set([item.service, ...r.extra])] } : {}),
      ...(r.note === undefined ? {} : { note: r.note }),
      ...(r.until === undefined ? {} : { until: r.until }),
    }));
}

/** An in-force `ram.allow` entry for this invitation's sender (it must be known), narrowed to its resource types or not. */
export function ramEntryMatchingArb(item: ResourceShareInvitationItem, now: Date): fc.Arbitrary<RamAllowEntry> {
  const types = [...new Set(item.resources.map((r) => r.type))];
  const narrowable = item.resources.length > 0 && types.every((t) => t !== undefined);
  return fc
    .record({ narrow: fc.boolean(), extra: fc.subarray([...RESOURCE_TYPE_POOL]), note: noteArb, until: fc.option(untilInForceAtArb(now), { nil: undefined }) })
    .map((r) => ({
      index: 0,
      position: { line: 1, column: 1 },
      sourceAccount: item.senderAccountId ?? '',
      ...(r.narrow && narrowable ? { resourceTypes: [...new Set([...(types as string[]), ...r.extra])] } : {}),
      ...(r.note === undefined ? {} : { note: r.note }),
      ...(r.until === undefined ? {} : { until: r.until }),
    }));
}

// ---- entries built to match a given item --------------------------------------------------

/** An in-force `iot.allow` entry for this incoming transfer's source (it must be known). */
export function iotEntryMatchingArb(item: CertificateTransferItem, now: Date): fc.Arbitrary<IotAllowEntry> {
  const sourceAccount = item.sourceAccount ?? '';
  return fc
    .record({ note: noteArb, until: fc.option(untilInForceAtArb(now), { nil: undefined }) }, { requiredKeys: [] })
    .map((rest) => ({ ...rest, sourceAccount, index: 0, position: { line: 1, column: 1 } }));
}

/** Whether a handshake carries anything an `organizations.allow` entry could name. */
export function handshakeIsNameable(item: HandshakeItem): boolean {
  return item.organizationId !== undefined || item.managementAccountId !== undefined || item.managementEmail !== undefined;
}

/**
 * An in-force `organizations.allow` entry that names this handshake's sender by a non-empty
 * subset of what the item carries. Throws for an item that carries nothing to name (filter
 * such items with `handshakeIsNameable` first: a `.filter` here could never succeed).
 */
export function organizationsEntryMatchingArb(item: HandshakeItem, now: Date): fc.Arbitrary<OrganizationsAllowEntry> {
  const fields = (['organization', 'managementAccount', 'managementEmail'] as const).filter((field) =>
    field === 'organization'
      ? item.organizationId !== undefined
      : field === 'managementAccount'
        ? item.managementAccountId !== undefined
        : item.managementEmail !== undefined,
  );
  if (fields.length === 0) {
    throw new Error(`organizationsEntryMatchingArb: handshake ${item.id} carries no organization, account or email to match`);
  }
  const type = item.type as HandshakeType;
  return fc
    .record({
      use: fc.subarray([...fields], { minLength: 1 }),
      pattern: item.managementEmail === undefined ? fc.constant('') : emailPatternMatchingArb(item.managementEmail),
      extraTypes: fc.subarray([...HANDSHAKE_TYPES]),
      narrow: fc.boolean(),
      note: noteArb,
      until: fc.option(untilInForceAtArb(now), { nil: undefined }),
    })
    .map((r) => ({
      index: 0,
      position: { line: 1, column: 1 },
      ...(r.use.includes('organization') && item.organizationId !== undefined ? { organization: item.organizationId } : {}),
      ...(r.use.includes('managementAccount') && item.managementAccountId !== undefined
        ? { managementAccount: item.managementAccountId }
        : {}),
      ...(r.use.includes('managementEmail') ? { managementEmail: r.pattern } : {}),
      ...(r.narrow ? { handshakeTypes: [...new Set([type, ...r.extraTypes])] } : {}),
      ...(r.note === undefined ? {} : { note: r.note }),
      ...(r.until === undefined ? {} : { until: r.until }),
    }));
}

// ---- wild records (type-correct, semantically anything) -----------------------------------

const wildStringArb = fc.oneof(fc.constant(''), fc.string(), fc.constantFrom('::error::x', '<b>x</b>', '*', 'OPEN'));
const wildOptionalArb = fc.option(wildStringArb, { nil: undefined });

export const wildItemArb: fc.Arbitrary<CertificateTransferItem | HandshakeItem> = fc.oneof(
  fc.record({
    kind: fc.constant('certificate-transfer' as const),
    account: fc.oneof(wildStringArb, accountIdArb),
    certificateId: wildStringArb,
    certificateArn: wildStringArb,
    region: wildStringArb,
    direction: directionArb,
    sourceAccount: fc.oneof(wildOptionalArb, accountIdArb),
    targetAccount: wildOptionalArb,
    transferMessage: wildOptionalArb,
  }),
  fc.record({
    kind: fc.constant('handshake' as const),
    account: fc.oneof(wildStringArb, accountIdArb),
    id: wildStringArb,
    arn: wildStringArb,
    type: fc.oneof(wildStringArb, handshakeTypeArb),
    state: fc.oneof(wildStringArb, handshakeStateArb),
    direction: directionArb,
    organizationId: fc.oneof(wildOptionalArb, organizationIdArb),
    managementAccountId: fc.oneof(wildOptionalArb, accountIdArb),
    managementEmail: fc.oneof(wildOptionalArb, emailArb),
  }),
);

/** Policies with malformed `until`, empty narrowing lists and entries that name nobody. */
export const wildPolicyArb: fc.Arbitrary<Policy> = fc
  .record({
    iotAllow: fc.array(
      fc.record({ sourceAccount: fc.oneof(wildStringArb, accountIdArb), until: fc.oneof(wildOptionalArb, untilArb) }, { requiredKeys: ['sourceAccount'] }),
      { maxLength: 4 },
    ),
    organizationsAllow: fc.array(
      fc.record(
        {
          organization: fc.oneof(wildStringArb, organizationIdArb),
          managementAccount: wildStringArb,
          managementEmail: fc.oneof(wildStringArb, emailPatternArb),
          handshakeTypes: fc.subarray([...HANDSHAKE_TYPES]),
          note: wildStringArb,
          until: fc.oneof(wildStringArb, untilArb),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
    handshakeTypes: fc.subarray([...HANDSHAKE_TYPES]),
  })
  .map((fragment) => buildPolicy(fragment));

export const wildNowArb: fc.Arbitrary<Date> = fc.oneof(nowArb, fc.date());

/**
 * A policy of up to five organizations.allow entries, each allowing the handshake of organization
 * o-exampleorgid and management account 222233334444 (by either), or not (another account), each
 * with an `until` from 3 days before `from` to `days` after, or none: allowances that chain, lapse
 * first or never, for the properties of allowanceChain and the plan's lapsing list.
 */
export function chainedAllowPolicyArb(from: Date, days: number): fc.Arbitrary<Policy> {
  const untils = fc.option(fc.integer({ min: -3, max: days }).map((d) => new Date(from.getTime() + d * 86_400_000).toISOString().slice(0, 10)), { nil: undefined });
  const entry = fc.record({ selector: fc.constantFrom('organization', 'managementAccount', 'other'), until: untils });
  return fc.array(entry, { maxLength: 5 }).map((written) =>
    buildPolicy({
      organizationsAllow: written.map((e) => ({
        ...(e.selector === 'organization' ? { organization: 'o-exampleorgid' } : e.selector === 'managementAccount' ? { managementAccount: '222233334444' } : { managementAccount: '999999999999' }),
        ...(e.until === undefined ? {} : { until: e.until }),
      })),
    }),
  );
}
