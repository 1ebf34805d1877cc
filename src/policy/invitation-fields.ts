/**
 * The leaf values of the invitation sections (`ram`, `security-services`), as zod schemas that
 * carry their JSON Schema descriptions and word their own errors, like fields.ts.
 */
import * as z from 'zod/mini';
import type { SecurityServiceName } from '../model/items.js';
import { editorMessages, isString, patternText, withMeta } from './fields.js';
import { noWildcard, type RawIssue, typeMessage } from './messages.js';
import { didYouMean, listAlternatives } from './suggest.js';

/**
 * A RAM resource type as AWS writes it: `<service code>:<resource code>`, e.g. `ec2:Subnet`. The
 * service code is lower case, as RAM, ARNs and IAM write it (one spelling per service); the
 * resource code in any case. Matching folds the case of both (kinds/resource-share-invitations).
 */
export const RESOURCE_TYPE_PATTERN = /^[a-z0-9-]+:[A-Za-z0-9-]+$/;
/** The same with the service code in any case: only its case is wrong. */
const RESOURCE_TYPE_ANY_CASE = /^[A-Za-z0-9-]+:[A-Za-z0-9-]+$/;

function resourceTypeMessage(issue: RawIssue): string {
  const input = issue.input;
  const wildcard = noWildcard(input, 'resource types', 'list each type, e.g. ec2:Subnet; without `resource-types` the entry allows whatever the account shares');
  if (wildcard !== undefined) return wildcard;
  if (!isString(input)) return typeMessage('a RAM resource type', input, 'ec2:Subnet');
  if (RESOURCE_TYPE_ANY_CASE.test(input)) {
    const colon = input.indexOf(':');
    return `${JSON.stringify(input)}: write the service code before the colon in lower case, as RAM lists it: ${input.slice(0, colon).toLowerCase()}${input.slice(colon)}. (The resource type after the colon may be in any case: it is compared case-insensitively.)`;
  }
  return `${JSON.stringify(input)} is not a RAM resource type: write the service code, a colon and the resource type, as RAM lists them, e.g. ec2:Subnet, ec2:TransitGateway or license-manager:LicenseConfiguration.`;
}

export const resourceType = () =>
  withMeta(patternText(RESOURCE_TYPE_PATTERN, resourceTypeMessage), {
    description: 'A resource type as AWS RAM lists it (`ListPendingInvitationResources`): the service code in lower case, a colon and the resource type, e.g. `ec2:Subnet`. The resource type may be written in any case (`ec2:subnet`): it is compared case-insensitively.',
    examples: ['ec2:Subnet'],
    ...editorMessages('A RAM resource type such as ec2:Subnet.', 'service:resource, as RAM lists it, the service code in lower case, e.g. ec2:Subnet or license-manager:LicenseConfiguration.'),
  });

/** The services of a `security-services` section, as the policy writes them. */
export const POLICY_SECURITY_SERVICES = ['guardduty', 'macie', 'security-hub', 'detective'] as const;
export type PolicySecurityService = (typeof POLICY_SECURITY_SERVICES)[number];

/** The policy's name of each service and the service it is (Security Hub's API is `securityhub`). */
export const SECURITY_SERVICE_OF: Readonly<Record<PolicySecurityService, SecurityServiceName>> = { guardduty: 'guardduty', macie: 'macie', 'security-hub': 'securityhub', detective: 'detective' };
export const POLICY_NAME_OF: Readonly<Record<SecurityServiceName, PolicySecurityService>> = { guardduty: 'guardduty', macie: 'macie', securityhub: 'security-hub', detective: 'detective' };

const SECURITY_SERVICE_DESCRIPTIONS: Readonly<Record<PolicySecurityService, string>> = {
  guardduty: 'Amazon GuardDuty: the inviting account would become the GuardDuty administrator of this account (ListInvitations, DeclineInvitations).',
  macie: 'Amazon Macie: the inviting account would become the Macie administrator of this account (ListInvitations, DeclineInvitations).',
  'security-hub': 'AWS Security Hub: the inviting account would become the Security Hub administrator of this account (ListInvitations, DeclineInvitations).',
  detective: "Amazon Detective: this account would become a member of the inviting account's behavior graph (ListInvitations, RejectInvitation).",
};

function securityServiceMessage(issue: RawIssue): string {
  const input = issue.input;
  const all = `The services are ${listAlternatives(POLICY_SECURITY_SERVICES)}.`;
  if (!isString(input)) return `must be a security service, not ${input === null ? 'an empty value' : String(JSON.stringify(input))}. ${all}`;
  const wildcard = noWildcard(input, 'services', 'list each service (without the key: every one)');
  if (wildcard !== undefined) return `${wildcard} ${all}`;
  return `\`${input}\` is not a security service inbound-guard guards.${didYouMean(input, POLICY_SECURITY_SERVICES)} ${all}`;
}

export const securityService = () =>
  withMeta(z.enum(POLICY_SECURITY_SERVICES, { error: securityServiceMessage }), {
    description: 'A security service whose administrator invitations are governed.',
    enumDescriptions: POLICY_SECURITY_SERVICES.map((s) => SECURITY_SERVICE_DESCRIPTIONS[s]),
    markdownEnumDescriptions: POLICY_SECURITY_SERVICES.map((s) => `\`${s}\`: ${SECURITY_SERVICE_DESCRIPTIONS[s]}`),
    errorMessage: `One of ${POLICY_SECURITY_SERVICES.join(', ')}.`,
  });

