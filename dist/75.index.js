export const id = 75;
export const ids = [75];
export const modules = {

/***/ 8954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ allowedThrough),
/* harmony export */   I: () => (/* binding */ allowanceChain),
/* harmony export */   LD: () => (/* binding */ decide)
/* harmony export */ });
/* unused harmony exports decideItem, countByAction */
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _in_force_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(703);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7180);
/**
 * The decision engine: plain item records and a validated policy in, one decision per item out.
 * Pure — no I/O, no clock (`now` is passed in), and what the run knows beyond the policy (the
 * organization it guards) comes in as `context`. Each item is decided by its kind (src/kinds/),
 * default deny: an item is allowed only when an in-force allow entry of its kind matches it. Each
 * item is decided on its own, so the output is in input order and no decision depends on the others.
 */



function decide(items, policy, now, context = {}) {
    return items.map((item) => decideItem(item, policy, now, context));
}
/** The item's decision at `now`; an `allow` that ends carries `allowedThrough` (allowanceChain). */
function decideItem(item, policy, now, context = {}) {
    const decision = decideByKind(item, policy, now, context);
    if (decision.action !== 'allow')
        return decision;
    const through = allowedThrough(allowanceChain(decision, policy, now));
    return through === undefined ? decision : { ...decision, allowedThrough: through };
}
/**
 * The kind's own decision, without following the allowance (allowanceChain re-decides with this,
 * without a context: what the context decides — an INVITE from the guarded organization — does not
 * change with time and is decided before any allow entry is searched, so an item an entry allows
 * is one the context has no say in, at any instant).
 */
function decideByKind(item, policy, now, context = {}) {
    const kind = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(item);
    // Only reachable with data that bypassed the types; nothing can be done to it anyway.
    if (kind === undefined)
        return { item, action: 'ignore', reason: 'not a kind of item inbound-guard knows; left alone' };
    return kind.decide(item, policy, now, context);
}
/**
 * How long the policy keeps allowing an item it allows at `now` (its decision then: `decision`).
 * The allow list is searched in order, so the entry cited is the first that matches, `until` or
 * not: when it lapses, a later entry may still allow the item. So the item is decided again at the
 * first instant the cited entry no longer holds, and so on while the next entry has an `until` too.
 * Each step is a later instant and a different entry (the one matched at an instant is in force
 * then, so it lapses after it), so this ends within one step per entry. Pure. A decision that is
 * not an `allow` has no links and `ends`.
 */
function allowanceChain(decision, policy, now) {
    const links = [];
    let current = decision;
    let at = now;
    while (current.action === 'allow' && current.matched !== undefined) {
        const { until } = current.matched;
        if (until === undefined)
            return { links, ends: false };
        const lapse = (0,_in_force_js__WEBPACK_IMPORTED_MODULE_2__/* .lapsesAt */ .cS)(until);
        // A kind never matches an entry whose `until` is unreadable or has lapsed at `at` (isInForce).
        // Should one, no guess is made about when the allowance ends: as if it did not.
        if (lapse === undefined || !(lapse.getTime() > at.getTime()))
            return { links, ends: false };
        links.push({ matched: current.matched, until, lapsesAt: lapse });
        at = lapse;
        current = decideByKind(current.item, policy, at);
    }
    return { links, ends: true };
}
/** The last day (`YYYY-MM-DD`, UTC) an allowance holds: the last link's `until`; undefined when it does not end (or there is none). */
function allowedThrough(chain) {
    return chain.ends ? chain.links.at(-1)?.until : undefined;
}
/** How many decisions of each action, every key present (zero when none). */
function countByAction(decisions) {
    const counts = { allow: 0, reject: 0, decline: 0, ignore: 0 };
    for (const { action } of decisions)
        counts[action] += 1;
    return counts;
}


/***/ }),

/***/ 4466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mD: () => (/* binding */ ASSUME_ROLE_DENIED),
  k_: () => (/* binding */ assumeRoleHint),
  HC: () => (/* binding */ notAllowedHint),
  X2: () => (/* binding */ organizationListingHint),
  a: () => (/* binding */ refusedWriteHints),
  mu: () => (/* binding */ withHint)
});

// UNUSED EXPORTS: ORGANIZATION_DENIED, ORGANIZATION_NOT_IN_USE, guardRoleReadHint, ownCredentialsHint, trustedPrincipal

// EXTERNAL MODULE: ./lib/kinds/services.js
var services = __webpack_require__(9579);
;// CONCATENATED MODULE: ./lib/run/aws-refusal.js
/** The error names AWS gives a call that the credentials' IAM policy does not allow. */
const NOT_ALLOWED_NAMES = ['AccessDeniedException', 'AccessDenied', 'UnauthorizedException', 'UnauthorizedOperation'];
/** Whether AWS refused `error` as a call the IAM policy of whoever made it does not allow. */
function notAllowed(error) {
    return error.code !== undefined && NOT_ALLOWED_NAMES.includes(error.code);
}
/**
 * How the read and write hints name them: the caller (the workflow's credentials, or a guard role)
 * and what it reads or writes are in one account, so both the SCP (the caller's side) and the RCP
 * (the resource's) are its organization's.
 */
const IN_THE_ACCOUNT = {
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
const DENYING_POLICIES = ['own', 'service control policy', 'resource control policy', 'permissions boundary', 'session policy', 'resource-based policy', 'VPC endpoint policy'];
/**
 * The Refusal AWS's access-denied `message` describes (case-insensitive; AWS's text, matched, never
 * repeated), naming another policy as `names` says (the read and write hints' words by default).
 */
function refusalOf(message, names = IN_THE_ACCOUNT) {
    const text = message.toLowerCase();
    for (const policy of DENYING_POLICIES) {
        const name = (policy === 'own' ? 'identity-based policy' : policy).toLowerCase();
        const explicit = text.includes(`with an explicit deny in a ${name}`) || text.includes(`with an explicit deny in an ${name}`);
        const implicit = text.includes(`because no ${name} allows`);
        if (!explicit && !implicit)
            continue;
        if (policy === 'own')
            return explicit ? { by: 'denied', own: true } : { by: 'missing' };
        return { by: 'elsewhere', policy: names[policy], explicit };
    }
    return text.includes('explicit deny') ? { by: 'denied', own: false } : { by: 'missing' };
}
/** Where an explicit deny AWS does not place may be, for a call whose caller's policy is `whose`. */
function deniesAnywhere(whose) {
    return `${whose} own, an organization's SCP, a permissions boundary or a session policy`;
}
/**
 * Why a call was refused, in a hint's words, for `whose` ("the role's", "their") policy, by what
 * AWS's message says refused it (refusalOf): the permissions it `needs` when they are likely
 * missing; otherwise the policy to change, since more permissions in iam/ do not lift a deny or
 * another policy's limit. `calls`: what inbound-guard makes there ("read calls"). `denies`: where
 * a deny AWS does not place may be (deniesAnywhere by default).
 */
function refusedBecause(refusal, whose, needs, calls, denies = deniesAnywhere(whose)) {
    if (refusal.by === 'missing')
        return `${whose} policy needs ${needs}`;
    if (refusal.by === 'elsewhere') {
        const why = refusal.explicit ? `an explicit deny in a ${refusal.policy} refused it (not ${whose} own policy: more permissions there do not lift it)` : `no ${refusal.policy} allows it (${whose} own policy is not what is missing)`;
        return `${why}: allow inbound-guard's ${calls} in that policy`;
    }
    if (refusal.own)
        return `an explicit deny in ${whose} own policy refused it, which more permissions do not lift: lift that deny for inbound-guard's ${calls} (they are in ${needs})`;
    return `an explicit deny refused it (AWS does not say in which policy: ${denies}), which more permissions do not lift: lift that deny for inbound-guard's ${calls}`;
}

// EXTERNAL MODULE: ./lib/kinds/registry.js + 20 modules
var registry = __webpack_require__(8017);
;// CONCATENATED MODULE: ./lib/run/region-leave-out.js
/**
 * How a hint ends (run/targets-hint.ts): the other way out of a refused part, leaving the account
 * out of `targets` (LEAVE_OUT), and for a part of one region a deny or another policy refused, the
 * region out of the regions read, where the `regions` input or the kind's `regions` key says
 * (orLeaveRegionOut). Pure; no SDK.
 */


/** How to stop guarding an account, by the part of `targets` that named it. */
const LEAVE_OUT = {
    organization: (account) => `add ${account} to targets.exclude`,
    accounts: (account) => `remove ${account} from targets.accounts`,
    roles: (account) => `remove ${account} from targets.roles`,
    credentials: (account) => `add ${account} to targets.exclude`,
};
/**
 * The policy key that lists the regions a service is read in: its kind's section's `regions`
 * (`iot.regions`, `security-services.regions` …); undefined for a global kind's (handshakes).
 */
function regionsKey(service) {
    const kind = (0,registry/* kindNamed */.UL)(services/* KIND_OF_SERVICE */.ZQ[service]);
    return kind.scope === 'regional' ? `${kind.section}.regions` : undefined;
}
/** Whether a service's kind reads other services too (security-services.regions is every security service's). */
function sharesRegions(service) {
    return (0,services/* servicesOfKind */.md)(services/* KIND_OF_SERVICE */.ZQ[service]).length > 1;
}
/** Every regional kind's regions key, for a part whose service is not known. */
function everyRegionsKey() {
    const keys = [...new Set(services/* SERVICE_NAMES */.Z1.map(regionsKey).filter((key) => key !== undefined))];
    return keys.length <= 1 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} or ${keys.at(-1) ?? ''}`;
}
/**
 * `, or leave ap-east-1 out of the regions read: …`: where, and what else it changes. The
 * `regions` input, when given (`regionsInput`), overrides every kind's regions, so it is the one
 * to change: remove the region from its list, or under `all` list the others. Otherwise the kind's
 * `regions` key (regionsKey; security-services.regions is every security service's). Either
 * applies to every guarded account. The cost under `all` (a key's default): leaving one out means
 * listing every other, so regions enabled later are not read.
 */
function orLeaveRegionOut(denied, regionsInput) {
    if (denied === undefined)
        return '';
    const leave = `, or leave ${denied.region} out of the regions read: `;
    const later = '; regions enabled later are then not read';
    if (regionsInput !== undefined) {
        const input = "the regions input (it sets every kind's regions, in every guarded account)";
        return regionsInput === 'all' ? `${leave}list the others in ${input}${later}` : `${leave}remove it from ${input}`;
    }
    const service = denied.service !== undefined && services/* SERVICE_NAMES */.Z1.includes(denied.service) ? denied.service : undefined;
    const key = service === undefined ? undefined : regionsKey(service);
    const where = service === undefined || key === undefined
        ? `its kind's regions (${everyRegionsKey()}; each applies to every guarded account)`
        : sharesRegions(service)
            ? `${key} (it applies to every guarded account, and to every security service read, not only ${services/* SERVICE_LABEL */.fX[service].short})`
            : `${key} (it applies to every guarded account)`;
    return `${leave}list the others in ${where}${later}`;
}
/**
 * How the hints end: `, or <how to stop guarding the account>` (LEAVE_OUT). `denied`: a part of one
 * region, which leaving out of the regions read is a way too (an organization's region-deny policy,
 * say), where `regionsInput` (the `regions` input, when given) or the kind's key says (orLeaveRegionOut).
 * For a plan's account only the base branch's policy guards (Target.readFor), neither: the PR's
 * policy leaves it out already, and the hint says so.
 */
function orLeaveOut(target, denied, regionsInput) {
    if (target.readFor === 'base')
        return "; only the base branch's policy guards this account (the PR's policy leaves it out already)";
    return `, or ${LEAVE_OUT[target.via](target.account)}${orLeaveRegionOut(denied, regionsInput)}`;
}
/** The region a hint may advise leaving out: a part's region, when a deny or another policy refused it (an organization's region-deny SCP, say); not when the permissions are missing. */
function deniedRegion(refusal, error) {
    return refusal.by === 'missing' || error.region === undefined ? undefined : { region: error.region, service: error.service };
}

;// CONCATENATED MODULE: ./lib/run/targets-hint.js



/** ListAccounts' answer to a member account, or to a management account whose credentials lack organizations:ListAccounts. */
const ORGANIZATION_DENIED = 'AccessDeniedException';
/** ListAccounts' answer to an account that belongs to no organization. */
const ORGANIZATION_NOT_IN_USE = 'AWSOrganizationsNotInUseException';
/** STS AssumeRole's answer when the role is missing, does not trust the caller, or the caller may not assume it. */
const ASSUME_ROLE_DENIED = 'AccessDenied';
/** Who the credentials are, as the hints say it: "account 111122223333 (arn:aws:sts::…)". */
function whoAmI(caller) {
    return `account ${caller.account}${caller.arn === '' ? '' : ` (${caller.arn})`}`;
}
/** What lists an organization, and the way out that needs no Organizations at all. */
const WHO_LISTS = "only the organization's management account or a delegated administrator of AWS Organizations may list its accounts, with organizations:ListAccounts allowed: " +
    'run with the orchestrator role in one of those accounts (iam/orchestrator.json; README, "Guard an organization"), or name the accounts in targets.accounts instead';
/**
 * The hint for the organization's account list (ListAccounts) refused with `code`, for
 * `targets.organization: true`, after `pagesListed` of its pages were listed; undefined for any
 * other error (a throttle, a network failure: AWS's text says enough).
 */
function organizationListingHint(code, caller, pagesListed = 0) {
    // The same credentials listed the first pages: they may list, and the refusal came midway.
    if (code === ORGANIZATION_DENIED && pagesListed > 0)
        return `These credentials are ${whoAmI(caller)}; they listed the organization's first ${pagesListed === 1 ? 'page' : `${pagesListed} pages`} of accounts, and ListAccounts was refused midway: their policies, or a policy over them (a service control policy, a permissions boundary), most likely changed during the run. Check that organizations:ListAccounts is still allowed to them, and run again.`;
    if (code === ORGANIZATION_DENIED)
        return `These credentials are ${whoAmI(caller)}; ${WHO_LISTS}.`;
    if (code === ORGANIZATION_NOT_IN_USE)
        return `These credentials are ${whoAmI(caller)}, which belongs to no organization; ${WHO_LISTS}.`;
    return undefined;
}
/**
 * The principal a trust policy names for `arn`: for an assumed role's session
 * (`arn:<partition>:sts::<account>:assumed-role/<role>/<session>`) its role's ARN
 * (`arn:<partition>:iam::<account>:role/<role>`: the session name changes with each run, and a
 * trust policy names the role; a role's path is not in the session ARN, so none is given); any
 * other ARN (a user's) as it is; '' when unknown.
 */
function trustedPrincipal(arn) {
    const session = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(arn);
    return session === null ? arn : `arn:${session[1]}:iam::${session[2]}:role/${session[3]}`;
}
/**
 * Where an explicit deny AWS does not place (an older message) may be for AssumeRole: on the
 * caller's side, as for any call (deniesAnywhere), or on the guard role's, its trust policy or an
 * RCP over its account.
 */
const ASSUME_ROLE_DENIES = "their own, their organization's SCP, a permissions boundary or a session policy, or the guard role's trust policy or its organization's RCP";
/**
 * The hint for a guard role AssumeRole refused with `error.code`; undefined for any other error.
 * AWS answers AccessDenied alike for a role that does not exist, one whose trust policy does not
 * name the caller, and a caller whose own policy does not allow sts:AssumeRole on it: the hint
 * names all three, with the principal the trust policy must accept (the role behind the session,
 * not the session: trustedPrincipal). When AWS's message says a deny or another policy refused it
 * (refusalOf), the hint names that policy instead, on the side it is (assumeRolePolicies), and a
 * deny it does not place, every policy on either side it may be in (ASSUME_ROLE_DENIES): more
 * permissions do not lift it.
 */
function assumeRoleHint(error, target, caller) {
    if (error.code !== ASSUME_ROLE_DENIED || target.roleArn === undefined)
        return undefined;
    const principal = trustedPrincipal(caller.arn);
    // A session ARN does not carry its role's path: the ARN given lacks it too when the role has one.
    const trusted = principal === '' ? `account ${caller.account}` : principal === caller.arn ? principal : `${principal}, with the role's path if it has one`;
    const refusal = refusalOf(error.message, assumeRolePolicies(target.account, caller, trusted));
    if (refusal.by !== 'missing') {
        return `AssumeRole on the guard role ${target.roleArn} was refused to these credentials (${whoAmI(caller)}): ${refusedBecause(refusal, 'their', 'iam/orchestrator.json', calls('sts:AssumeRole'), ASSUME_ROLE_DENIES)}${orLeaveOut(target)}.`;
    }
    return (`The guard role ${target.roleArn} is missing, does not trust these credentials (${trusted}), or their policy does not allow sts:AssumeRole on it (iam/orchestrator.json): ` +
        `deploy it in account ${target.account}, trusted by the workflow's role, with the permissions its mode needs (iam/README.md; README, "Guard an organization")${orLeaveOut(target)}.`);
}
/**
 * How assumeRoleHint names the other policies. The workflow's credentials call AssumeRole, so an
 * SCP, a permissions boundary, a session policy or a VPC endpoint policy that refused it is on
 * their side (the orchestrator's account and its organization), not the guard role's; an RCP, or a
 * resource-based policy (the role's trust policy, which must trust `trusted`), is on the role's
 * side (`account`).
 */
function assumeRolePolicies(account, caller, trusted) {
    const theirs = caller.account === account ? "these credentials' account" : `these credentials' account, not the guard role's ${account}`;
    return {
        'service control policy': `service control policy (SCP) of account ${caller.account}'s organization (${theirs})`,
        'resource control policy': `resource control policy (RCP) of account ${account}'s organization (the guard role's account)`,
        'permissions boundary': 'permissions boundary of the IAM role or user behind these credentials',
        'session policy': "session policy of these credentials' session (configure-aws-credentials' inline-session-policy or managed-session-policies, say)",
        'resource-based policy': `trust policy of the guard role (it must trust ${trusted})`,
        'VPC endpoint policy': 'VPC endpoint policy of the STS endpoint these credentials called',
    };
}
/** What a refused read asks for, in the hints' words: the mode's document in iam/ (read.json ⊆ enforce.json). */
function guardPermissions(mode) {
    if (mode === undefined)
        return "this mode's guard permissions (iam/read.json for dry-run and plan, iam/enforce.json for enforce; iam/README.md)";
    return mode === 'enforce' ? "enforce's guard permissions (iam/enforce.json; iam/README.md)" : `a ${mode}'s read permissions (iam/read.json; iam/README.md)`;
}
/**
 * What a refused call asks for: the mode's document; with the IAM action it needs (a write's,
 * WRITE_PERMISSION; a read's when the error says which call it was, SweepError.action), that
 * action, one of that document's.
 */
function needs(mode, action) {
    return action === undefined ? guardPermissions(mode) : `${action}, one of ${guardPermissions(mode)}`;
}
/** What inbound-guard makes there, in a hint's words: its read calls, or a write's action. */
function calls(write) {
    return write === undefined ? 'read calls' : `${write} calls`;
}
/**
 * The hint for a part of the credentials' own account (a target `via: 'credentials'`) that AWS
 * refused as not allowed: that account is read with the workflow's own credentials, never through a
 * guard role (resolveTargets), so an orchestrator given only iam/orchestrator.json cannot read it.
 * `withTargets`: whether the policy names targets (then leaving the account out is a way too).
 * `regionsInput`: the `regions` input, when given (where to leave a region out: orLeaveRegionOut).
 * `write`: for an enforce run's write refused, the IAM action it needs (refusedWriteHints); for a
 * read, the error's own `action` (the call refused) is named when known.
 * Undefined for any other error, or another target.
 */
function ownCredentialsHint(error, target, caller, withTargets, mode, regionsInput, write) {
    if (target.via !== 'credentials' || !notAllowed(error))
        return undefined;
    const refusal = refusalOf(error.message);
    const why = refusedBecause(refusal, 'their', needs(mode, write ?? error.action), calls(write));
    const region = deniedRegion(refusal, error);
    return withTargets
        ? `These credentials are ${whoAmI(caller)}: that account is ${write === undefined ? 'read' : 'read and written'} with them, not through a guard role${refusal.by === 'missing' ? ', so' : ';'} ${why}${orLeaveOut(target, region, regionsInput)}.`
        : `These credentials are ${whoAmI(caller)}; ${why}${orLeaveRegionOut(region, regionsInput)}.`;
}
/**
 * The hint for a part of an account reached through a guard role that AWS refused as not allowed:
 * the role was assumed (its refusal is assumeRoleHint's), so it is there and trusts the workflow,
 * but its own policy lacks the call. `roleNameInput`: the `role-name` input, when given: the role
 * it names (a plan's read-only role, say) replaces the policy's, and is the one to give the
 * permissions. `regionsInput`: the `regions` input, when given (where to leave a region out:
 * orLeaveRegionOut). `write`: for an enforce run's write refused, the IAM action it needs
 * (refusedWriteHints); for a read, the error's own `action` (the call refused) is named when known.
 * Undefined for any other error, or a target read with the workflow's own credentials.
 */
function guardRoleReadHint(error, target, mode, roleNameInput, regionsInput, write) {
    if (target.roleArn === undefined || !notAllowed(error))
        return undefined;
    // A targets.roles ARN is assumed as written; every other role is named by role-name, the input's when given.
    const role = roleNameInput !== undefined && target.via !== 'roles' ? `The guard role ${target.roleArn} (named by the role-name input)` : `The guard role ${target.roleArn}`;
    const refusal = refusalOf(error.message);
    // Worded for one call or many: a write's hint is said once for every write refused alike ("6 writes were refused as not allowed. …": refusalFailures),
    // a read's once for the parts refused alike in several regions of the account ("Could not read IoT in 16 regions of …": alikeByRegion).
    const refused = `its ${calls(write)} were refused`;
    return `${role} was assumed in account ${target.account}, but ${refused}: ${refusedBecause(refusal, "the role's", needs(mode, write ?? error.action), calls(write))}${orLeaveOut(target, deniedRegion(refusal, error), regionsInput)}.`;
}
/**
 * The hint for a call of `target`'s account AWS refused as not allowed, by who made it: the
 * workflow's own credentials in their own account (ownCredentialsHint), else the guard role
 * (guardRoleReadHint). `write`: for an enforce run's write, the IAM action it needs. Undefined for
 * any other error.
 */
function notAllowedHint(error, target, context, write) {
    const { caller, withTargets, mode, roleNameInput, regionsInput } = context;
    return ownCredentialsHint(error, target, caller, withTargets, mode, regionsInput, write) ?? guardRoleReadHint(error, target, mode, roleNameInput, regionsInput, write);
}
/**
 * The hint for an enforce run's write AWS refused with `code` as not allowed, as a refused read's
 * (ownCredentialsHint, guardRoleReadHint): who made it (the workflow's own credentials in their own
 * account, or the guard role of the write's account, assumed) and the IAM action it needs
 * (WRITE_PERMISSION), one of iam/enforce.json's, unless AWS's message says another policy or a deny refused it (refusalOf). Most often the read-only role (iam/read.json) was
 * used for enforce, or iam/enforce.json was not applied to the guard role: every write then fails
 * alike. Undefined for any other error (throttled, a server or network error, a race: AWS's text
 * says enough), or an account not guarded.
 */
function refusedWriteHints(context) {
    const targets = new Map(context.targets.map((target) => [target.account, target]));
    return (write, error) => {
        const target = targets.get(write.account);
        if (target === undefined)
            return undefined;
        return notAllowedHint({ ...error, region: write.region, service: write.service }, target, { ...context, mode: 'enforce' }, services/* WRITE_PERMISSION */.EU[write.service]);
    };
}
/** `error` with `hint` when there is one; otherwise `error` unchanged. */
function withHint(error, hint) {
    return hint === undefined ? error : { ...error, hint };
}


/***/ })

};
