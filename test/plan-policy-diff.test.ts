/**
 * The whole-policy diff: one table row per kind of change (field, base, PR → the changes, each with
 * its effect and words), the exact PR of issue 9, and the property the diff exists for: whatever a
 * PR lets through that its base would have acted on is announced as weakening protection.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../src/decide/decide.js';
import type { HandshakeType } from '../src/model/items.js';
import { matchesEmailPattern, patternCovers } from '../src/decide/email-pattern.js';
import { newPermissions, type NewPermissions } from '../src/plan/new-permissions.js';
import { diffPolicies, FIELD_ROWS, weakening } from '../src/plan/policy-diff.js';
import type { PolicyTargets } from '../src/policy/types.js';
import { plainWords } from '../src/plan/policy-row.js';
import { renderPlanComment } from '../src/plan/render-comment.js';
import { diffAllowEntries, lapsingAllowEntries } from '../src/plan/diff-entries.js';
import { emailArb, emailPatternArb, governedTypesArb, iotEntryInputArb, itemsArb, nowArb, organizationsEntryInputArb, untilArb } from './arbitraries.js';
import { buildPolicy, type IotEntryInput, type OrganizationsEntryInput, type PolicyFragment } from './helpers/policy.js';

/** The plan's clock: `until` dates before it have lapsed. */
const NOW = new Date('2026-11-21T12:00:00Z');
const A = '111122223333';
const B = '444455556666';
const C = '999988887777';
const ORG = 'o-aaaaaaaaaa';
const BOTH = ['INVITE', 'TRANSFER_RESPONSIBILITY'] as const;

/** A normalised targets section as a test writes it. */
function targetsOf(t: { organization?: boolean; accounts?: string[]; roles?: string[]; exclude?: string[]; roleName?: string }): PolicyTargets {
  const at = { line: 3, column: 3 };
  return {
    position: at,
    roleName: t.roleName ?? 'inbound-guard',
    accounts: (t.accounts ?? []).map((id) => ({ id, position: at })),
    roles: (t.roles ?? []).map((arn) => ({ arn, account: arn.split(':')[4] ?? '', position: at })),
    organization: t.organization ?? false,
    exclude: t.exclude ?? [],
  };
}

/** What a change reads as in the log and the report: `key effect: words`. */
const lines = (base: PolicyFragment, head: PolicyFragment): string[] =>
  diffPolicies(buildPolicy(base), buildPolicy(head), NOW).map((c) => `${c.key} ${c.effect}: ${plainWords(c.words)}`);

describe('diffPolicies: one case per kind of change', () => {
  it.each<[string, PolicyFragment, PolicyFragment, string[]]>([
    // ---- iot.regions: all (the default when absent), or a list ----
    ['a region no longer swept', { regions: ['us-east-1', 'eu-west-1'] }, { regions: ['us-east-1'] }, ['iot.regions weakens: IoT region `eu-west-1` no longer swept: certificate transfers there will not be rejected.']],
    ['a region added', { regions: ['us-east-1'] }, { regions: ['us-east-1', 'eu-west-1'] }, ['iot.regions strengthens: IoT region `eu-west-1` now swept.']],
    ['regions: [] (IoT off)', { regions: ['us-east-1', 'eu-west-1'] }, { regions: [] }, ['iot.regions weakens: IoT is no longer swept in any region (`iot.regions: []`): no certificate transfer will be rejected. It was swept in `us-east-1` and `eu-west-1`.']],
    ['regions: a list dropped for the default (all)', { regions: ['us-east-1'] }, {}, ['iot.regions strengthens: IoT is now swept in every enabled region (it was `us-east-1`).']],
    ['regions: the default (all) replaced by []', {}, { regions: [] }, ['iot.regions weakens: IoT is no longer swept in any region (`iot.regions: []`): no certificate transfer will be rejected. It was swept in every enabled region.']],
    ['regions: the default (all) replaced by a list', {}, { regions: ['eu-west-1'] }, ['iot.regions weakens: IoT is no longer swept in every enabled region, only in `eu-west-1`: transfers parked in any other region (including regions enabled later) will not be rejected.']],
    ['regions: [] dropped for the default (all)', { regions: [] }, {}, ['iot.regions strengthens: IoT is now swept in every enabled region (it was no region).']],
    ['regions: all written out where it was the default', {}, { regions: 'all' }, []],
    ['regions reordered', { regions: ['us-east-1', 'eu-west-1'] }, { regions: ['eu-west-1', 'us-east-1'] }, []],

    // ---- organizations.handshake-types ----
    ['a handshake type no longer governed', { handshakeTypes: [...BOTH] }, { handshakeTypes: ['INVITE'] }, ['organizations.handshake-types weakens: `TRANSFER_RESPONSIBILITY` handshakes are no longer governed: they will not be declined.']],
    ['handshake-types: [] (handshakes off)', { handshakeTypes: [...BOTH] }, { handshakeTypes: [] }, ['organizations.handshake-types weakens: Handshakes are no longer governed at all (`organizations.handshake-types: []`): no `INVITE` and `TRANSFER_RESPONSIBILITY` handshake will be declined.']],
    ['a handshake type now governed', { handshakeTypes: ['INVITE'] }, { handshakeTypes: ['INVITE', 'ENABLE_ALL_FEATURES'] }, ['organizations.handshake-types strengthens: `ENABLE_ALL_FEATURES` handshakes are now governed: declined unless an entry allows them.']],

    // ---- targets ----
    ['targets added: the organization', {}, { targets: targetsOf({ organization: true }) }, ["targets strengthens: `targets` set to every ACTIVE account of the organization; it was absent, which means only the account of the workflow's credentials is guarded."]],
    // Without the caller (no credentials), targets that may leave out the credentials' own account may weaken.
    ['targets added: accounts (the credentials\' account may drop out)', {}, { targets: targetsOf({ accounts: [A] }) }, [`targets weakens: \`targets\` set to accounts \`${A}\`; it was absent, which means only the account of the workflow's credentials is guarded. The account of the workflow's credentials stays guarded only if they name it (in \`accounts\` or \`roles\`, or in the organization and not in \`exclude\`).`]],
    ['targets added: the organization but some', {}, { targets: targetsOf({ organization: true, exclude: [B] }) }, [`targets weakens: \`targets\` set to every ACTIVE account of the organization except \`${B}\`; it was absent, which means only the account of the workflow's credentials is guarded. The account of the workflow's credentials stays guarded only if they name it (in \`accounts\` or \`roles\`, or in the organization and not in \`exclude\`).`]],
    ['targets removed', { targets: targetsOf({ accounts: [A] }) }, {}, ["targets weakens: `targets` removed (it was accounts `111122223333`): now only the account of the workflow's credentials is guarded."]],
    ['the organization no longer guarded', { targets: targetsOf({ organization: true, accounts: [A] }) }, { targets: targetsOf({ accounts: [A] }) }, ['targets weakens: The organization is no longer guarded as a whole (`organization: false`): only the accounts listed are.']],
    ['an account no longer a target', { targets: targetsOf({ accounts: [A, B] }) }, { targets: targetsOf({ accounts: [A] }) }, ['targets weakens: No longer guarded through targets.accounts: `444455556666`.']],
    ['an account newly excluded', { targets: targetsOf({ organization: true }) }, { targets: targetsOf({ organization: true, exclude: [B] }) }, ['targets weakens: Newly excluded (no longer guarded): `444455556666`.']],
    ['a role added', { targets: targetsOf({ accounts: [A] }) }, { targets: targetsOf({ accounts: [A], roles: [`arn:aws:iam::${B}:role/g`] }) }, ['targets strengthens: Now guarded through targets.roles: `arn:aws:iam::444455556666:role/g`.']],
    ['the role name changes', { targets: targetsOf({ organization: true }) }, { targets: targetsOf({ organization: true, roleName: 'guard-v2' }) }, ['targets neutral: The role assumed in each account changes from `inbound-guard` to `guard-v2`.']],
    // Judged by which accounts each policy guards, not key by key. The UAT case (organization.yml): a list of accounts becomes organization: true.
    ['a list of accounts becomes organization: true, another account excluded (the UAT case)', { targets: targetsOf({ accounts: [A, B] }) }, { targets: targetsOf({ organization: true, exclude: [C] }) }, [
      'targets strengthens: Every ACTIVE account of the organization is now guarded (`organization: true`).',
      `targets neutral: No longer in targets.accounts: \`${A}\` and \`${B}\`; now guarded through the organization (\`organization: true\`), if it lists them.`,
      `targets neutral: Newly excluded (never guarded): \`${C}\`; the base branch’s policy did not guard it either.`,
    ]],
    ['organization: true, an account excluded, becomes a list of accounts (the UAT case, reversed)', { targets: targetsOf({ organization: true, exclude: [C] }) }, { targets: targetsOf({ accounts: [A, B] }) }, [
      'targets weakens: The organization is no longer guarded as a whole (`organization: false`): only the accounts listed are.',
      `targets neutral: Now in targets.accounts: \`${A}\` and \`${B}\`; already guarded through the base branch’s \`organization: true\`, if the organization lists them.`,
      `targets neutral: No longer excluded: \`${C}\`; this policy does not guard it either.`,
    ]],
    ['an account dropped that the PR newly excludes, organization: true in both', { targets: targetsOf({ organization: true, accounts: [A] }) }, { targets: targetsOf({ organization: true, exclude: [A] }) }, [
      `targets weakens: No longer guarded through targets.accounts: \`${A}\`.`,
      `targets weakens: Newly excluded (no longer guarded): \`${A}\`.`,
    ]],
    // Within a pin, the organization reaches only the accounts it lists: one it leaves out is not guarded through it.
    ['an account dropped outside the PR\'s pin, organization: true in both', { accounts: [A, B], targets: targetsOf({ organization: true, accounts: [B] }) }, { accounts: [A], targets: targetsOf({ organization: true }) }, [
      `accounts weakens: The \`accounts\` pin no longer lists \`${B}\`. \`${B}\`, which the base branch’s \`targets\` name, is no longer guarded.`,
      `targets weakens: No longer guarded through targets.accounts: \`${B}\`.`,
    ]],
    ['an account moved from targets.accounts to targets.roles', { targets: targetsOf({ accounts: [A, B] }) }, { targets: targetsOf({ accounts: [A], roles: [`arn:aws:iam::${B}:role/g`] }) }, [
      `targets neutral: No longer in targets.accounts: \`${B}\`; this policy’s targets still name it.`,
      `targets neutral: Now in targets.roles: \`arn:aws:iam::${B}:role/g\`; the base branch’s targets already name its account.`,
    ]],
    ['a role dropped whose account the organization now covers', { targets: targetsOf({ roles: [`arn:aws:iam::${B}:role/g`] }) }, { targets: targetsOf({ organization: true }) }, [
      'targets strengthens: Every ACTIVE account of the organization is now guarded (`organization: true`).',
      `targets neutral: No longer in targets.roles: \`arn:aws:iam::${B}:role/g\`; its account is now guarded through the organization (\`organization: true\`), if it lists it.`,
    ]],
    ['an exclude lifted: guarded again through the organization', { targets: targetsOf({ organization: true, exclude: [B] }) }, { targets: targetsOf({ organization: true }) }, [`targets strengthens: No longer excluded: \`${B}\`.`]],
    ['an exclude lifted outside the PR\'s pin: still not guarded', { accounts: [A], targets: targetsOf({ organization: true, exclude: [B] }) }, { accounts: [A], targets: targetsOf({ organization: true }) }, [`targets neutral: No longer excluded: \`${B}\`; this policy does not guard it either.`]],
    ['an account newly excluded outside the base\'s pin', { accounts: [A], targets: targetsOf({ organization: true }) }, { accounts: [A], targets: targetsOf({ organization: true, exclude: [B] }) }, [`targets neutral: Newly excluded (never guarded): \`${B}\`; the base branch’s policy did not guard it either.`]],
    // Within a pin the organization's accounts are known: turning it off or on can lose or gain none.
    ['organization: true turned off, the PR naming every account of the pin', { accounts: [A, B], targets: targetsOf({ organization: true }) }, { accounts: [A, B], targets: targetsOf({ accounts: [A, B] }) }, [
      'targets neutral: The organization is no longer guarded as a whole (`organization: false`), but the accounts listed include every account of the base branch’s `accounts` pin it guarded: none is lost.',
      `targets neutral: Now in targets.accounts: \`${A}\` and \`${B}\`; already guarded through the base branch’s \`organization: true\`, if the organization lists them.`,
    ]],
    ['organization: true turned on within a pin whose accounts the base names', { accounts: [A, B], targets: targetsOf({ accounts: [A, B] }) }, { accounts: [A, B], targets: targetsOf({ organization: true }) }, [
      'targets neutral: Every ACTIVE account of the organization in the `accounts` pin is now guarded (`organization: true`), but the base branch’s targets already name each account of the pin it takes in: none is gained.',
      `targets neutral: No longer in targets.accounts: \`${A}\` and \`${B}\`; now guarded through the organization (\`organization: true\`), if it lists them.`,
    ]],
    ['organization: true turned off within a pin, an account of it not named', { accounts: [A, B], targets: targetsOf({ organization: true }) }, { accounts: [A, B], targets: targetsOf({ accounts: [A] }) }, [
      'targets weakens: The organization is no longer guarded as a whole (`organization: false`): only the accounts listed are.',
      `targets neutral: Now in targets.accounts: \`${A}\`; already guarded through the base branch’s \`organization: true\`, if the organization lists it.`,
    ]],

    // ---- accounts: the pin ----
    ['the pin removed', { accounts: [A] }, {}, [`accounts weakens: \`accounts\` removed (it was \`${A}\`): now the policy may govern any account.`]],
    ['a pin added', {}, { accounts: [A] }, [`accounts strengthens: \`accounts\` set to \`${A}\`; it was absent, which means the policy may govern any account.`]],
    ['the pin widened', { accounts: [A] }, { accounts: [A, B] }, [`accounts weakens: The \`accounts\` pin is widened: the policy may now also govern account \`${B}\`.`]],
    ['the pin narrowed', { accounts: [A, B] }, { accounts: [A] }, [`accounts strengthens: The \`accounts\` pin no longer lists \`${B}\`: a run there now stops before reading anything.`]],
    // A pin that leaves out accounts the base's targets reach: what it takes away, not what it narrows.
    ['a pin added beside organization: true (the UAT case)', { targets: targetsOf({ organization: true }) }, { accounts: [A, B], targets: targetsOf({ organization: true }) }, [
      `accounts weakens: \`accounts\` set to \`${A}\` and \`${B}\`; it was absent, which means the policy may govern any account. With \`organization: true\`, the accounts the organization lists outside it, today and as they join, are no longer guarded: runs read nothing of them and fail on each.`,
    ]],
    ['a pin added beside organization: true turned on: nothing the base guarded is left out', { targets: targetsOf({ accounts: [A] }) }, { accounts: [A, B], targets: targetsOf({ organization: true, accounts: [A] }) }, [
      `accounts strengthens: \`accounts\` set to \`${A}\` and \`${B}\`; it was absent, which means the policy may govern any account.`,
      'targets strengthens: Every ACTIVE account of the organization in the `accounts` pin is now guarded (`organization: true`).',
    ]],
    ['a pin added that leaves out an account the base names', { targets: targetsOf({ accounts: [A], roles: [`arn:aws:iam::${B}:role/g`] }) }, { accounts: [A], targets: targetsOf({ accounts: [A] }) }, [
      `accounts weakens: \`accounts\` set to \`${A}\`; it was absent, which means the policy may govern any account. \`${B}\`, which the base branch’s \`targets\` name, is no longer guarded.`,
      `targets weakens: No longer guarded through targets.roles: \`arn:aws:iam::${B}:role/g\`.`,
    ]],
    ['a pin added within what the base names', { targets: targetsOf({ accounts: [A] }) }, { accounts: [A], targets: targetsOf({ accounts: [A] }) }, [`accounts strengthens: \`accounts\` set to \`${A}\`; it was absent, which means the policy may govern any account.`]],
    ['the pin narrowed beside organization: true', { accounts: [A, B, C], targets: targetsOf({ organization: true, exclude: [C] }) }, { accounts: [A], targets: targetsOf({ organization: true, exclude: [C] }) }, [
      `accounts weakens: The \`accounts\` pin no longer lists \`${B}\`. With \`organization: true\`, \`${B}\` is no longer guarded if the organization lists it: runs read nothing of it and fail on it.`,
      `accounts strengthens: The \`accounts\` pin no longer lists \`${C}\`: the policy may no longer govern it.`,
    ]],
    ['the pin narrowed, dropping an account the base names', { accounts: [A, B], targets: targetsOf({ accounts: [A, B] }) }, { accounts: [A], targets: targetsOf({ accounts: [A] }) }, [
      `accounts weakens: The \`accounts\` pin no longer lists \`${B}\`. \`${B}\`, which the base branch’s \`targets\` name, is no longer guarded.`,
      `targets weakens: No longer guarded through targets.accounts: \`${B}\`.`,
    ]],
    // The fix the pin's own error suggests: dropped from the pin and excluded. Lost, and no run fails on it (an exclude is a choice).
    ['the pin narrowed, the dropped account excluded, organization: true in both', { accounts: [A, B], targets: targetsOf({ organization: true }) }, { accounts: [A], targets: targetsOf({ organization: true, exclude: [B] }) }, [
      `accounts weakens: The \`accounts\` pin no longer lists \`${B}\`. \`${B}\`, guarded through the base branch’s \`organization: true\`, is no longer guarded if the organization lists it.`,
      `targets weakens: Newly excluded (no longer guarded): \`${B}\`.`,
    ]],
    // Guarded through the base's organization, dropped from the pin as the PR turns the organization off: lost, and no run fails on it.
    ['the pin narrowed as organization: true is turned off', { accounts: [A, B], targets: targetsOf({ organization: true }) }, { accounts: [A], targets: targetsOf({ accounts: [A] }) }, [
      `accounts weakens: The \`accounts\` pin no longer lists \`${B}\`. \`${B}\`, guarded through the base branch’s \`organization: true\`, is no longer guarded if the organization lists it.`,
      'targets weakens: The organization is no longer guarded as a whole (`organization: false`): only the accounts listed are.',
      // A was guarded through the base's organization already: naming it gains nothing.
      `targets neutral: Now in targets.accounts: \`${A}\`; already guarded through the base branch’s \`organization: true\`, if the organization lists it.`,
    ]],

    // ---- limits.max-actions (absent: the default, 10) ----
    ['the budget raised', { maxActions: 5 }, { maxActions: 1000 }, ['limits.max-actions weakens: The budget is raised from `5` to `1000` actions per run: one run may now reject or decline that many items before the budget stops it.']],
    ['the budget lowered to the default', { maxActions: 50 }, {}, ['limits.max-actions strengthens: The budget is lowered from `50` to `10` (the default) actions per run.']],
    ['the budget raised from the default', {}, { maxActions: 20 }, ['limits.max-actions weakens: The budget is raised from `10` (the default) to `20` actions per run: one run may now reject or decline that many items before the budget stops it.']],
    ['the default written out', {}, { maxActions: 10 }, []],

    // ---- iot.reject-reason ----
    ['the reject reason reworded', { rejectReason: 'No. {region}' }, { rejectReason: 'Not expected: see {policy-file}' }, ['iot.reject-reason neutral: The reject reason sent to senders changes from `No. {region}` to `Not expected: see {policy-file}`.']],

    // ---- iot.allow ----
    ['an IoT entry added', { iotAllow: [{ sourceAccount: A }] }, { iotAllow: [{ sourceAccount: A }, { sourceAccount: B, until: '2027-01-31' }] }, [`iot.allow[1] weakens: New allow entry: certificate transfers from account \`${B}\` will no longer be rejected (until \`2027-01-31\`).`]],
    ['an IoT entry removed', { iotAllow: [{ sourceAccount: A }, { sourceAccount: B }] }, { iotAllow: [{ sourceAccount: B }] }, [`iot.allow[0] strengthens: Allow entry removed: certificate transfers from account \`${A}\` will be rejected unless another entry allows them.`]],
    ['an until moved later', { iotAllow: [{ sourceAccount: A, until: '2027-01-31' }] }, { iotAllow: [{ sourceAccount: A, until: '2028-01-31' }] }, [`iot.allow[0] weakens: The entry for certificate transfers from account \`${A}\`: its expiry moves later, from \`2027-01-31\` to \`2028-01-31\`.`]],
    ['an until removed', { iotAllow: [{ sourceAccount: A, until: '2027-01-31' }] }, { iotAllow: [{ sourceAccount: A }] }, [`iot.allow[0] weakens: The entry for certificate transfers from account \`${A}\`: its expiry is removed: it no longer lapses (it was until \`2027-01-31\`).`]],
    ['an until moved earlier', { iotAllow: [{ sourceAccount: A, until: '2027-01-31' }] }, { iotAllow: [{ sourceAccount: A, until: '2026-12-31' }] }, [`iot.allow[0] strengthens: The entry for certificate transfers from account \`${A}\`: its expiry moves earlier, from \`2027-01-31\` to \`2026-12-31\`.`]],
    ['an until added', { iotAllow: [{ sourceAccount: A }] }, { iotAllow: [{ sourceAccount: A, until: '2026-12-31' }] }, [`iot.allow[0] strengthens: The entry for certificate transfers from account \`${A}\`: now lapses at the end of \`2026-12-31\`.`]],
    // An entry whose until has passed (before NOW, 2026-11-21) allows nothing: what counts is in force or not.
    ['an IoT entry added already lapsed', { iotAllow: [{ sourceAccount: A }] }, { iotAllow: [{ sourceAccount: A }, { sourceAccount: B, until: '2026-11-20' }] }, [`iot.allow[1] neutral: New allow entry for certificate transfers from account \`${B}\`, already lapsed (until \`2026-11-20\`): it allows nothing.`]],
    ['an IoT entry added that lapses today: in force', { iotAllow: [] }, { iotAllow: [{ sourceAccount: B, until: '2026-11-21' }] }, [`iot.allow[0] weakens: New allow entry: certificate transfers from account \`${B}\` will no longer be rejected (until \`2026-11-21\`).`]],
    ['a lapsed IoT entry removed', { iotAllow: [{ sourceAccount: A, until: '2025-01-31' }, { sourceAccount: B }] }, { iotAllow: [{ sourceAccount: B }] }, [`iot.allow[0] neutral: Allow entry removed for certificate transfers from account \`${A}\`; it had lapsed (until \`2025-01-31\`) and allowed nothing.`]],
    ['a passed until moved later, still passed', { iotAllow: [{ sourceAccount: A, until: '2025-01-31' }] }, { iotAllow: [{ sourceAccount: A, until: '2026-06-30' }] }, [`iot.allow[0] neutral: The entry for certificate transfers from account \`${A}\`: its expiry changes from \`2025-01-31\` to \`2026-06-30\`, both passed: it stays lapsed and allows nothing.`]],
    ['a lapsed entry renewed', { iotAllow: [{ sourceAccount: A, until: '2025-01-31' }] }, { iotAllow: [{ sourceAccount: A, until: '2027-01-31' }] }, [`iot.allow[0] weakens: The entry for certificate transfers from account \`${A}\`: it had lapsed (until \`2025-01-31\`) and is in force again until \`2027-01-31\`.`]],
    ['a lapsed entry made permanent', { iotAllow: [{ sourceAccount: A, until: '2025-01-31' }] }, { iotAllow: [{ sourceAccount: A }] }, [`iot.allow[0] weakens: The entry for certificate transfers from account \`${A}\`: it had lapsed (until \`2025-01-31\`) and its expiry is removed: it is in force again, for good.`]],
    ['an entry in force given a passed until', { iotAllow: [{ sourceAccount: A, until: '2027-01-31' }] }, { iotAllow: [{ sourceAccount: A, until: '2025-01-31' }] }, [`iot.allow[0] strengthens: The entry for certificate transfers from account \`${A}\`: its expiry moves to \`2025-01-31\`, which has passed: it no longer allows anything (it was until \`2027-01-31\`).`]],
    ['a permanent entry given a passed until', { iotAllow: [{ sourceAccount: A }] }, { iotAllow: [{ sourceAccount: A, until: '2025-01-31' }] }, [`iot.allow[0] strengthens: The entry for certificate transfers from account \`${A}\`: its expiry moves to \`2025-01-31\`, which has passed: it no longer allows anything.`]],
    ['a lapsed entry broadened, still lapsed: nothing weakens', { organizationsAllow: [{ managementEmail: 'ops@example.com', until: '2025-01-31' }] }, { organizationsAllow: [{ managementEmail: '*@example.com', until: '2025-01-31' }] }, ['organizations.allow[0] neutral: The entry for handshakes from management email `ops@example.com`: management email broadened from `ops@example.com` to `*@example.com`.']],
    ['an entry repointed and given a passed until: it allows nothing', { organizationsAllow: [{ organization: ORG }] }, { organizationsAllow: [{ organization: 'o-bbbbbbbbbb', until: '2025-01-31' }] }, [
      `organizations.allow[0] neutral: The entry for handshakes from organization \`${ORG}\`: organization changed from \`${ORG}\` to \`o-bbbbbbbbbb\`: it lets in another sender.`,
      `organizations.allow[0] strengthens: The entry for handshakes from organization \`${ORG}\`: its expiry moves to \`2025-01-31\`, which has passed: it no longer allows anything.`,
    ]],
    ['an organizations entry added already lapsed', {}, { organizationsAllow: [{ organization: ORG, until: '2026-01-01' }] }, [`organizations.allow[0] neutral: New allow entry for handshakes from organization \`${ORG}\`, already lapsed (until \`2026-01-01\`): it allows nothing.`]],
    ['entries moved, notes edited: no change', { iotAllow: [{ sourceAccount: A, note: 'x' }, { sourceAccount: B }] }, { iotAllow: [{ sourceAccount: B }, { sourceAccount: A, note: 'y' }] }, []],

    // ---- organizations.allow ----
    ['an email pattern broadened', { organizationsAllow: [{ managementEmail: 'ops@example.com' }] }, { organizationsAllow: [{ managementEmail: '*@example.com' }] }, ['organizations.allow[0] weakens: The entry for handshakes from management email `ops@example.com`: management email broadened from `ops@example.com` to `*@example.com`.']],
    ['an email pattern narrowed', { organizationsAllow: [{ managementEmail: '*@*.example.com' }] }, { organizationsAllow: [{ managementEmail: '*@eu.example.com' }] }, ['organizations.allow[0] strengthens: The entry for handshakes from management email `*@*.example.com`: management email narrowed from `*@*.example.com` to `*@eu.example.com`.']],
    ['an email pattern swapped for another', { organizationsAllow: [{ managementEmail: '*@example.com' }] }, { organizationsAllow: [{ managementEmail: '*@example.org' }] }, ['organizations.allow[0] weakens: The entry for handshakes from management email `*@example.com`: management email changed from `*@example.com` to `*@example.org`: it lets in other senders.']],
    ['an email re-cased: no change', { organizationsAllow: [{ managementEmail: 'Ops@Example.com' }] }, { organizationsAllow: [{ managementEmail: 'ops@example.com' }] }, []],
    ['a handshake-types narrowing removed', { organizationsAllow: [{ organization: ORG, handshakeTypes: ['INVITE'] }] }, { organizationsAllow: [{ organization: ORG }] }, [`organizations.allow[0] weakens: The entry for handshakes from organization \`${ORG}\` (only \`INVITE\`): its \`handshake-types\` narrowing (\`INVITE\`) is removed: it now applies to every governed type.`]],
    ['a narrowing widened by a type', { organizationsAllow: [{ organization: ORG, handshakeTypes: ['INVITE'] }] }, { organizationsAllow: [{ organization: ORG, handshakeTypes: [...BOTH] }] }, [`organizations.allow[0] weakens: The entry for handshakes from organization \`${ORG}\` (only \`INVITE\`): now also applies to \`TRANSFER_RESPONSIBILITY\`.`]],
    ['an entry narrowed to a type', { organizationsAllow: [{ organization: ORG }] }, { organizationsAllow: [{ organization: ORG, handshakeTypes: ['INVITE'] }] }, [`organizations.allow[0] strengthens: The entry for handshakes from organization \`${ORG}\`: now narrowed to \`INVITE\`.`]],
    ['a selector dropped', { organizationsAllow: [{ organization: ORG, managementAccount: A }] }, { organizationsAllow: [{ organization: ORG }] }, [`organizations.allow[0] weakens: The entry for handshakes from organization \`${ORG}\` with management account \`${A}\`: no longer requires management account \`${A}\`: it matches any management account.`]],
    ['a selector added', { organizationsAllow: [{ organization: ORG }] }, { organizationsAllow: [{ organization: ORG, managementAccount: A }] }, [`organizations.allow[0] strengthens: The entry for handshakes from organization \`${ORG}\`: now also requires management account \`${A}\`.`]],
    ['an organization replaced in place', { organizationsAllow: [{ organization: ORG }] }, { organizationsAllow: [{ organization: 'o-bbbbbbbbbb' }] }, [`organizations.allow[0] weakens: The entry for handshakes from organization \`${ORG}\`: organization changed from \`${ORG}\` to \`o-bbbbbbbbbb\`: it lets in another sender.`]],
    ['an organizations entry added and one removed', { organizationsAllow: [{ organization: ORG }] }, { organizationsAllow: [{ managementAccount: C }] }, [
      `organizations.allow[0] weakens: New allow entry: handshakes from management account \`${C}\` will no longer be declined.`,
      `organizations.allow[0] strengthens: Allow entry removed: handshakes from organization \`${ORG}\` will be declined unless another entry allows them.`,
    ]],
    ['an organizations until moved later', { organizationsAllow: [{ organization: ORG, until: '2027-01-31' }] }, { organizationsAllow: [{ organization: ORG, until: '2027-06-30' }] }, [`organizations.allow[0] weakens: The entry for handshakes from organization \`${ORG}\`: its expiry moves later, from \`2027-01-31\` to \`2027-06-30\`.`]],

    // ---- ram: absent = not governed; present = default deny ----
    ['RAM newly governed (a ram section added)', {}, { ram: { allow: [{ sourceAccount: A }] } }, ['ram strengthens: RAM resource-share invitations are now governed (`ram`): every pending one is rejected unless its allow entry matches it.']],
    ['RAM newly governed with no entry', {}, { ram: {} }, ['ram strengthens: RAM resource-share invitations are now governed (`ram`): every pending one is rejected (no allow entry).']],
    ['RAM no longer governed (the section removed)', { ram: { regions: ['us-east-1'], allow: [{ sourceAccount: A }] } }, {}, ['ram weakens: RAM resource-share invitations are no longer governed (`ram` removed): none will be rejected, whoever sends them.']],
    ['a RAM region no longer swept', { ram: { regions: ['us-east-1', 'eu-west-1'] } }, { ram: { regions: ['us-east-1'] } }, ['ram.regions weakens: RAM region `eu-west-1` no longer swept: resource-share invitations there will not be rejected.']],
    ['RAM regions: all replaced by a list', { ram: {} }, { ram: { regions: ['eu-west-1'] } }, ['ram.regions weakens: RAM is no longer swept in every enabled region, only in `eu-west-1`: invitations waiting in any other region (including regions enabled later) will not be rejected.']],
    ['a RAM entry added', { ram: {} }, { ram: { allow: [{ sourceAccount: B }] } }, [`ram.allow[0] weakens: New allow entry: resource-share invitations from account \`${B}\` will no longer be rejected.`]],
    ['a RAM resource-types narrowing removed', { ram: { allow: [{ sourceAccount: A, resourceTypes: ['ec2:Subnet'] }] } }, { ram: { allow: [{ sourceAccount: A }] } }, [`ram.allow[0] weakens: The entry for resource-share invitations from account \`${A}\` (only \`ec2:Subnet\`): its \`resource-types\` narrowing (\`ec2:Subnet\`) is removed: it now allows any resource.`]],
    ['a RAM resource type added to a narrowing', { ram: { allow: [{ sourceAccount: A, resourceTypes: ['ec2:Subnet'] }] } }, { ram: { allow: [{ sourceAccount: A, resourceTypes: ['ec2:Subnet', 'ec2:TransitGateway'] }] } }, [`ram.allow[0] weakens: The entry for resource-share invitations from account \`${A}\` (only \`ec2:Subnet\`): now also allows \`ec2:TransitGateway\`.`]],
    // Matching compares resource types ignoring case: a re-cased type is the same type.
    ['a RAM resource type re-cased', { ram: { allow: [{ sourceAccount: A, resourceTypes: ['ec2:Subnet'] }] } }, { ram: { allow: [{ sourceAccount: A, resourceTypes: ['ec2:subnet'] }] } }, []],
    ['a RAM entry narrowed', { ram: { allow: [{ sourceAccount: A }] } }, { ram: { allow: [{ sourceAccount: A, resourceTypes: ['ec2:Subnet'] }] } }, [`ram.allow[0] strengthens: The entry for resource-share invitations from account \`${A}\`: now narrowed to \`ec2:Subnet\`.`]],
    ['a RAM entry removed', { ram: { allow: [{ sourceAccount: A }] } }, { ram: {} }, [`ram.allow[0] strengthens: Allow entry removed: resource-share invitations from account \`${A}\` will be rejected unless another entry allows them.`]],

    // ---- security-services: absent = not governed; present = default deny for the services it names ----
    ['security services newly governed', {}, { securityServices: {} }, ['security-services strengthens: Security-service administrator invitations are now governed (`security-services`): every pending one is declined (no allow entry).']],
    ['security services no longer governed', { securityServices: { allow: [{ sourceAccount: A }, { sourceAccount: B }] } }, {}, ['security-services weakens: Security-service administrator invitations are no longer governed (`security-services` removed): none will be declined, whoever sends them.']],
    ['a security service no longer governed', { securityServices: {} }, { securityServices: { services: ['guardduty', 'securityhub', 'detective'] } }, ['security-services.services weakens: `macie` administrator invitations are no longer governed: they will not be declined.']],
    ['a security service now governed', { securityServices: { services: ['guardduty'] } }, { securityServices: { services: ['guardduty', 'securityhub'] } }, ['security-services.services strengthens: `security-hub` administrator invitations are now governed: declined unless an entry allows them.']],
    ['security regions: a region no longer swept', { securityServices: { regions: ['us-east-1', 'eu-west-1'] } }, { securityServices: { regions: ['us-east-1'] } }, ['security-services.regions weakens: Security-service region `eu-west-1` no longer swept: administrator invitations there will not be declined.']],
    // The subject is plural ("invitations are"), unlike IoT's and RAM's ("IoT is").
    ['security regions: all replaced by a list', { securityServices: {} }, { securityServices: { regions: ['us-east-1'] } }, ['security-services.regions weakens: Security-service invitations are no longer swept in every enabled region, only in `us-east-1`: invitations waiting in any other region (including regions enabled later) will not be declined.']],
    ['security regions: a list emptied', { securityServices: { regions: ['us-east-1'] } }, { securityServices: { regions: [] } }, ['security-services.regions weakens: Security-service invitations are no longer swept in any region (`security-services.regions: []`): no administrator invitation will be declined. They were swept in `us-east-1`.']],
    ['security regions: a list replaced by all', { securityServices: { regions: ['us-east-1'] } }, { securityServices: {} }, ['security-services.regions strengthens: Security-service invitations are now swept in every enabled region (they were `us-east-1`).']],
    ['a security entry added', { securityServices: {} }, { securityServices: { allow: [{ sourceAccount: A, services: ['detective'] }] } }, [`security-services.allow[0] weakens: New allow entry: administrator invitations from account \`${A}\` (only \`detective\`) will no longer be declined.`]],
    ['a security services narrowing removed', { securityServices: { allow: [{ sourceAccount: A, services: ['guardduty'] }] } }, { securityServices: { allow: [{ sourceAccount: A }] } }, [`security-services.allow[0] weakens: The entry for administrator invitations from account \`${A}\` (only \`guardduty\`): its \`services\` narrowing (\`guardduty\`) is removed: it now applies to every governed service.`]],
    ['a security entry narrowed', { securityServices: { allow: [{ sourceAccount: A, services: ['guardduty', 'securityhub'] }] } }, { securityServices: { allow: [{ sourceAccount: A, services: ['guardduty'] }] } }, [`security-services.allow[0] strengthens: The entry for administrator invitations from account \`${A}\` (only \`guardduty\` and \`security-hub\`): no longer applies to \`security-hub\`.`]],
  ])('%s', (_name, base, head, expected) => {
    expect(lines(base, head)).toEqual(expected);
  });

  it('targets set where there were none: with the credentials\' account known, weakens exactly when they leave it out', () => {
    const ME = '210987654321';
    const added = (t: Parameters<typeof targetsOf>[0]) => diffPolicies(buildPolicy({}), buildPolicy({ targets: targetsOf(t) }), NOW, { caller: ME }).map((c) => `${c.effect}: ${plainWords(c.words)}`);
    expect(added({ accounts: [A] })).toEqual([`weakens: \`targets\` set to accounts \`${A}\`; it was absent, which means only the account of the workflow's credentials is guarded. The account of the workflow's credentials, \`${ME}\`, is not among them: it is no longer guarded.`]);
    expect(added({ organization: true, exclude: [ME] })[0]).toMatch(/^weakens: .* except `210987654321`; .* is not among them: it is no longer guarded\.$/);
    expect(added({ accounts: [ME, A] })[0]).toMatch(/^strengthens: /);
    expect(added({ roles: [`arn:aws:iam::${ME}:role/guard`] })[0]).toMatch(/^strengthens: `targets` set to roles `arn:aws:iam::210987654321:role\/guard`;/);
    expect(added({ organization: true, exclude: [B] })[0]).toMatch(/^strengthens: /);
    // An accounts pin beside them: the organization's accounts outside it are not guarded, the credentials' own among them.
    const pinned = (pin: string[]) => diffPolicies(buildPolicy({}), buildPolicy({ accounts: pin, targets: targetsOf({ organization: true }) }), NOW, { caller: ME }).filter((c) => c.key === 'targets').map((c) => `${c.effect}: ${plainWords(c.words)}`);
    expect(pinned([A])).toEqual([`weakens: \`targets\` set to every ACTIVE account of the organization in the \`accounts\` pin; it was absent, which means only the account of the workflow's credentials is guarded. The account of the workflow's credentials, \`${ME}\`, is outside the \`accounts\` pin: it is no longer guarded.`]);
    expect(pinned([A, ME])[0]).toMatch(/^strengthens: /);
    // Without the caller, a pin may leave it out.
    const unknown = diffPolicies(buildPolicy({}), buildPolicy({ accounts: [A], targets: targetsOf({ organization: true }) }), NOW).filter((c) => c.key === 'targets');
    expect(unknown.map((c) => `${c.effect}: ${plainWords(c.words)}`)).toEqual([
      "weakens: `targets` set to every ACTIVE account of the organization in the `accounts` pin; it was absent, which means only the account of the workflow's credentials is guarded. The account of the workflow's credentials stays guarded only if they name it (in `accounts` or `roles`, or in the organization and not in `exclude`) and the `accounts` pin lists it.",
    ]);
  });

  it('the same policy: no change', () => {
    const policy = buildPolicy({ accounts: [A], regions: ['us-east-1'], iotAllow: [{ sourceAccount: A, until: '2027-01-31' }], organizationsAllow: [{ organization: ORG, handshakeTypes: ['INVITE'] }], maxActions: 3 });
    expect(diffPolicies(policy, policy, NOW)).toEqual([]);
  });

  it('every row of FIELD_ROWS has a case above (add one with the row)', () => {
    // The cases name the keys they change; a row nobody tests would go unnoticed.
    expect(FIELD_ROWS.map((r) => r.key)).toEqual(['accounts', 'targets', 'iot.regions', 'iot.reject-reason', 'iot.allow', 'organizations.handshake-types', 'organizations.allow', 'ram', 'ram.regions', 'ram.allow', 'security-services', 'security-services.services', 'security-services.regions', 'security-services.allow', 'limits.max-actions']);
  });

  it('changes point at their line: the PR’s for what it has, the base’s for what it removes', () => {
    const changes = diffPolicies(buildPolicy({ accounts: [A], iotAllow: [{ sourceAccount: A }, { sourceAccount: B }] }), buildPolicy({ iotAllow: [{ sourceAccount: B, until: '2027-01-01' }] }), NOW);
    expect(changes.map((c) => [c.key, c.at])).toEqual([
      ['accounts', { policy: 'base', line: 2 }],
      ['iot.allow[0]', { policy: 'head', line: 5 }],
      ['iot.allow[0]', { policy: 'base', line: 5 }],
    ]);
  });
});

describe('the PR of issue 9: regions [], handshake-types [], no accounts pin, budget 5 → 1000, nothing pending', () => {
  const base = buildPolicy({ accounts: ['210987654321'], regions: ['us-east-1', 'eu-west-1'], handshakeTypes: [...BOTH], iotAllow: [{ sourceAccount: A }], maxActions: 5 });
  const head = buildPolicy({ regions: [], handshakeTypes: [], iotAllow: [{ sourceAccount: A }], maxActions: 1000 });

  it('is four changes, every one weakening', () => {
    const changes = diffPolicies(base, head, NOW);
    expect(changes.map((c) => [c.key, c.effect])).toEqual([
      ['accounts', 'weakens'],
      ['iot.regions', 'weakens'],
      ['organizations.handshake-types', 'weakens'],
      ['limits.max-actions', 'weakens'],
    ]);
  });

  it('the comment’s first lines say what protection it removes (validation only: no account read at all)', () => {
    const view = { kind: 'validation-only' as const, head, base: { state: 'valid' as const, policy: base }, entries: diffAllowEntries(base, head), lapsingEntries: lapsingAllowEntries(head, new Date('2026-11-21T00:00:00Z')), why: 'no credentials', policyChanges: diffPolicies(base, head, NOW) };
    const body = renderPlanComment(view).split('\n');
    expect(body[1]).toMatch(/^## ⚠️ inbound-guard plan/);
    expect(body.slice(3, 5)).toEqual(['> [!CAUTION]', '> **This PR weakens the protection the policy gives (4 changes).** Whatever is pending today, once merged:']);
    expect(body[5]).toContain('now the policy may govern any account');
    expect(body[6]).toContain('IoT is no longer swept in any region');
    expect(body[7]).toContain('Handshakes are no longer governed at all');
    expect(body[8]).toContain('The budget is raised from <code>5</code> to <code>1000</code>');
  });
});

describe('patternCovers', () => {
  it.each([
    ['*@example.com', 'ops@example.com', true],
    ['ops@example.com', '*@example.com', false],
    ['*@*.example.com', '*@eu.example.com', true],
    ['*@eu.example.com', '*@*.example.com', false],
    ['*', '*@example.com', true],
    ['*@example.com', '*@example.org', false],
    ['OPS@EXAMPLE.COM', 'ops@example.com', true],
    ['a*b*c@x', 'a*c@x', false],
    ['a*c@x', 'a*b*c@x', true],
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(patternCovers(outer, inner)).toBe(expected);
  });

  it('a pattern that covers another matches every email the other matches', () => {
    fc.assert(
      fc.property(emailPatternArb, emailPatternArb, emailArb, (outer, inner, email) => {
        if (patternCovers(outer, inner) && matchesEmailPattern(inner, email)) expect(matchesEmailPattern(outer, email)).toBe(true);
        expect(patternCovers(inner, inner)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('every change that lets an item through is announced as weakening', () => {
  /** A PR: a few edits to the base's allow lists and governed types. */
  type Fragment = { iotAllow: IotEntryInput[]; organizationsAllow: OrganizationsEntryInput[]; handshakeTypes: readonly HandshakeType[] };
  type Edit = (f: Fragment) => Fragment;
  const omit = <T extends object>(value: T, key: keyof T): T => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)) as T;
  const at = <T>(list: readonly T[], n: number): number => (list.length === 0 ? -1 : n % list.length);
  const replace = <T>(list: readonly T[], i: number, value: T | undefined): T[] => list.flatMap((x, j) => (j !== i ? [x] : value === undefined ? [] : [value]));
  const editArb: fc.Arbitrary<Edit> = fc.oneof(
    fc.nat().map((n): Edit => (f) => ({ ...f, iotAllow: replace(f.iotAllow, at(f.iotAllow, n), undefined) })),
    iotEntryInputArb.map((e): Edit => (f) => ({ ...f, iotAllow: [...f.iotAllow, e] })),
    fc.tuple(fc.nat(), fc.option(untilArb, { nil: undefined })).map(([n, until]): Edit => (f) => {
      const i = at(f.iotAllow, n);
      const entry = f.iotAllow[i];
      return entry === undefined ? f : { ...f, iotAllow: replace(f.iotAllow, i, { sourceAccount: entry.sourceAccount, ...(until === undefined ? {} : { until }) }) };
    }),
    fc.nat().map((n): Edit => (f) => ({ ...f, organizationsAllow: replace(f.organizationsAllow, at(f.organizationsAllow, n), undefined) })),
    organizationsEntryInputArb.map((e): Edit => (f) => ({ ...f, organizationsAllow: [...f.organizationsAllow, e] })),
    fc
      .tuple(fc.nat(), fc.record({ managementEmail: emailPatternArb, until: untilArb, dropTypes: fc.boolean(), dropOrganization: fc.boolean() }, { requiredKeys: [] }))
      .map(([n, change]): Edit => (f) => {
        const i = at(f.organizationsAllow, n);
        const entry = f.organizationsAllow[i];
        if (entry === undefined) return f;
        const edited: OrganizationsEntryInput = { ...entry, ...(change.managementEmail === undefined ? {} : { managementEmail: change.managementEmail }), ...(change.until === undefined ? {} : { until: change.until }) };
        const typed = change.dropTypes ? omit(edited, 'handshakeTypes') : edited;
        const withoutOrganization = omit(typed, 'organization');
        const named = withoutOrganization.managementAccount !== undefined || withoutOrganization.managementEmail !== undefined;
        return { ...f, organizationsAllow: replace(f.organizationsAllow, i, change.dropOrganization && named ? withoutOrganization : typed) };
      }),
    governedTypesArb.map((types): Edit => (f) => ({ ...f, handshakeTypes: types })),
  );
  const baseArb = fc.record({ iotAllow: fc.array(iotEntryInputArb, { maxLength: 4 }), organizationsAllow: fc.array(organizationsEntryInputArb, { maxLength: 4 }), handshakeTypes: governedTypesArb });

  it('an item the base acts on and the PR lets through ⇒ at least one weakening change', () => {
    let letThrough = 0;
    fc.assert(
      fc.property(baseArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), itemsArb, nowArb, (baseFragment, edits, items, now) => {
        const base = buildPolicy(baseFragment);
        const head = buildPolicy(edits.reduce((f, edit) => edit(f), baseFragment as Fragment));
        const before = decide(items, base, now);
        const after = decide(items, head, now);
        const through = before.filter((d, i) => (d.action === 'reject' || d.action === 'decline') && after[i]?.action !== d.action);
        if (through.length === 0) return;
        letThrough++;
        expect(weakening(diffPolicies(base, head, now)).length, JSON.stringify({ base: baseFragment, through: through.map((d) => d.item) })).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
    // The generator must produce PRs that let something through, or the property says little.
    expect(letThrough).toBeGreaterThan(50);
  });
});

describe('newPermissions: the IAM actions a PR newly needs, for the services it newly reads', () => {
  const GUARDDUTY: NewPermissions = { services: ['guardduty'], read: ['guardduty:ListInvitations'], write: ['guardduty:DeclineInvitations'] };
  it.each<[string, PolicyFragment, PolicyFragment, NewPermissions | undefined]>([
    ['nothing new: none', { ram: {} }, { ram: { regions: ['eu-west-1'] } }, undefined],
    ['a section dropped: none', { ram: {} }, {}, undefined],
    [
      'a ram section added: RAM’s reads, ListPendingInvitationResources too (called only for a pending invitation), and its write',
      {},
      { ram: {} },
      { services: ['ram'], read: ['ram:GetResourceShareInvitations', 'ram:ListPendingInvitationResources'], write: ['ram:RejectResourceShareInvitation'] },
    ],
    [
      'a security-services section added: each service it names, in the order of the services',
      {},
      { securityServices: { services: ['detective', 'macie'] } },
      { services: ['macie', 'detective'], read: ['macie2:ListInvitations', 'detective:ListInvitations'], write: ['macie2:DeclineInvitations', 'detective:RejectInvitation'] },
    ],
    ['a service added to security-services.services: that one only', { securityServices: { services: ['macie'] } }, { securityServices: { services: ['macie', 'guardduty'] } }, GUARDDUTY],
    ['a section whose regions are [] reads nothing: giving it a region reads its services', { securityServices: { services: ['guardduty'], regions: [] } }, { securityServices: { services: ['guardduty'], regions: ['eu-west-1'] } }, GUARDDUTY],
    ['a section added with regions: [] reads nothing: none', {}, { securityServices: { regions: [] } }, undefined],
    ['handshake types where there were none', { handshakeTypes: [] }, { handshakeTypes: ['INVITE'] }, { services: ['organizations'], read: ['organizations:ListHandshakesForAccount'], write: ['organizations:DeclineHandshake'] }],
    [
      'IoT regions where there were none',
      { regions: [] },
      { regions: ['eu-west-1'] },
      { services: ['iot'], read: ['iot:ListCertificates', 'iot:DescribeCertificate', 'iot:ListOutgoingCertificates'], write: ['iot:RejectCertificateTransfer'] },
    ],
    ['every enabled region where every kind named its regions: the region list alone', { regions: ['us-east-1'] }, { regions: 'all' }, { services: [], read: ['account:ListRegions'], write: [] }],
    ['a service newly read in every enabled region: its actions, then the region list', { regions: ['us-east-1'] }, { regions: ['us-east-1'], securityServices: { services: ['guardduty'] } }, { ...GUARDDUTY, read: [...GUARDDUTY.read, 'account:ListRegions'] }],
  ])('%s', (_name, base, head, expected) => {
    expect(newPermissions(buildPolicy(base), buildPolicy(head))).toEqual(expected);
  });

  it('the regions input applies to both, as on the scheduled run: it reads no region list, and gives a section of no region its regions', () => {
    expect(newPermissions(buildPolicy({ regions: ['us-east-1'] }), buildPolicy({ regions: ['us-east-1'], ram: {} }), ['us-east-1'])?.read).toEqual(['ram:GetResourceShareInvitations', 'ram:ListPendingInvitationResources']);
    expect(newPermissions(buildPolicy({ securityServices: { services: ['guardduty'], regions: [] } }), buildPolicy({ securityServices: { services: ['guardduty'], regions: ['eu-west-1'] } }), ['us-east-1'])).toBeUndefined();
  });
});
