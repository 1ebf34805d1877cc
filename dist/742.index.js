export const id = 742;
export const ids = [742];
export const modules = {

/***/ 186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeShardReports: () => (/* binding */ mergeShardReports)
/* harmony export */ });
/* unused harmony exports MISSING_SHARD_CODE, missingShardError, compareItems */
/* harmony import */ var _model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7286);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _sweep_shard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72);
/* harmony import */ var _run_inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(444);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1091);
/* harmony import */ var _model_unique_by_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3122);
/**
 * mode merge: the shard reports of one matrix run, combined into the report one job would have
 * written. Pure. Refuses a set that is not one run's shards: a duplicate would double-count, and a
 * shard run under another policy or version is not the same run. A shard whose report is missing
 * (its job failed before uploading) does not stop the merge: what the others did, writes included,
 * must still be reported. Its units are a gap, one error (service `shard`) that fails the step.
 */






/** `errors[].code` of a shard whose report is missing, to group by. */
const MISSING_SHARD_CODE = 'ShardReportMissing';
/** The error a shard whose report the merge did not find leaves: all it owns is a gap. */
function missingShardError(shard) {
    const name = `${shard.index}/${shard.count}`;
    return {
        service: 'shard',
        shard,
        message: `Shard ${name}'s report is missing: the accounts and regions it owns were not reported (its job may have failed before uploading; re-run it, then re-run this merge)`,
        code: MISSING_SHARD_CODE,
    };
}
function mergeShardReports(files) {
    if (files.length === 0)
        throw new Error('No shard report was found: check that every shard job uploaded its report-file as an artifact and that the merge job downloaded them into the reports folder.');
    const first = files[0];
    const problems = [];
    const byIndex = new Map();
    for (const { file, report } of files) {
        if (report.shard === undefined) {
            problems.push(`${file} is not a shard report (the run had no shard input).`);
            continue;
        }
        byIndex.set(report.shard.index, [...(byIndex.get(report.shard.index) ?? []), file]);
        if (report.shard.count !== first.report.shard?.count)
            problems.push(`${file} is shard ${report.shard.index}/${report.shard.count}, but ${first.file} is one of ${first.report.shard?.count ?? 'no'} shards.`);
        if (report.policy.digest !== first.report.policy.digest) {
            problems.push(`${file} was run with another policy (sha256 ${report.policy.digest.slice(0, 12)}…, ${first.file} has ${first.report.policy.digest.slice(0, 12)}…): the shards are not one run.`);
        }
        if (report.mode !== first.report.mode)
            problems.push(`${file} ran in ${report.mode}, ${first.file} in ${first.report.mode}.`);
        // One run has one budget: shards given different max-actions would add up to a limit no one set.
        const runLimit = (r) => `max-actions ${r.budget.share?.runLimit ?? r.budget.limit} (from ${r.budget.source === 'input' ? 'the max-actions input' : r.budget.source === 'policy' ? 'the policy' : 'the default'})`;
        if (runLimit(report) !== runLimit(first.report))
            problems.push(`${file} ran with ${runLimit(report)}, ${first.file} with ${runLimit(first.report)}: give every shard job the same max-actions.`);
        // Every item must be of a unit its shard owns: a report relabelled as another shard (or a matrix
        // that ran one shard twice) would otherwise count some items twice and others never.
        const foreign = report.items.filter((i) => !(0,_sweep_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .ownsUnit */ .Ic)(report.shard, (0,_sweep_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .unitKey */ .g2)(i.item.account, (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .itemRegion */ .Qc)(i.item) ?? 'global')));
        if (foreign.length > 0)
            problems.push(`${file} says it is shard ${report.shard.index}/${report.shard.count}, but ${foreign.length} of its items belong to another shard: it is not that shard's report.`);
        if (report.toolVersion !== first.report.toolVersion)
            problems.push(`${file} was written by inbound-guard ${report.toolVersion}, ${first.file} by ${first.report.toolVersion}.`);
        // Re-running failed shards keeps the run id (a new attempt); another id is another run's leftover.
        if (report.run !== undefined && first.report.run !== undefined && report.run.id !== first.report.run.id) {
            problems.push(`${file} comes from workflow run ${report.run.id}, ${first.file} from run ${first.report.run.id}: download only this run's shard reports.`);
        }
    }
    const count = first.report.shard?.count ?? 0;
    for (const [index, where] of byIndex) {
        if (where.length > 1)
            problems.push(`Shard ${index}/${count} is there ${where.length} times (${where.join(', ')}): keep one report per shard.`);
    }
    if (problems.length > 0)
        throw new Error(`The shard reports cannot be merged:\n- ${problems.join('\n- ')}`);
    // The rest are one run's, each once: merged, with each shard not there a gap (no file at all stopped above).
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    const missingShards = missing.map((index) => ({ index, count }));
    const reports = [...files].map((f) => f.report).sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
    const shardErrors = (0,_model_unique_by_js__WEBPACK_IMPORTED_MODULE_4__/* .uniqueBy */ .p)(reports.flatMap((r) => r.errors), (e) => JSON.stringify([e.service, e.account, e.region, e.message]));
    // Accounts some shard could not read at all: its role not assumed, or its region list not read.
    const blind = new Set(shardErrors.flatMap((e) => (e.account !== undefined && (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .blindsAccount */ .S0)(e) ? [e.account] : [])));
    const items = reports.flatMap((r) => r.items).sort(compareItems);
    const { accounts, gaps } = closeGaps(mergeAccounts(reports.flatMap((r) => r.accounts), items, missingShards), blind, missingShards);
    const errors = [...missingShards.map(missingShardError), ...shardErrors, ...gaps];
    const skippedAccounts = (0,_model_unique_by_js__WEBPACK_IMPORTED_MODULE_4__/* .uniqueBy */ .p)(reports.flatMap((r) => r.skippedAccounts), (s) => s.account);
    const budget = mergeBudgets(reports);
    // From the items, not the reports' own sums: the merged counts must agree with what is listed.
    const counts = (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .countReportItems */ .CF)(items);
    const report = {
        reportVersion: first.report.reportVersion,
        toolVersion: first.report.toolVersion,
        generatedAt: reports.map((r) => r.generatedAt).sort().at(-1) ?? first.report.generatedAt,
        mode: first.report.mode,
        callerAccount: first.report.callerAccount,
        policy: first.report.policy,
        accounts,
        skippedAccounts: [...skippedAccounts].sort((a, b) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_5__/* .compareCodeUnits */ .U)(a.account, b.account)),
        budget,
        counts,
        breakdown: (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .countBreakdown */ .B7)(items),
        kinds: Object.fromEntries(_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd.map((kind) => [kind, mergeKindReports(reports.map((r) => r.kinds?.[kind]), items.filter((i) => i.item.kind === kind))])),
        errors,
        items,
        failures: (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .stepFailures */ .SC)({ budget, errors, counts, mode: first.report.mode, skippedAccounts }),
    };
    return { report, shards: count, missing };
}
/** A kind over the shards: governed if any shard says so; its counts from its merged items (as the run's). */
function mergeKindReports(parts, items) {
    return { governed: parts.some((p) => p?.governed === true), counts: (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .countReportItems */ .CF)(items) };
}
/**
 * A kind's regions of one account over the shards: each shard read its own regions; the skipped
 * ones are the same for all. A region a shard left to the others that none of them read, failed or
 * skipped counts as failed: it was not checked. Owned by a shard whose report is missing, it is that
 * shard's gap (`notReported`); else the shards saw different accounts or regions (`readByNoShard`).
 */
function mergeRegions(all, account, missing) {
    const base = all[0];
    const swept = sortedUnion(all.flatMap((s) => s.swept));
    const skipped = (0,_model_unique_by_js__WEBPACK_IMPORTED_MODULE_4__/* .uniqueBy */ .p)(all.flatMap((s) => s.skipped), (s) => `${s.region}\n${s.reason}`).sort((a, b) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_5__/* .compareCodeUnits */ .U)(a.region, b.region));
    const seen = new Set([...swept, ...skipped.map((s) => s.region), ...all.flatMap((s) => s.failed)]);
    const unread = sortedUnion(all.flatMap((s) => s.otherShards ?? []).filter((region) => !seen.has(region)));
    const notReported = unread.filter((region) => ownedByMissing(missing, account, region));
    const readByNoShard = unread.filter((region) => !notReported.includes(region));
    return {
        selection: base.selection,
        swept,
        skipped,
        failed: sortedUnion([...all.flatMap((s) => s.failed), ...unread]),
        ...(readByNoShard.length > 0 ? { readByNoShard } : {}),
        ...(notReported.length > 0 ? { notReported } : {}),
    };
}
/** Whether a unit of `account` (a region, or `global`) is a missing shard's. */
function ownedByMissing(missing, account, region) {
    return missing.some((shard) => (0,_sweep_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .ownsUnit */ .Ic)(shard, (0,_sweep_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .unitKey */ .g2)(account, region)));
}
/** Why a unit that no shard read is not read: the shards did not agree on what there was to read. */
const READ_BY_NO_SHARD = 'read by no shard: the shard that owns it did not see it (the organization\'s accounts or enabled regions changed while the matrix ran), so nothing there was checked. Run the matrix again';
/** Why, when a shard could not read the account at all (its role, its region list): that shard's error is the cause, and is listed too. */
const NOT_READ_BY_OWNER = 'not read: the shard that owns it could not read this account (its error is listed too), so nothing there was checked';
/**
 * The parts no shard read, made visible: a global kind still `other-shard` after the merge (no shard
 * owned it) becomes `failed`, and each such part and each region in `readByNoShard` is an error,
 * which fails the step. One error per account's global part and per (account, region). A part a
 * missing shard owns is not read either, but its error is that shard's (one for all it owns).
 */
function closeGaps(accounts, blind, missing) {
    const gaps = [];
    const closed = accounts.map((a) => {
        // A shard that could not read the account does not know which of its units it owned: the gap is that shard's failure, not drift.
        const why = blind.has(a.account) ? NOT_READ_BY_OWNER : READ_BY_NO_SHARD;
        const globalGap = a.handshakes === 'other-shard' || _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd.some((kind) => a.kinds?.[kind]?.state === 'other-shard');
        if (globalGap && !ownedByMissing(missing, a.account, 'global'))
            gaps.push({ service: 'organizations', account: a.account, message: why });
        const notReported = [a.regions, ..._kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd.map((kind) => a.kinds?.[kind]?.regions)].some((r) => (r?.notReported?.length ?? 0) > 0);
        const regions = new Map();
        for (const kind of _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd) {
            for (const region of a.kinds?.[kind]?.regions?.readByNoShard ?? [])
                if (!regions.has(region))
                    regions.set(region, REGIONAL_SERVICE[kind]);
        }
        for (const [region, service] of [...regions].sort(([x], [y]) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_5__/* .compareCodeUnits */ .U)(x, y)))
            gaps.push({ service, account: a.account, region, message: `${why} (every kind there)` });
        if (!globalGap && regions.size === 0 && !notReported)
            return a;
        if (!globalGap)
            return { ...a, read: 'partial' };
        const kinds = a.kinds === undefined ? undefined : (0,_run_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .coverages */ .y)((kind) => {
            const c = a.kinds?.[kind];
            return c.state === 'other-shard' ? { ...c, state: 'failed' } : c;
        });
        return { ...a, read: 'partial', handshakes: a.handshakes === 'other-shard' ? 'failed' : a.handshakes, ...(kinds === undefined ? {} : { kinds }) };
    });
    return { accounts: closed, gaps };
}
/** The service a gap in a region is filed under: the kind's (IoT first; a region is one unit for every kind). */
const REGIONAL_SERVICE = {
    'certificate-transfer': 'iot',
    handshake: 'organizations',
    'resource-share-invitation': 'ram',
    'security-invitation': 'guardduty',
};
/**
 * One kind's coverage of one account over the shards: a global kind's from the shard that owned it;
 * a regional kind's regions added up, failed if any shard could not read its part.
 */
function mergeCoverage(kind, all, account, missing) {
    const present = all.filter((c) => c !== undefined);
    const states = present.map((c) => c.state);
    if ((0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .kindNamed */ .UL)(kind).scope === 'global' || present.every((c) => c.regions === undefined)) {
        return { state: ownersState(states) };
    }
    const regions = mergeRegions(present.flatMap((c) => (c.regions === undefined ? [] : [c.regions])), account, missing);
    // A region no shard read (a missing shard's, or one the shards did not agree on: readByNoShard) is
    // failed: the kind was not read completely there, as one job says of a region it could not read.
    const state = states.includes('not-governed') ? 'not-governed' : states.includes('not-read') ? 'not-read' : states.includes('failed') || regions.failed.length > 0 ? 'failed' : 'swept';
    return { state, regions };
}
/**
 * A global part's state over the shards: the owner's. A shard that could not read the account says
 * `not-read` of every part, owned or not, so what an owner read (or failed to) wins over it; a part
 * every shard left to another stays `other-shard` (closeGaps makes it an error).
 */
function ownersState(states) {
    const order = ['swept', 'failed', 'not-governed', 'not-read', 'other-shard'];
    return order.find((state) => states.includes(state)) ?? 'other-shard';
}
/**
 * One entry per account: regions added up over the shards, a global kind's coverage from the shard
 * that owned it, and its counts from its merged items, as one job counts them (buildRunReport): not
 * the shards' own sums, so an account's counts agree with its items even where a shard's did not.
 */
function mergeAccounts(parts, items, missing) {
    const byAccount = new Map();
    for (const part of parts)
        byAccount.set(part.account, [...(byAccount.get(part.account) ?? []), part]);
    const itemsOf = new Map();
    for (const i of items) {
        const of = itemsOf.get(i.item.account);
        if (of === undefined)
            itemsOf.set(i.item.account, [i]);
        else
            of.push(i);
    }
    return [...byAccount.entries()]
        .sort(([a], [b]) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_5__/* .compareCodeUnits */ .U)(a, b))
        .map(([, shards]) => {
        const base = shards[0];
        const regions = mergeRegions(shards.map((s) => s.regions), base.account, missing);
        const handshakes = ownersState(shards.map((s) => s.handshakes));
        const kinds = (0,_run_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .coverages */ .y)((kind) => mergeCoverage(kind, shards.map((s) => s.kinds?.[kind]), base.account, missing));
        const reads = new Set(shards.map((s) => s.read));
        const read = reads.size === 1 ? base.read : 'partial';
        return {
            account: base.account,
            via: base.via,
            ...(base.roleArn === undefined ? {} : { roleArn: base.roleArn }),
            read,
            regions,
            handshakes,
            kinds,
            counts: (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .countReportItems */ .CF)(itemsOf.get(base.account) ?? []),
        };
    });
}
/**
 * The run's budget over its shards (sorted by index): each shard had ⌊limit / n⌋, so their sum is
 * what the run could write at most (with a shard's report missing, the sums are the others' alone:
 * the missing shard's writes are unknown); tripped when any shard tripped (that shard wrote nothing), and
 * `trippedShards` names each that did with its own count, which the sums cannot tell.
 */
function mergeBudgets(reports) {
    const budgets = reports.map((r) => r.budget);
    const first = budgets[0];
    return {
        limit: budgets.reduce((n, b) => n + b.limit, 0),
        source: first.source,
        planned: budgets.reduce((n, b) => n + b.planned, 0),
        tripped: budgets.some((b) => b.tripped),
        ...(first.share === undefined ? {} : { share: first.share }),
        trippedShards: reports.flatMap((r) => (r.budget.tripped && r.shard !== undefined ? [{ index: r.shard.index, planned: r.budget.planned }] : [])),
    };
}
/** The order one job writes items in: by account, then kind, then region, then id (registry.compareItems). */
function compareItems(a, b) {
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .compareItems */ .Q9)(a.item, b.item);
}
function sortedUnion(values) {
    return [...new Set(values)].sort(_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_5__/* .compareCodeUnits */ .U);
}


/***/ }),

/***/ 9493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ ownCredentialsHint),
/* harmony export */   X2: () => (/* binding */ organizationListingHint),
/* harmony export */   k_: () => (/* binding */ assumeRoleHint),
/* harmony export */   mD: () => (/* binding */ ASSUME_ROLE_DENIED),
/* harmony export */   mu: () => (/* binding */ withHint)
/* harmony export */ });
/* unused harmony exports ORGANIZATION_DENIED, ORGANIZATION_NOT_IN_USE, trustedPrincipal, NOT_ALLOWED_NAMES */
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
 * `targets.organization: true`; undefined for any other error (a throttle, a network failure:
 * AWS's text says enough).
 */
function organizationListingHint(code, caller) {
    if (code === ORGANIZATION_DENIED)
        return `These credentials are ${whoAmI(caller)}; ${WHO_LISTS}.`;
    if (code === ORGANIZATION_NOT_IN_USE)
        return `These credentials are ${whoAmI(caller)}, which belongs to no organization; ${WHO_LISTS}.`;
    return undefined;
}
/** How to stop guarding an account, by the part of `targets` that named it. */
const LEAVE_OUT = {
    organization: (account) => `add ${account} to targets.exclude`,
    accounts: (account) => `remove ${account} from targets.accounts`,
    roles: (account) => `remove ${account} from targets.roles`,
    credentials: (account) => `add ${account} to targets.exclude`,
};
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
 * The hint for a guard role AssumeRole refused with `code`; undefined for any other error. AWS
 * answers AccessDenied alike for a role that does not exist, one whose trust policy does not name
 * the caller, and a caller whose own policy does not allow sts:AssumeRole on it: the hint names all
 * three, with the principal the trust policy must accept (the role behind the session, not the
 * session: trustedPrincipal).
 */
function assumeRoleHint(code, target, caller) {
    if (code !== ASSUME_ROLE_DENIED || target.roleArn === undefined)
        return undefined;
    const principal = trustedPrincipal(caller.arn);
    // A session ARN does not carry its role's path: the ARN given lacks it too when the role has one.
    const trusted = principal === '' ? `account ${caller.account}` : principal === caller.arn ? principal : `${principal}, with the role's path if it has one`;
    return (`The guard role ${target.roleArn} is missing, does not trust these credentials (${trusted}), or their policy does not allow sts:AssumeRole on it (iam/orchestrator.json): ` +
        `deploy it in account ${target.account}, trusted by the workflow's role, with the permissions its mode needs (iam/README.md; README, "Guard an organization"), or ${LEAVE_OUT[target.via](target.account)}.`);
}
/** The error names AWS gives a call that the credentials' IAM policy does not allow. */
const NOT_ALLOWED_NAMES = ['AccessDeniedException', 'AccessDenied', 'UnauthorizedException', 'UnauthorizedOperation'];
/**
 * The hint for a part of the credentials' own account (a target `via: 'credentials'`) that AWS
 * refused as not allowed: that account is read with the workflow's own credentials, never through a
 * guard role (resolveTargets), so an orchestrator given only iam/orchestrator.json cannot read it.
 * `withTargets`: whether the policy names targets (then leaving the account out is a way too).
 * Undefined for any other error, or another target.
 */
function ownCredentialsHint(error, target, caller, withTargets) {
    if (target.via !== 'credentials' || error.code === undefined || !NOT_ALLOWED_NAMES.includes(error.code))
        return undefined;
    const read = "their policy needs this mode's guard permissions (iam/read.json for dry-run and plan, iam/enforce.json for enforce; iam/README.md)";
    return withTargets
        ? `These credentials are ${whoAmI(caller)}: that account is read with them, not through a guard role, so ${read}, or ${LEAVE_OUT.credentials(target.account)}.`
        : `These credentials are ${whoAmI(caller)}; ${read}.`;
}
/** `error` with `hint` when there is one; otherwise `error` unchanged. */
function withHint(error, hint) {
    return hint === undefined ? error : { ...error, hint };
}


/***/ })

};
