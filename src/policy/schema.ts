/**
 * The policy language, version 1, as one zod schema: the single source of truth for the
 * validator (parse-policy.ts) and the JSON Schema (json-schema.ts). Descriptions written here
 * become the editor tooltips. Rules the schema cannot say (duplicates across entries, entry
 * types within the governed set, the reject reason's worst-case length) are in semantic-checks.ts.
 */
import * as z from 'zod';
import { HANDSHAKE_TYPES } from '../model/items.js';
import { DEFAULT_HANDSHAKE_TYPES, DEFAULT_REJECT_REASON } from './defaults.js';
import { ALL_REGIONS, accountId, calendarDate, emailPattern, handshakeType, maxActions, note, organizationId, region, roleArn, roleName, uniqueList, version } from './fields.js';
import { resourceType, securityService } from './invitation-fields.js';
import { typeMessage } from './messages.js';
import { errorFor } from './messages.js';
import { listAlternatives } from './suggest.js';
import { REJECT_REASON_PATTERN, templateSyntaxProblem } from './template.js';

/** The keys an organizations allow entry matches on; it must name at least one. */
export const ORGANIZATION_SELECTORS = ['organization', 'management-account', 'management-email'] as const;

/** A mapping with exactly these keys; anything else is an unknown key. */
function section<S extends z.ZodRawShape>(shape: S, what: string, example?: string) {
  return z.strictObject(shape, { error: errorFor(`${what}: a mapping with the keys ${listAlternatives(Object.keys(shape), 'and/or')}`, example) });
}

function list<T extends z.ZodType>(item: T, expected: string, example: string) {
  return z.array(item, { error: errorFor(expected, example) }).meta({ errorMessage: `Must be ${expected}, e.g. ${example}.` });
}

const IotAllowEntry = section(
  {
    'source-account': accountId('source-account', 'The account that sends the certificate transfer (12 digits, in quotes).'),
    note: note().optional(),
    until: calendarDate().optional(),
  },
  'an allow entry',
  '- source-account: "111122223333"',
).meta({ description: 'Certificate transfers from this account are left pending for a person to accept.' });

const rejectReason = z
  .string({ error: errorFor('text', 'reject-reason: "Rejected by {policy-file}"') })
  .min(1, { error: 'is empty: remove the key to use the default reason, or write one.' })
  .regex(REJECT_REASON_PATTERN, { error: (issue) => templateSyntaxProblem(String(issue.input)) ?? 'is not a valid template.' })
  .meta({
    description:
      'The reason sent to AWS with each rejection (`RejectCertificateTransfer`, at most 128 characters after expansion). Placeholders: `{source-account}` (or "unknown"), `{policy-file}`, `{region}`, `{certificate-id}`.',
    patternErrorMessage: 'Braces are for placeholders only: {source-account}, {policy-file}, {region} and {certificate-id}.',
  });

/** `all` or a list of regions: where a regional kind is swept. */
function regionSelection(description: string) {
  return z
    .union([z.literal(ALL_REGIONS), uniqueList(region(), 'a list of region names', 'regions: [us-east-1]')], {
      error: (issue) => typeMessage(`\`${ALL_REGIONS}\` or a list of region names`, issue.input, `regions: ${ALL_REGIONS}`),
    })
    .meta({ description });
}

const Iot = section(
  {
    regions: regionSelection(
      "The regions swept for pending certificate transfers: `all` (every region enabled for the account, the default) or a list. The action's `regions` input overrides it. []: IoT is not swept.",
    ).optional(),
    allow: list(IotAllowEntry, 'a list of allow entries', 'allow: [{ source-account: "111122223333" }]')
      .meta({ description: 'The accounts whose certificate transfers are not rejected. Everything else is (default deny).' })
      .default([]),
    'reject-reason': rejectReason.default(DEFAULT_REJECT_REASON),
  },
  'the IoT settings',
).meta({ description: 'AWS IoT certificate transfers. Absent: no transfer is allowed, and every enabled region is swept.' });

const entryHandshakeTypes = uniqueList(handshakeType(), 'a list of handshake types', 'handshake-types: [INVITE]')
  .min(1, { error: 'is an empty list, which would allow nothing: remove the key (every governed type) or list types.' })
  .meta({ description: 'Narrows the entry to these types; each must be one of organizations.handshake-types. Absent: every governed type.' });

const OrganizationsAllowEntry = section(
  {
    organization: organizationId().optional(),
    'management-account': accountId('management-account', "The sending organization's management account (12 digits, in quotes).").optional(),
    'management-email': emailPattern().optional(),
    'handshake-types': entryHandshakeTypes.optional(),
    note: note().optional(),
    until: calendarDate().optional(),
  },
  'an allow entry',
  '- organization: o-exampleorgid11',
)
  .refine((entry) => ORGANIZATION_SELECTORS.some((key) => entry[key] !== undefined), {
    when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
    error: `names none of ${listAlternatives(ORGANIZATION_SELECTORS)}, so it would match every handshake. An entry must name at least one of them.`,
  })
  .meta({
    description: 'Handshakes matching every key this entry names are not declined. Must name at least one of organization, management-account, management-email.',
    anyOf: ORGANIZATION_SELECTORS.map((key) => ({ required: [key] })),
  });

const Organizations = section(
  {
    'handshake-types': uniqueList(handshakeType(), 'a list of handshake types', 'handshake-types: [INVITE]')
      .meta({ description: `The handshake types the action governs (declines unless allowed). []: handshakes are not looked at. One of ${HANDSHAKE_TYPES.join(', ')}.` })
      .default([...DEFAULT_HANDSHAKE_TYPES]),
    allow: list(OrganizationsAllowEntry, 'a list of allow entries', 'allow: [{ organization: o-exampleorgid11 }]')
      .meta({ description: 'The handshakes that are not declined. Everything else of a governed type is (default deny).' })
      .default([]),
  },
  'the Organizations settings',
).meta({ description: 'AWS Organizations handshakes. Absent: INVITE and TRANSFER_RESPONSIBILITY handshakes are declined.' });

const RamAllowEntry = section(
  {
    'source-account': accountId('source-account', 'The account that sends the resource-share invitation (12 digits, in quotes).'),
    'resource-types': uniqueList(resourceType(), 'a list of resource types', 'resource-types: [ec2:Subnet]')
      .min(1, { error: 'is an empty list, which would allow nothing: remove the key (any resource) or list resource types.' })
      .meta({ description: 'Narrows the entry: an invitation is allowed only when every resource it would share is of one of these types. Absent: any resource.' })
      .optional(),
    note: note().optional(),
    until: calendarDate().optional(),
  },
  'an allow entry',
  '- source-account: "111122223333"',
).meta({ description: 'Resource-share invitations from this account (of these resource types, if listed) are left pending for a person to accept.' });

const Ram = section(
  {
    regions: regionSelection(
      "The regions swept for pending resource-share invitations: `all` (every region enabled for the account where AWS RAM is offered, the default) or a list. The action's `regions` input overrides it. []: RAM is not swept.",
    ).optional(),
    allow: list(RamAllowEntry, 'a list of allow entries', 'allow: [{ source-account: "111122223333" }]')
      .meta({ description: 'The resource-share invitations that are not rejected. Every other pending invitation is (default deny).' })
      .default([]),
  },
  'the RAM settings',
  'ram: { regions: all }',
).meta({ description: 'AWS RAM resource-share invitations: another account sharing subnets, transit gateways, license configurations … with this one. Absent: not governed, left alone. Present (even empty): every pending invitation not allowed is rejected.' });

const SecurityServicesAllowEntry = section(
  {
    'source-account': accountId('source-account', 'The account that sends the invitation: the administrator it would become (12 digits, in quotes).'),
    services: uniqueList(securityService(), 'a list of security services', 'services: [guardduty]')
      .min(1, { error: 'is an empty list, which would allow nothing: remove the key (every governed service) or list services.' })
      .meta({ description: 'Narrows the entry to these services; each must be one of security-services.services. Absent: every governed service.' })
      .optional(),
    note: note().optional(),
    until: calendarDate().optional(),
  },
  'an allow entry',
  '- source-account: "111122223333"',
).meta({ description: 'Administrator invitations from this account (of these services, if listed) are left pending for a person to accept.' });

const SecurityServices = section(
  {
    services: uniqueList(securityService(), 'a list of security services', 'services: [guardduty, security-hub]')
      .min(1, { error: 'is an empty list, which would govern nothing: remove the key (all four) or the whole section (not governed).' })
      .meta({ description: 'The services whose administrator invitations are governed. Absent: all four (guardduty, macie, security-hub, detective).' })
      .optional(),
    regions: regionSelection(
      "The regions swept for pending invitations: `all` (every region enabled for the account where the service is offered, the default) or a list. The action's `regions` input overrides it. []: not swept.",
    ).optional(),
    allow: list(SecurityServicesAllowEntry, 'a list of allow entries', 'allow: [{ source-account: "111122223333" }]')
      .meta({ description: 'The invitations that are not declined. Every other pending invitation of a governed service is (default deny).' })
      .default([]),
  },
  'the security-services settings',
  'security-services: { services: [guardduty] }',
).meta({
  description:
    'Administrator invitations of GuardDuty, Macie, Security Hub and Detective: accepting one makes the inviting account the administrator of this account\'s findings. Absent: not governed, left alone. Present (even empty): every pending invitation not allowed is declined (Detective: rejected).',
});

const Limits = section({ 'max-actions': maxActions().optional() }, 'the limits').meta({ description: 'Safety limits.' });

const Accounts = uniqueList(accountId('accounts', 'An account this policy may govern (12 digits, in quotes).'), 'a list of account ids', 'accounts: ["210987654321"]')
  .min(1, { error: 'is an empty list, which would let the policy run nowhere: remove the key (any account) or list the accounts.' })
  .meta({
    description:
      'The only accounts this policy may govern. A run whose credentials belong to another account stops before reading or writing anything. Absent: any account.',
  });

const targetAccounts = (key: string, description: string) =>
  uniqueList(accountId(key, description), 'a list of account ids', `${key}: ["111122223333"]`);

const Targets = section(
  {
    'role-name': roleName().optional(),
    accounts: targetAccounts('accounts', 'An account to guard, through the role named by role-name (12 digits, in quotes).')
      .meta({ description: 'Accounts to guard, each through arn:aws:iam::<account>:role/<role-name>.' })
      .optional(),
    roles: uniqueList(roleArn(), 'a list of role ARNs', 'roles: ["arn:aws:iam::111122223333:role/inbound-guard"]')
      .meta({ description: 'Roles to assume, by ARN; the account each belongs to is guarded.' })
      .optional(),
    organization: z
      .boolean({ error: errorFor('true or false', 'organization: true') })
      .meta({ description: "true: every ACTIVE account of the credentials' organization (ListAccounts; run from the management account or a delegated administrator), through role-name." })
      .optional(),
    exclude: targetAccounts('exclude', 'An account never to guard, whatever else is listed (12 digits, in quotes).')
      .meta({ description: 'Accounts left out, whatever accounts, roles or organization say.' })
      .optional(),
  },
  'the targets',
  'targets: { role-name: inbound-guard, organization: true }',
).meta({
  description:
    "The accounts to guard. Absent: only the account the workflow's credentials belong to. The workflow's credentials assume each role; the credentials' own account is read with the credentials themselves.",
});

export const PolicySchema = section(
  {
    version: version(),
    accounts: Accounts.optional(),
    targets: Targets.optional(),
    iot: Iot.optional(),
    organizations: Organizations.optional(),
    ram: Ram.optional(),
    'security-services': SecurityServices.optional(),
    limits: Limits.optional(),
  },
  'the policy',
).meta({
  title: 'inbound-guard policy',
  description:
    'Which pending inbound requests inbound-guard leaves alone: AWS IoT certificate transfers, AWS Organizations handshakes and, when their sections are present, AWS RAM resource-share invitations and security-service administrator invitations. Everything of a governed kind not allowed here is rejected or declined. See docs/policy.md.',
});

/** What the file holds after validation, defaults filled in, keys still as written. */
export type PolicyDocument = z.output<typeof PolicySchema>;
