/**
 * The policy language, version 1, as one zod schema: the single source of truth for the
 * validator (parse-policy.ts) and the JSON Schema (json-schema.ts). Descriptions written here
 * become the editor tooltips. Rules the schema cannot say (duplicates across entries, entry
 * types within the governed set, the reject reason's worst-case length) are in semantic-checks.ts.
 */
import * as z from 'zod/mini';
import { HANDSHAKE_TYPES } from '../model/items.js';
import { DEFAULT_HANDSHAKE_TYPES, DEFAULT_REJECT_REASON } from './defaults.js';
import { calendarDate, handshakeType, maxActions, note, roleArn, roleName, nonEmptyUniqueList, uniqueList, version, withMeta } from './fields.js';
import { accountId, emailPattern, organizationId } from './identity-fields.js';
import { ALL_REGIONS, globalEndpointText, region, REGIONS_INSTEAD } from './region-fields.js';
import { resourceType, securityService } from './invitation-fields.js';
import { noWildcard, typeMessage } from './messages.js';
import { errorFor } from './messages.js';
import { listAlternatives } from './suggest.js';
import { REJECT_REASON_PATTERN, templateSyntaxProblem } from './template.js';

/** The keys an organizations allow entry matches on; it must name at least one. */
export const ORGANIZATION_SELECTORS = ['organization', 'management-account', 'management-email'] as const;

// Without `jitless`, zod compiles (new Function) a parser for each object schema on its first parse;
// the policy is parsed once per run, so that costs more than it saves. Set here, once for every
// parse, and before the first object schema below is built, which also spares the probe
// each makes at construction for whether it may compile (`navigator`, then `new Function`).
z.config({ jitless: true });

/** A mapping with exactly these keys; anything else is an unknown key. */
function section<S extends z.core.$ZodShape>(shape: S, what: string, example?: string) {
  return z.strictObject(shape, { error: errorFor(`${what}: a mapping with the keys ${listAlternatives(Object.keys(shape), 'and/or')}`, example) });
}

function list<T extends z.ZodMiniType>(item: T, expected: string, example: string) {
  return withMeta(z.array(item, { error: errorFor(expected, example) }), { errorMessage: `Must be ${expected}, e.g. ${example}.` });
}

const IotAllowEntry = withMeta(
  section(
    {
      'source-account': accountId('source-account', 'The account that sends the certificate transfer (12 digits, in quotes).'),
      note: z.optional(note()),
      until: z.optional(calendarDate()),
    },
    'an allow entry',
    '- source-account: "111122223333"',
  ),
  { description: 'Certificate transfers from this account are left pending for a person to accept.' },
);

const rejectReason = withMeta(
  z
    .string({ error: errorFor('text', 'reject-reason: "Rejected by {policy-file}"') })
    .check(
      z.minLength(1, { error: 'is empty: remove the key to use the default reason, or write one.' }),
      z.regex(REJECT_REASON_PATTERN, { error: (issue) => templateSyntaxProblem(String(issue.input)) ?? 'is not a valid template.' }),
    ),
  {
    description:
      'The reason sent to AWS with each rejection (`RejectCertificateTransfer`, at most 128 characters after expansion). Placeholders: `{source-account}` (or "unknown"), `{policy-file}`, `{region}`, `{certificate-id}`.',
    patternErrorMessage: 'Braces are for placeholders only: {source-account}, {policy-file}, {region} and {certificate-id}.',
  },
);

/** `all` or a list of regions: where a regional kind is swept. */
function regionSelection(description: string) {
  const selection = z.union([z.literal(ALL_REGIONS), uniqueList(region(), 'a list of region names', 'regions: [us-east-1]')], {
    error: (issue) =>
      noWildcard(issue.input, 'regions', REGIONS_INSTEAD) ??
      (typeof issue.input === 'string' ? globalEndpointText(issue.input, REGIONS_INSTEAD) : undefined) ??
      typeMessage(`\`${ALL_REGIONS}\` or a list of region names`, issue.input, `regions: ${ALL_REGIONS}`),
  });
  return withMeta(selection, { description });
}

const Iot = withMeta(
  section(
    {
      regions: z.optional(
        regionSelection(
          "The regions swept for pending certificate transfers: `all` (every region enabled for the account, the default) or a list. The action's `regions` input overrides it. []: IoT is not swept.",
        ),
      ),
      allow: z._default(
        withMeta(list(IotAllowEntry, 'a list of allow entries', 'allow: [{ source-account: "111122223333" }]'), {
          description: 'The accounts whose certificate transfers are not rejected. Everything else is (default deny).',
        }),
        [],
      ),
      'reject-reason': z._default(rejectReason, DEFAULT_REJECT_REASON),
    },
    'the IoT settings',
  ),
  { description: 'AWS IoT certificate transfers. Absent: no transfer is allowed, and every enabled region is swept.' },
);

const entryHandshakeTypes = nonEmptyUniqueList(handshakeType(), 'a list of handshake types', 'handshake-types: [INVITE]', {
  empty: 'is an empty list, which would allow nothing: remove the key (every governed type) or list types.',
  description: 'Narrows the entry to these types; each must be one of organizations.handshake-types. Absent: every governed type.',
});

const organizationsAllowKeys = section(
  {
    organization: z.optional(organizationId()),
    'management-account': z.optional(accountId('management-account', "The sending organization's management account (12 digits, in quotes).")),
    'management-email': z.optional(emailPattern()),
    'handshake-types': z.optional(entryHandshakeTypes),
    note: z.optional(note()),
    until: z.optional(calendarDate()),
  },
  'an allow entry',
  '- organization: o-exampleorgid11',
);

const namesASelector = z.refine<z.output<typeof organizationsAllowKeys>>((entry) => ORGANIZATION_SELECTORS.some((key) => entry[key] !== undefined), {
  when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
  error: `names none of ${listAlternatives(ORGANIZATION_SELECTORS)}, so it would match every handshake. An entry must name at least one of them.`,
});

const OrganizationsAllowEntry = withMeta(organizationsAllowKeys.check(namesASelector), {
  description: 'Handshakes matching every key this entry names are not declined. Must name at least one of organization, management-account, management-email.',
  anyOf: ORGANIZATION_SELECTORS.map((key) => ({ required: [key] })),
});

const Organizations = withMeta(
  section(
    {
      'handshake-types': z._default(
        withMeta(uniqueList(handshakeType(), 'a list of handshake types', 'handshake-types: [INVITE]'), {
          description: `The handshake types the action governs (declines unless allowed). []: handshakes are not looked at. One of ${HANDSHAKE_TYPES.join(', ')}.`,
        }),
        [...DEFAULT_HANDSHAKE_TYPES],
      ),
      allow: z._default(
        withMeta(list(OrganizationsAllowEntry, 'a list of allow entries', 'allow: [{ organization: o-exampleorgid11 }]'), {
          description: 'The handshakes that are not declined. Everything else of a governed type is (default deny).',
        }),
        [],
      ),
    },
    'the Organizations settings',
  ),
  { description: 'AWS Organizations handshakes. Absent: INVITE and TRANSFER_RESPONSIBILITY handshakes are declined.' },
);

const RamAllowEntry = withMeta(
  section(
    {
      'source-account': accountId('source-account', 'The account that sends the resource-share invitation (12 digits, in quotes).'),
      'resource-types': z.optional(
        nonEmptyUniqueList(resourceType(), 'a list of resource types', 'resource-types: [ec2:Subnet]', {
          empty: 'is an empty list, which would allow nothing: remove the key (any resource) or list resource types.',
          description: 'Narrows the entry: an invitation is allowed only when every resource it would share is of one of these types. Absent: any resource.',
          // Matched ignoring case (ASCII only: the pattern allows nothing else), so listed so too.
          keyOf: (value) => (typeof value === 'string' ? value.toLowerCase() : value),
        }),
      ),
      note: z.optional(note()),
      until: z.optional(calendarDate()),
    },
    'an allow entry',
    '- source-account: "111122223333"',
  ),
  { description: 'Resource-share invitations from this account (of these resource types, if listed) are left pending for a person to accept.' },
);

const Ram = withMeta(
  section(
    {
      regions: z.optional(
        regionSelection(
          "The regions swept for pending resource-share invitations: `all` (every region enabled for the account where AWS RAM is offered, the default) or a list. The action's `regions` input overrides it. []: RAM is not swept.",
        ),
      ),
      allow: z._default(
        withMeta(list(RamAllowEntry, 'a list of allow entries', 'allow: [{ source-account: "111122223333" }]'), {
          description: 'The resource-share invitations that are not rejected. Every other pending invitation is (default deny).',
        }),
        [],
      ),
    },
    'the RAM settings',
    'ram: { regions: all }',
  ),
  {
    description:
      'AWS RAM resource-share invitations: another account sharing subnets, transit gateways, license configurations … with this one. Absent: not governed, left alone. Present (even empty): every pending invitation not allowed is rejected.',
  },
);

const SecurityServicesAllowEntry = withMeta(
  section(
    {
      'source-account': accountId('source-account', 'The account that sends the invitation: the administrator it would become (12 digits, in quotes).'),
      services: z.optional(
        nonEmptyUniqueList(securityService(), 'a list of security services', 'services: [guardduty]', {
          empty: 'is an empty list, which would allow nothing: remove the key (every governed service) or list services.',
          description: 'Narrows the entry to these services; each must be one of security-services.services. Absent: every governed service.',
        }),
      ),
      note: z.optional(note()),
      until: z.optional(calendarDate()),
    },
    'an allow entry',
    '- source-account: "111122223333"',
  ),
  { description: 'Administrator invitations from this account (of these services, if listed) are left pending for a person to accept.' },
);

const SecurityServices = withMeta(
  section(
    {
      services: z.optional(
        nonEmptyUniqueList(securityService(), 'a list of security services', 'services: [guardduty, security-hub]', {
          empty: 'is an empty list, which would govern nothing: remove the key (all four) or the whole section (not governed).',
          description: 'The services whose administrator invitations are governed. Absent: all four (guardduty, macie, security-hub, detective).',
        }),
      ),
      regions: z.optional(
        regionSelection(
          "The regions swept for pending invitations: `all` (every region enabled for the account where the service is offered, the default) or a list. The action's `regions` input overrides it. []: not swept.",
        ),
      ),
      allow: z._default(
        withMeta(list(SecurityServicesAllowEntry, 'a list of allow entries', 'allow: [{ source-account: "111122223333" }]'), {
          description: 'The invitations that are not declined. Every other pending invitation of a governed service is (default deny).',
        }),
        [],
      ),
    },
    'the security-services settings',
    'security-services: { services: [guardduty] }',
  ),
  {
    description:
      'Administrator invitations of GuardDuty, Macie, Security Hub and Detective: accepting one makes the inviting account the administrator of this account\'s findings. Absent: not governed, left alone. Present (even empty): every pending invitation not allowed is declined (Detective: rejected).',
  },
);

const Limits = withMeta(section({ 'max-actions': z.optional(maxActions()) }, 'the limits'), { description: 'Safety limits.' });

const Accounts = nonEmptyUniqueList(accountId('accounts', 'An account this policy may govern (12 digits, in quotes).'), 'a list of account ids', 'accounts: ["210987654321"]', {
  empty: 'is an empty list, which would let the policy run nowhere: remove the key (any account) or list the accounts.',
  description: 'The only accounts this policy may govern. A run whose credentials belong to another account stops before reading or writing anything. Absent: any account.',
});

const targetAccounts = (key: string, description: string, instead?: string) =>
  uniqueList(accountId(key, description, instead), 'a list of account ids', `${key}: ["111122223333"]`);

const Targets = withMeta(
  section(
    {
      'role-name': z.optional(roleName()),
      accounts: z.optional(
        withMeta(targetAccounts('accounts', 'An account to guard, through the role named by role-name (12 digits, in quotes).', 'list the 12 digits of each account in quotes, e.g. ["111122223333"]; for every account of the organization, write `organization: true`'), {
          description: 'Accounts to guard, each through arn:aws:iam::<account>:role/<role-name>.',
        }),
      ),
      roles: z.optional(
        withMeta(uniqueList(roleArn(), 'a list of role ARNs', 'roles: ["arn:aws:iam::111122223333:role/inbound-guard"]'), {
          description: 'Roles to assume, by ARN; the account each belongs to is guarded.',
        }),
      ),
      organization: z.optional(
        withMeta(z.boolean({ error: errorFor('true or false', 'organization: true') }), {
          description: "true: every ACTIVE account of the credentials' organization (ListAccounts; run from the management account or a delegated administrator), through role-name.",
        }),
      ),
      exclude: z.optional(
        withMeta(targetAccounts('exclude', 'An account never to guard, whatever else is listed (12 digits, in quotes).'), {
          description: 'Accounts left out, whatever accounts, roles or organization say.',
        }),
      ),
    },
    'the targets',
    'targets: { role-name: inbound-guard, organization: true }',
  ),
  {
    description:
      "The accounts to guard. Absent: only the account the workflow's credentials belong to. The workflow's credentials assume each role; the credentials' own account is read with the credentials themselves.",
  },
);

export const PolicySchema = withMeta(
  section(
    {
      version: version(),
      accounts: z.optional(Accounts),
      targets: z.optional(Targets),
      iot: z.optional(Iot),
      organizations: z.optional(Organizations),
      ram: z.optional(Ram),
      'security-services': z.optional(SecurityServices),
      limits: z.optional(Limits),
    },
    'the policy',
  ),
  {
    title: 'inbound-guard policy',
    description:
      'Which pending inbound requests inbound-guard leaves alone: AWS IoT certificate transfers, AWS Organizations handshakes and, when their sections are present, AWS RAM resource-share invitations and security-service administrator invitations. Everything of a governed kind not allowed here is rejected or declined. See docs/policy.md.',
  },
);

/** What the file holds after validation, defaults filled in, keys still as written. */
export type PolicyDocument = z.output<typeof PolicySchema>;
