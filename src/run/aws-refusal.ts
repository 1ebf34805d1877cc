/**
 * What refused a call, as AWS's access-denied message says it: whether the error is one the
 * caller's IAM policy does not allow (notAllowed), and which policy refused it (refusalOf: the
 * caller's own, another such as an organization's SCP, or a deny AWS does not place), said in a
 * hint's words (refusedBecause). Pure text classification of AWS's message, which is matched,
 * never repeated; no SDK. The hints that use it are run/targets-hint.ts's.
 */
import type { SweepError } from '../sweep/events.js';

/** The error names AWS gives a call that the credentials' IAM policy does not allow. */
export const NOT_ALLOWED_NAMES: readonly string[] = ['AccessDeniedException', 'AccessDenied', 'UnauthorizedException', 'UnauthorizedOperation'];

/**
 * What a hint reads of the refused call: AWS's code and message, its region, the service when known
 * (for where to leave the region out), and a read's IAM action when known (the permission it lacks).
 */
export type Refused = Pick<SweepError, 'code' | 'message' | 'region'> & { readonly service?: SweepError['service'] | undefined; readonly action?: SweepError['action'] };

/** Whether AWS refused `error` as a call the IAM policy of whoever made it does not allow. */
export function notAllowed(error: Refused): boolean {
  return error.code !== undefined && NOT_ALLOWED_NAMES.includes(error.code);
}

/** The policies other than the caller's own (identity-based) one that AWS's access-denied messages name. */
export type OtherPolicy = 'service control policy' | 'resource control policy' | 'permissions boundary' | 'session policy' | 'resource-based policy' | 'VPC endpoint policy';

/** How a hint names each OtherPolicy: where it is, for the call refused. */
export type PolicyNames = Readonly<Record<OtherPolicy, string>>;

/**
 * How the read and write hints name them: the caller (the workflow's credentials, or a guard role)
 * and what it reads or writes are in one account, so both the SCP (the caller's side) and the RCP
 * (the resource's) are its organization's.
 */
const IN_THE_ACCOUNT: PolicyNames = {
  'service control policy': "service control policy (SCP) of the account's organization",
  'resource control policy': "resource control policy (RCP) of the account's organization",
  'permissions boundary': 'permissions boundary',
  'session policy': 'session policy',
  'resource-based policy': 'resource-based policy',
  'VPC endpoint policy': 'VPC endpoint policy',
};

/**
 * The policy types AWS's access-denied messages name (since 2021: "… with an explicit deny in a
 * service control policy", "… because no identity-based policy allows the iot:ListCertificates
 * action"; since 2025 the policy's ARN may follow), or `own` for the caller's own (identity-based)
 * policy, the one iam/read.json and iam/enforce.json are for.
 */
const DENYING_POLICIES: readonly (OtherPolicy | 'own')[] = ['own', 'service control policy', 'resource control policy', 'permissions boundary', 'session policy', 'resource-based policy', 'VPC endpoint policy'];

/**
 * What refused a call, as AWS's message says it: `elsewhere`, in our words, a policy other than
 * the caller's own (an organization's SCP, a permissions boundary …), which more permissions in
 * iam/ do not lift, with `explicit` when a Deny in it did (else it allows no such call); `denied`,
 * an explicit deny AWS does not place (an older message), or one in the caller's own policy (`own`);
 * `missing`, the caller's own policy allows no such call, or the message does not say (the most
 * likely cause: the permissions are missing).
 */
export type Refusal =
  | { readonly by: 'elsewhere'; readonly policy: string; readonly explicit: boolean }
  | { readonly by: 'denied'; readonly own: boolean }
  | { readonly by: 'missing' };

/**
 * The Refusal AWS's access-denied `message` describes (case-insensitive; AWS's text, matched, never
 * repeated), naming another policy as `names` says (the read and write hints' words by default).
 */
export function refusalOf(message: string, names: PolicyNames = IN_THE_ACCOUNT): Refusal {
  const text = message.toLowerCase();
  for (const policy of DENYING_POLICIES) {
    const name = (policy === 'own' ? 'identity-based policy' : policy).toLowerCase();
    const explicit = text.includes(`with an explicit deny in a ${name}`) || text.includes(`with an explicit deny in an ${name}`);
    const implicit = text.includes(`because no ${name} allows`);
    if (!explicit && !implicit) continue;
    if (policy === 'own') return explicit ? { by: 'denied', own: true } : { by: 'missing' };
    return { by: 'elsewhere', policy: names[policy], explicit };
  }
  return text.includes('explicit deny') ? { by: 'denied', own: false } : { by: 'missing' };
}

/** Where an explicit deny AWS does not place may be, for a call whose caller's policy is `whose`. */
function deniesAnywhere(whose: string): string {
  return `${whose} own, an organization's SCP, a permissions boundary or a session policy`;
}

/**
 * Why a call was refused, in a hint's words, for `whose` ("the role's", "their") policy, by what
 * AWS's message says refused it (refusalOf): the permissions it `needs` when they are likely
 * missing; otherwise the policy to change, since more permissions in iam/ do not lift a deny or
 * another policy's limit. `calls`: what inbound-guard makes there ("read calls"). `denies`: where
 * a deny AWS does not place may be (deniesAnywhere by default).
 */
export function refusedBecause(refusal: Refusal, whose: string, needs: string, calls: string, denies = deniesAnywhere(whose)): string {
  if (refusal.by === 'missing') return `${whose} policy needs ${needs}`;
  if (refusal.by === 'elsewhere') {
    const why = refusal.explicit ? `an explicit deny in a ${refusal.policy} refused it (not ${whose} own policy: more permissions there do not lift it)` : `no ${refusal.policy} allows it (${whose} own policy is not what is missing)`;
    return `${why}: allow inbound-guard's ${calls} in that policy`;
  }
  if (refusal.own) return `an explicit deny in ${whose} own policy refused it, which more permissions do not lift: lift that deny for inbound-guard's ${calls} (they are in ${needs})`;
  return `an explicit deny refused it (AWS does not say in which policy: ${denies}), which more permissions do not lift: lift that deny for inbound-guard's ${calls}`;
}
