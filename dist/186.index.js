export const id = 186;
export const ids = [186];
export const modules = {

/***/ 186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeShardReports: () => (/* binding */ mergeShardReports)
/* harmony export */ });
/* unused harmony exports MISSING_SHARD_CODE, missingShardError, compareItems */
/* harmony import */ var _model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7286);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _sweep_shard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72);
/* harmony import */ var _run_kind_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5490);
/* harmony import */ var _run_report_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8767);
/* harmony import */ var _run_report_counts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7712);
/* harmony import */ var _report_failure_reasons_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2952);
/* harmony import */ var _model_unique_by_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3122);
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
        const foreign = report.items.filter((i) => !(0,_sweep_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .ownsUnit */ .Ic)(report.shard, (0,_sweep_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .unitKey */ .g2)(i.item.account, (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .itemRegion */ .Qc)(i.item) ?? 'global')));
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
    const shardErrors = (0,_model_unique_by_js__WEBPACK_IMPORTED_MODULE_6__/* .uniqueBy */ .p)(reports.flatMap((r) => r.errors), (e) => JSON.stringify([e.service, e.account, e.region, e.message]));
    // Accounts some shard could not read at all: its role not assumed, or its region list not read.
    const blind = new Set(shardErrors.flatMap((e) => (e.account !== undefined && (0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .blindsAccount */ .S0)(e) ? [e.account] : [])));
    const items = reports.flatMap((r) => r.items).sort(compareItems);
    const { accounts, gaps } = closeGaps(mergeAccounts(reports.flatMap((r) => r.accounts), items, missingShards), blind, missingShards);
    const errors = [...missingShards.map(missingShardError), ...shardErrors, ...gaps];
    const skippedAccounts = (0,_model_unique_by_js__WEBPACK_IMPORTED_MODULE_6__/* .uniqueBy */ .p)(reports.flatMap((r) => r.skippedAccounts), (s) => s.account);
    const budget = mergeBudgets(reports);
    // From the items, not the reports' own sums: the merged counts must agree with what is listed.
    const counts = (0,_run_report_counts_js__WEBPACK_IMPORTED_MODULE_3__/* .countReportItems */ .CF)(items);
    const report = {
        reportVersion: first.report.reportVersion,
        toolVersion: first.report.toolVersion,
        generatedAt: reports.map((r) => r.generatedAt).sort().at(-1) ?? first.report.generatedAt,
        mode: first.report.mode,
        callerAccount: first.report.callerAccount,
        policy: first.report.policy,
        accounts,
        skippedAccounts: [...skippedAccounts].sort((a, b) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareCodeUnits */ .U)(a.account, b.account)),
        budget,
        counts,
        breakdown: (0,_run_report_counts_js__WEBPACK_IMPORTED_MODULE_3__/* .countBreakdown */ .B7)(items),
        kinds: Object.fromEntries(_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd.map((kind) => [kind, mergeKindReports(reports.map((r) => r.kinds?.[kind]), items.filter((i) => i.item.kind === kind))])),
        errors,
        items,
        failures: (0,_report_failure_reasons_js__WEBPACK_IMPORTED_MODULE_4__/* .stepFailures */ .SC)({ budget, errors, counts, mode: first.report.mode, skippedAccounts, items }),
    };
    return { report, shards: count, missing };
}
/** A kind over the shards: governed if any shard says so; its counts from its merged items (as the run's). */
function mergeKindReports(parts, items) {
    return { governed: parts.some((p) => p?.governed === true), counts: (0,_run_report_counts_js__WEBPACK_IMPORTED_MODULE_3__/* .countReportItems */ .CF)(items) };
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
    const skipped = (0,_model_unique_by_js__WEBPACK_IMPORTED_MODULE_6__/* .uniqueBy */ .p)(all.flatMap((s) => s.skipped), (s) => `${s.region}\n${s.reason}`).sort((a, b) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareCodeUnits */ .U)(a.region, b.region));
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
    return missing.some((shard) => (0,_sweep_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .ownsUnit */ .Ic)(shard, (0,_sweep_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .unitKey */ .g2)(account, region)));
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
        for (const [region, service] of [...regions].sort(([x], [y]) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareCodeUnits */ .U)(x, y)))
            gaps.push({ service, account: a.account, region, message: `${why} (every kind there)` });
        if (!globalGap && regions.size === 0 && !notReported)
            return a;
        if (!globalGap)
            return { ...a, read: 'partial' };
        const kinds = a.kinds === undefined ? undefined : (0,_run_kind_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .coverages */ .y)((kind) => {
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
        .sort(([a], [b]) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareCodeUnits */ .U)(a, b))
        .map(([, shards]) => {
        const base = shards[0];
        const regions = mergeRegions(shards.map((s) => s.regions), base.account, missing);
        const handshakes = ownersState(shards.map((s) => s.handshakes));
        const kinds = (0,_run_kind_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .coverages */ .y)((kind) => mergeCoverage(kind, shards.map((s) => s.kinds?.[kind]), base.account, missing));
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
            counts: (0,_run_report_counts_js__WEBPACK_IMPORTED_MODULE_3__/* .countReportItems */ .CF)(itemsOf.get(base.account) ?? []),
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
    return [...new Set(values)].sort(_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareCodeUnits */ .U);
}


/***/ }),

/***/ 3122:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ uniqueBy)
/* harmony export */ });
/** The first item of each key, in order: a list that repeats an item yields it once. */
function uniqueBy(items, key) {
    const seen = new Set();
    return items.filter((item) => {
        const k = key(item);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}


/***/ }),

/***/ 5490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ coverages)
/* harmony export */ });
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/**
 * What was read of each kind in one account: its state and, for a regional kind, its regions. The
 * inventory, the run report, the merge and the plan all speak it; it imports nothing that reads AWS.
 */

/** One coverage per kind, every kind present. */
function coverages(of) {
    return Object.fromEntries(_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd.map((kind) => [kind, of(kind)]));
}


/***/ })

};
