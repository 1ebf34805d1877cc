export const id = 202;
export const ids = [202];
export const modules = {

/***/ 667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ executeDecisions)
/* harmony export */ });
/* unused harmony exports DEFAULT_WRITE_CONCURRENCY, LOST_REPLY */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6762);
/* harmony import */ var _aws_unanswered_attempts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(720);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8017);
/* harmony import */ var _sweep_pool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1016);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5419);
/* harmony import */ var _outcomes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5635);






/**
 * Writes at once per lane: enough to spend AWS's burst at once. The pace after that is the call
 * limiter's (src/aws/call-limiter.ts), which keeps every lane just under its own quota.
 */
const DEFAULT_WRITE_CONCURRENCY = 10;
/**
 * Carries out the decisions. Results are in the order of the decisions, one each.
 * A failed write does not stop the others: it is a `failed` result, which the run fails on.
 * Every outcome is one possibleOutcomes (outcomes.ts) lists for its mode and decision: the merge
 * refuses a shard report with any other.
 */
async function executeDecisions(decisions, options) {
    // Every write is worked out before anything is written: a policy that cannot fill one in stops the run clean.
    const steps = decisions.map((decision, index) => planStep(decision, index, options.policy));
    if (options.mode !== 'enforce')
        return steps.map(preview);
    const { budget } = options;
    if (budget.tripped || (0,_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .countPlanned */ .Wn)(decisions) > budget.limit) {
        options.log?.({ type: 'budget-tripped', budget });
        return steps.map(holdByBudget);
    }
    return enforce(steps, options.effects, options.concurrency ?? DEFAULT_WRITE_CONCURRENCY, options.log, options.refusalHint);
}
function planStep(decision, index, policy) {
    const settle = (outcome, detail) => ({
        index,
        decision,
        settled: detail === undefined ? { decision, outcome } : { decision, outcome, detail },
    });
    switch (decision.action) {
        case 'allow':
            return settle('allowed');
        case 'ignore':
            // Accepted before this run though the policy does not allow it: nothing to write, but a person must look (every mode).
            return decision.acceptedAgainstPolicy === undefined ? settle('ignored') : settle('accepted-meanwhile', decision.acceptedAgainstPolicy);
        case 'reject':
        case 'decline': {
            // A decision that cannot be right (a handshake rejected, an outgoing transfer) is refused loudly, never sent.
            const plan = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .planWrite */ .Ni)(decision, policy);
            if ('refused' in plan)
                return settle('failed', plan.refused);
            return { index, decision, write: plan.write };
        }
        default:
            return settle('failed', `Refused: unknown decision action ${JSON.stringify(decision.action)}.`);
    }
}
/** rejectReason is reported with the result of a write that sends one. */
function sent(write) {
    return write.rejectReason === undefined ? {} : { rejectReason: write.rejectReason };
}
/** The write a decision that reached a write makes: planWrite let through only `reject` and `decline`. */
function writeOf(decision) {
    return decision.action === 'reject' ? 'reject' : 'decline';
}
function preview(step) {
    if (step.settled !== undefined)
        return step.settled;
    return { decision: step.decision, outcome: _outcomes_js__WEBPACK_IMPORTED_MODULE_3__/* .PREVIEWED */ .Wt[writeOf(step.decision)], ...sent(step.write) };
}
function holdByBudget(step) {
    if (step.settled !== undefined)
        return step.settled;
    return { decision: step.decision, outcome: 'held-by-budget', ...sent(step.write) };
}
async function enforce(steps, effects, concurrency, log, refusalHint) {
    const results = steps.map((step) => step.settled);
    // One lane per account, service and region (independent quotas), one per account for a global service; every lane at once.
    const lanes = new Map();
    for (const step of steps) {
        if (step.settled !== undefined)
            continue;
        const key = `${step.write.account}/${step.write.service}${step.write.region === undefined ? '' : `:${step.write.region}`}`;
        const lane = lanes.get(key) ?? { concurrency, steps: [] };
        lane.steps.push(step);
        lanes.set(key, lane);
    }
    await Promise.all([...lanes.values()].map((lane) => (0,_sweep_pool_js__WEBPACK_IMPORTED_MODULE_5__/* .mapWithConcurrency */ .WS)(lane.steps, lane.concurrency, async (step) => {
        const result = await write(step.decision, step.write, effects, refusalHint);
        results[step.index] = result;
        log?.({ type: 'write-finished', index: step.index, result });
    })));
    return steps.map((step) => results[step.index] ?? { decision: step.decision, outcome: 'failed', detail: 'Internal error: no result was recorded.' });
}
/**
 * One write; never throws. Anything but a race (after the SDK's retries) is `failed`. A race is
 * `accepted-meanwhile` when the item turns out accepted in this account (by the error's name, or a
 * re-read), `failed` when a re-read finds it still pending (the error's name promised more than
 * happened). Otherwise it is our own write when an attempt of this call went unanswered (its reply
 * lost: the write may have been made then) and the item is in a state our write leaves it in
 * (Kind.ownWriteEndStates): the write's outcome, with a detail that says so. Else `already-handled`,
 * with what became of it when that can be told. A failure `refusalHint` has words for carries them.
 */
async function write(decision, target, effects, refusalHint) {
    const reason = sent(target);
    const written = _outcomes_js__WEBPACK_IMPORTED_MODULE_3__/* .WRITTEN */ .Sg[writeOf(decision)];
    try {
        await effects.write(target);
        return { decision, outcome: written, ...reason };
    }
    catch (err) {
        const classified = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyAwsError */ .u3)(err);
        if (classified.kind !== 'race') {
            const hint = refusalHint?.(target, { code: classified.name, message: (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(err) });
            return { decision, outcome: 'failed', detail: (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(err), ...reason, ...(hint === undefined ? {} : { hint }) };
        }
        const state = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .raceEndState */ .ST)(err) ?? (await effects.endState?.(target).catch(() => undefined));
        if ((0,_aws_unanswered_attempts_js__WEBPACK_IMPORTED_MODULE_1__/* .unansweredAttempts */ .Jh)(err) > 0 && (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .kindNamed */ .UL)(target.kind).ownWriteEndStates.includes(state ?? 'unknown')) {
            return { decision, outcome: written, detail: `${LOST_REPLY} ${written} already (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(err)})`, ...reason };
        }
        const detail = state === undefined ? (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(err) : `${END_STATE_WORDS[state]} (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(err)})`;
        return { decision, outcome: state === 'accepted' ? 'accepted-meanwhile' : state === 'pending' ? 'failed' : 'already-handled', detail, ...reason };
    }
}
/** The start of the detail of a write a retry found made: `… found it rejected already (AWS's answer)`. */
const LOST_REPLY = "Made by this run: an earlier attempt's reply was lost (no answer, or a server error), and the retry found it";
const END_STATE_WORDS = {
    accepted: 'Accepted in this account after it was listed',
    declined: 'Already declined',
    rejected: 'Already rejected',
    expired: 'Expired',
    withdrawn: 'Withdrawn by the sender',
    gone: 'No longer found in this account (cancelled or withdrawn by the sender, or rejected)',
    pending: 'Still pending: read again after AWS refused the write, it had not changed',
};


/***/ }),

/***/ 3512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   zU: () => (/* binding */ CallLimiter)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_IN_FLIGHT */
const realClock = {
    // process.hrtime rather than performance.now: the global `performance` loads node:perf_hooks
    // (and eight modules with it) on first use, after the young generation's V8 flag is set, which
    // makes V8 compile them without their code cache (src/run/aws-run.ts).
    now: () => Number(process.hrtime.bigint()) / 1e6,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * Calls in flight at once across the run, every account and region together. Sockets stay under
 * it, and so does the memory of responses being parsed. It hardly ever binds a rate-limited sweep:
 * 64 calls in flight at AWS's 50–100 ms latency are 640–1,280 calls a second, more than a 2-core
 * runner parses (the benchmark prints the rate it reached) and as much as 21 to 42 (account, region)
 * pairs each listing, describing and rejecting at full quota.
 */
const DEFAULT_MAX_IN_FLIGHT = 64;
/** Calls with no quota of their own (STS): always a token, still a slot. */
const UNLIMITED = { rate: Number.POSITIVE_INFINITY, burst: Number.POSITIVE_INFINITY };
const EPSILON = 1e-9;
class CallLimiter {
    buckets = new Map();
    ready = [];
    granted = new Map();
    inFlight = 0;
    peak = 0;
    maxInFlight;
    clock;
    constructor(options = {}) {
        const max = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
        if (!Number.isInteger(max) || max < 1)
            throw new Error(`Calls in flight must be a whole number of at least 1, got ${max}.`);
        this.maxInFlight = max;
        this.clock = options.clock ?? realClock;
    }
    /**
     * Resolves when the call may be sent: a token of `key`'s bucket (none needed without a limit) and
     * a slot are both taken. Calls of one key go in the order they asked. Call the returned function
     * once the call has finished.
     */
    acquire(key, limit) {
        const bucket = this.bucket(key, limit ?? UNLIMITED);
        return new Promise((resolve) => {
            bucket.waiters.push(() => {
                this.granted.set(key, (this.granted.get(key) ?? 0) + 1);
                let released = false;
                resolve(() => {
                    if (released)
                        return;
                    released = true;
                    // The tokens of the time this call was out are counted under the room it left, before it frees
                    // its share: it may have reached AWS only now, so that time earns nothing on top of it.
                    this.refill(bucket);
                    this.inFlight -= 1;
                    bucket.inFlight -= 1;
                    // Its answer may free room in its bucket's burst (a bucket waiting on that sleeps no timer).
                    this.wake(bucket, false);
                    this.dispatch();
                });
            });
            this.wake(bucket);
        });
    }
    stats() {
        return { granted: new Map(this.granted), peakInFlight: this.peak };
    }
    bucket(key, limit) {
        let bucket = this.buckets.get(key);
        if (bucket === undefined) {
            bucket = { limit, tokens: limit.burst, updated: this.clock.now(), waiters: [], queued: false, sleeping: false, inFlight: 0 };
            this.buckets.set(key, bucket);
        }
        return bucket;
    }
    /** Tokens saved up since the last refill, within what the burst leaves beside the calls in flight. */
    refill(bucket) {
        const now = this.clock.now();
        const { rate, burst } = bucket.limit;
        const room = burst - bucket.inFlight;
        if (rate === Number.POSITIVE_INFINITY)
            bucket.tokens = room;
        else
            bucket.tokens = Math.min(room, bucket.tokens + ((now - bucket.updated) * rate) / 1000);
        bucket.updated = now;
    }
    /** A bucket with waiters: into the ready queue if it has a token, else asleep until it will. */
    wake(bucket, dispatch = true) {
        if (bucket.waiters.length === 0 || bucket.queued || bucket.sleeping)
            return;
        this.refill(bucket);
        if (bucket.tokens >= 1 - EPSILON) {
            bucket.queued = true;
            this.ready.push(bucket);
            if (dispatch)
                this.dispatch();
            return;
        }
        // No room in the burst until a call in flight is answered: its release wakes the bucket.
        if (bucket.limit.burst - bucket.inFlight < 1 - EPSILON)
            return;
        bucket.sleeping = true;
        const wait = Math.ceil(((1 - bucket.tokens) * 1000) / bucket.limit.rate);
        void this.clock.sleep(wait).then(() => {
            bucket.sleeping = false;
            this.wake(bucket);
        });
    }
    /** Hands free slots to ready buckets, one call each in turn, so no bucket starves another. */
    dispatch() {
        while (this.inFlight < this.maxInFlight && this.ready.length > 0) {
            const bucket = this.ready.shift();
            bucket.queued = false;
            this.refill(bucket);
            const waiter = bucket.waiters.shift();
            if (waiter === undefined)
                continue;
            bucket.tokens -= 1;
            bucket.inFlight += 1;
            this.inFlight += 1;
            this.peak = Math.max(this.peak, this.inFlight);
            waiter();
            this.wake(bucket, false);
        }
    }
}


/***/ }),

/***/ 6762:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   ST: () => (/* binding */ raceEndState),
/* harmony export */   pp: () => (/* binding */ sweepFailure),
/* harmony export */   u3: () => (/* binding */ classifyAwsError)
/* harmony export */ });
/* unused harmony exports MAX_ERROR_MESSAGE_LENGTH, MAX_ERROR_NAME_LENGTH, keptErrorText, RACE_END_STATES */
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2527);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6749);
/* harmony import */ var _failed_call_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2029);
// Sorting AWS errors into what the sweep and the act stage branch on.
// Pure and SDK-free (it reads `name`, `message` and `$metadata` only), so any stage may use it.
// The name and message are untrusted text: an AWS service (or whatever answers at its endpoint)
// chooses them, and may echo the request, credentials included (SignatureDoesNotMatch quotes the
// canonical request with its x-amz-security-token). They leave this module redacted (credentials
// and secret-looking values) and bounded, and otherwise as AWS wrote them: the JSON report is for
// machines, and a consumer matching an ARN (`arn:aws:iam::…`) must find it there as AWS spells it.
// Making them inert is each medium's own escaping, where the text is shown: the log's and the
// annotations' (inertLogText: src/report/log-lines.ts and log.ts, main.ts), Markdown's
// (inertMarkdown: the job summary, the PR comment, the alert issue).



/** The longest error message kept (characters); AWS's own messages are a few hundred at most. */
const MAX_ERROR_MESSAGE_LENGTH = 1000;
/** The longest error name kept; AWS error codes are short identifiers. */
const MAX_ERROR_NAME_LENGTH = 100;
/**
 * Untrusted error text as it is kept, in the JSON report too: secrets redacted first (so that a cut
 * never leaves half a secret no pattern recognises), then cut to `maxLength` characters; line
 * breaks, `::` and every other character as AWS wrote them. Never shown as it is: the log and
 * Markdown writers escape it (inertLogText, inertMarkdown).
 */
function keptErrorText(text, maxLength) {
    return (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(text), maxLength);
}
const RACES = new Set([
    // IoT RejectCertificateTransfer / DescribeCertificate: accepted, rejected or cancelled meanwhile, or gone.
    'TransferAlreadyCompletedException',
    'ResourceNotFoundException',
    // Organizations DeclineHandshake: already declined, cancelled, accepted or expired, or gone.
    'HandshakeAlreadyInStateException',
    'InvalidHandshakeTransitionException',
    'HandshakeNotFoundException',
    // RAM RejectResourceShareInvitation / ListPendingInvitationResources: accepted, rejected or expired
    // meanwhile, or withdrawn by the sender (the ARN is no longer found). All HTTP 400 in RAM's model.
    'ResourceShareInvitationAlreadyAcceptedException',
    'ResourceShareInvitationAlreadyRejectedException',
    'ResourceShareInvitationExpiredException',
    'ResourceShareInvitationArnNotFoundException',
    // Detective RejectInvitation: the member is no longer INVITED (409; ResourceNotFoundException above is 404).
    'ConflictException',
    // GuardDuty / Macie / Security Hub DeclineInvitations: reported unprocessed and no longer pending
    // (raised by the adapters, see aws/security/unprocessed.ts; InvitationNotDeclined stays a failure).
    'InvitationNoLongerPending',
]);
const THROTTLING = new Set([
    'ThrottlingException',
    'Throttling',
    'ThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
]);
const DENIED = new Set([
    'AccessDeniedException',
    'AccessDenied',
    'UnauthorizedException',
    'UnauthorizedOperation',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'ExpiredToken',
    'ExpiredTokenException',
    'CredentialsProviderError',
]);
function classifyAwsError(err) {
    const rawName = errorName(err);
    const name = keptErrorText(rawName, MAX_ERROR_NAME_LENGTH);
    const message = keptErrorText(errorMessage(err), MAX_ERROR_MESSAGE_LENGTH);
    const status = httpStatus(err);
    const kind = RACES.has(rawName)
        ? 'race'
        : THROTTLING.has(rawName) || status === 429
            ? 'throttled'
            : DENIED.has(rawName) || status === 401 || status === 403
                ? 'denied'
                : /NotFound/.test(rawName)
                    ? 'not-found'
                    : 'other';
    return { kind, name, message };
}
/**
 * What became of an item a write raced with, as far as can be told: accepted in this account,
 * declined or rejected already (by someone else, or by an earlier attempt of ours whose answer was lost:
 * the act stage credits that one to the run, see aws/unanswered-attempts.ts),
 * expired, withdrawn by its sender, or gone from this account (cancelled by the sender, or rejected).
 * `pending`: a re-read found it still pending, so the error did not mean a race after all (Macie's
 * ConflictException, say, is any state conflict) and the write failed.
 */
const RACE_END_STATES = ['accepted', 'declined', 'rejected', 'expired', 'withdrawn', 'gone', 'pending'];
/** The race errors whose name alone tells the end state; the others leave it to a re-read (or unknown). */
const END_STATE_OF = {
    ResourceShareInvitationAlreadyAcceptedException: 'accepted',
    ResourceShareInvitationAlreadyRejectedException: 'rejected',
    ResourceShareInvitationExpiredException: 'expired',
    ResourceShareInvitationArnNotFoundException: 'withdrawn',
    // "The specified handshake is already in the requested state": DECLINED, which is what we asked.
    HandshakeAlreadyInStateException: 'declined',
    HandshakeNotFoundException: 'gone',
};
/**
 * The end state a race error tells, if it does: by its name (RAM's, Organizations'), or as our own
 * adapters' errors carry it (`endState`: a security-service decline that came back unprocessed,
 * told by listing the region again).
 */
function raceEndState(err) {
    if (Object.hasOwn(END_STATE_OF, errorName(err)))
        return END_STATE_OF[errorName(err)];
    const carried = isObject(err) ? err['endState'] : undefined;
    return typeof carried === 'string' && RACE_END_STATES.includes(carried) ? carried : undefined;
}
function sweepFailure(err, prefix = '') {
    // Classified once, for the report and the log: redacting a hostile 600 KB message is a pass over it per pattern.
    const classified = classifyAwsError(err);
    const action = (0,_failed_call_js__WEBPACK_IMPORTED_MODULE_2__/* .failedCallOf */ .b)(err);
    return { text: { message: `${prefix}${nameAndMessage(classified)}`, code: classified.name, ...(action === undefined ? {} : { action }) }, kind: classified.kind };
}
/** `Name: message`, the form SweepError.message and ItemResult.detail carry. */
function describeAwsError(err) {
    return nameAndMessage(classifyAwsError(err));
}
function nameAndMessage({ name, message }) {
    return message === '' || message === name ? name : `${name}: ${message}`;
}
function errorName(err) {
    if (!isObject(err))
        return 'Error';
    const name = typeof err['name'] === 'string' && err['name'] !== '' ? err['name'] : 'Error';
    // Network failures arrive as plain Errors whose useful name is the Node code (ECONNREFUSED, ENOTFOUND …).
    if (name === 'Error' && typeof err['code'] === 'string' && err['code'] !== '')
        return err['code'];
    return name;
}
function errorMessage(err) {
    if (isObject(err))
        return typeof err['message'] === 'string' ? err['message'] : '';
    return typeof err === 'string' ? err : String(err);
}
function httpStatus(err) {
    if (!isObject(err))
        return undefined;
    const metadata = err['$metadata'];
    if (!isObject(metadata))
        return undefined;
    const status = metadata['httpStatusCode'];
    return typeof status === 'number' ? status : undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null;
}


/***/ }),

/***/ 2029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ recordFailedCall),
/* harmony export */   b: () => (/* binding */ failedCallOf)
/* harmony export */ });
// Which call an AWS error came from, as the IAM action it needs (`guardduty:ListInvitations`).
// Pure and SDK-free (the middleware that records it is clients.ts's), so any stage may read it.
//
// The SDK's errors do not say which command threw them, and a part of the sweep may make several
// calls (IoT: ListCertificates, DescribeCertificate, ListOutgoingCertificates): a refused read's
// hint names the action refused (run/targets-hint.ts) from this, as a refused write's names its one.
/** The IAM action of the call each error (what `send` threw) came from. */
const actions = new WeakMap();
/** Records that `err` came from the call needing `action`; the first record stands (the call nearest AWS). */
function recordFailedCall(err, action) {
    if (typeof err === 'object' && err !== null && !actions.has(err))
        actions.set(err, action);
}
/** The IAM action of the call `err` came from, or undefined when it did not pass through a client built by clients.ts. */
function failedCallOf(err) {
    return typeof err === 'object' && err !== null ? actions.get(err) : undefined;
}


/***/ }),

/***/ 5115:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ describeCertificate)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iot_dist_es_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6042);
/* harmony import */ var _iso_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36);


async function describeCertificate(iot, certificateId) {
    const { certificateDescription: description } = await iot.send(new _aws_sdk_client_iot_dist_es_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DescribeCertificateCommand */ .i({ certificateId }));
    return {
        certificateId,
        certificateArn: (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(description?.certificateArn),
        status: (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(description?.status),
        ownedBy: (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(description?.ownedBy),
        previousOwnedBy: (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(description?.previousOwnedBy),
        transferMessage: (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(description?.transferData?.transferMessage),
        transferDate: (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .isoDate */ ._$)(description?.transferData?.transferDate),
        caCertificateId: (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(description?.caCertificateId),
        certificateMode: (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(description?.certificateMode),
        creationDate: (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .isoDate */ ._$)(description?.creationDate),
    };
}


/***/ }),

/***/ 9239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ff: () => (/* binding */ toOutgoingTransfer),
/* harmony export */   hl: () => (/* binding */ toIncomingTransfer),
/* harmony export */   w8: () => (/* binding */ acceptedInto)
/* harmony export */ });
/* unused harmony export sourceAccountOf */
/**
 * The account offering the certificate, or undefined when DescribeCertificate does not tell it apart
 * from ours. Which of `ownedBy` / `previousOwnedBy` names the source while the transfer is pending is
 * not documented, so both readings are handled: if AWS did not move ownership at transfer time,
 * `ownedBy` is the sender; if it did, `ownedBy` is ours and `previousOwnedBy` the sender. Without
 * `ownedBy` neither reading applies (a `previousOwnedBy` could be any earlier owner), so the source
 * is unknown. Undefined is never allowlisted by the decisions (default deny).
 */
function sourceAccountOf(details, callerAccount) {
    const { ownedBy, previousOwnedBy } = details;
    if (ownedBy === undefined || ownedBy === '')
        return undefined;
    if (ownedBy !== callerAccount)
        return ownedBy;
    return previousOwnedBy !== undefined && previousOwnedBy !== '' && previousOwnedBy !== callerAccount ? previousOwnedBy : undefined;
}
/**
 * Whether a certificate listed as pending has since been accepted into `account`: no longer
 * PENDING_TRANSFER and owned by it. (A rejected or cancelled certificate goes back to its sender.)
 */
function acceptedInto(details, account) {
    return details.status !== undefined && details.status !== 'PENDING_TRANSFER' && details.ownedBy === account;
}
/**
 * An incoming transfer: pending in ListCertificates, not in ListOutgoingCertificates, described —
 * still pending, or accepted into this account in between (`acceptedStatus`).
 */
function toIncomingTransfer(region, pending, details, callerAccount) {
    return {
        kind: 'certificate-transfer',
        account: callerAccount,
        certificateId: pending.certificateId,
        certificateArn: pending.certificateArn ?? details.certificateArn ?? '',
        region,
        direction: 'incoming',
        sourceAccount: sourceAccountOf(details, callerAccount),
        transferDate: details.transferDate,
        transferMessage: details.transferMessage,
        caCertificateId: details.caCertificateId,
        certificateMode: pending.certificateMode ?? details.certificateMode,
        creationDate: pending.creationDate ?? details.creationDate,
        ...(acceptedInto(details, callerAccount) ? { acceptedStatus: details.status } : {}),
    };
}
/** An outgoing transfer: this account is giving its own certificate away. Reported, never judged. */
function toOutgoingTransfer(region, outgoing, callerAccount) {
    return {
        kind: 'certificate-transfer',
        account: callerAccount,
        certificateId: outgoing.certificateId,
        certificateArn: outgoing.certificateArn ?? '',
        region,
        direction: 'outgoing',
        sourceAccount: callerAccount,
        targetAccount: outgoing.transferredTo,
        transferDate: outgoing.transferDate,
        transferMessage: outgoing.transferMessage,
        creationDate: outgoing.creationDate,
    };
}


/***/ }),

/***/ 36:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _$: () => (/* binding */ isoDate),
/* harmony export */   bK: () => (/* binding */ isoDateString),
/* harmony export */   hq: () => (/* binding */ nonEmpty)
/* harmony export */ });
/** A timestamp from the SDK as ISO-8601, or undefined when absent or not a valid date (never throws). */
function isoDate(value) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime()))
        return undefined;
    return value.toISOString();
}
/** A non-empty string, else undefined: AWS omits, nulls or blanks optional fields. */
function nonEmpty(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/**
 * A timestamp AWS sends as a plain string (GuardDuty's InvitedAt) as ISO-8601, or undefined when
 * absent or not a date. Never throws; the text itself is not kept when it is not a date.
 */
function isoDateString(value) {
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}


/***/ }),

/***/ 9785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ loadAwsKind)
/* harmony export */ });
const LOADERS = {
    'certificate-transfer': async () => (await __webpack_require__.e(/* import() */ 894).then(__webpack_require__.bind(__webpack_require__, 4894))).awsCertificateTransfers,
    handshake: async () => (await __webpack_require__.e(/* import() */ 33).then(__webpack_require__.bind(__webpack_require__, 4414))).awsHandshakes,
    'resource-share-invitation': async () => (await Promise.all(/* import() */[__webpack_require__.e(266), __webpack_require__.e(421)]).then(__webpack_require__.bind(__webpack_require__, 3802))).awsResourceShareInvitations,
    'security-invitation': async () => (await __webpack_require__.e(/* import() */ 790).then(__webpack_require__.bind(__webpack_require__, 7790))).awsSecurityInvitations,
};
const loaded = new Map();
function loadAwsKind(name) {
    let kind = loaded.get(name);
    if (kind === undefined) {
        // Sound: the loader of `name` yields the AWS half of the kind named `name`.
        kind = LOADERS[name]();
        loaded.set(name, kind);
    }
    return kind;
}


/***/ }),

/***/ 5940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ru: () => (/* binding */ listHandshakes)
/* harmony export */ });
/* unused harmony exports LIST_HANDSHAKES_MAX_RESULTS, MAX_HANDSHAKES_LISTED, LIST_HANDSHAKES_MAX_PAGES */
/* harmony import */ var _aws_sdk_client_organizations_dist_es_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9267);
/* harmony import */ var _pagination_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7577);


/** The largest page ListHandshakesForAccount allows. */
const LIST_HANDSHAKES_MAX_RESULTS = 20;
/**
 * The most handshakes one account's listing must hold. A handshake is listed for at most 45 days
 * (open up to 15, then 30 after it closes), and Organizations caps the invitations an organization
 * may send a day (20, as we remember the quota table; not re-checked against AWS here). 100,000 is
 * over a hundred organizations inviting this account every day for 45 days: far past any real one.
 */
const MAX_HANDSHAKES_LISTED = 100_000;
/**
 * Pages per ListHandshakesForAccount listing: 100,000 / 20 = 5,000 full pages, doubled because
 * Organizations may answer an empty page with a NextToken (one empty page per full page allowed).
 */
const LIST_HANDSHAKES_MAX_PAGES = (MAX_HANDSHAKES_LISTED / LIST_HANDSHAKES_MAX_RESULTS) * 2;
/**
 * Every handshake listed for this account, in every state and of every type (the decisions filter).
 * Organizations may return an empty page together with a NextToken: the token is followed until absent.
 */
async function listHandshakes(organizations) {
    return (0,_pagination_js__WEBPACK_IMPORTED_MODULE_0__/* .collectPages */ .VV)('Organizations ListHandshakesForAccount', (token) => organizations.send(new _aws_sdk_client_organizations_dist_es_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ListHandshakesForAccountCommand */ .c({ MaxResults: LIST_HANDSHAKES_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })), (page) => ({ items: page.Handshakes ?? [], next: page.NextToken }), LIST_HANDSHAKES_MAX_PAGES);
}


/***/ }),

/***/ 7577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VV: () => (/* binding */ collectPages),
/* harmony export */   Ye: () => (/* binding */ pageBound),
/* harmony export */   fd: () => (/* binding */ MAX_SECURITY_INVITATIONS_LISTED),
/* harmony export */   oO: () => (/* binding */ forEachPage)
/* harmony export */ });
/**
 * Follows one listing's pagination tokens, within a bound on the number of pages.
 *
 * A service that hands back a token it already gave (A→A, or A→B→A) would loop forever; one that
 * keeps handing out new tokens (on empty pages, say) would run until the job times out. Both are
 * errors, never the end of the listing: stopping quietly would report a partial inventory as
 * complete, and an item on an unread page would be neither rejected nor reported.
 */
class PageTokens {
    seen = new Set();
    operation;
    constructor(operation) {
        this.operation = operation;
    }
    /** The token to send for the next page, or undefined when the listing is complete. */
    next(received) {
        if (received === undefined || received === null || received === '')
            return undefined;
        if (this.seen.has(received)) {
            throw new Error(`${this.operation} returned a pagination token it had already returned (after ${this.seen.size} pages); stopping instead of looping forever.`);
        }
        this.seen.add(received);
        return received;
    }
}
/**
 * The most invitations of one security service one account's listing in one region must hold.
 * Each comes from a distinct administrator account; 10,000 is far past any real account.
 */
const MAX_SECURITY_INVITATIONS_LISTED = 10_000;
/**
 * Pages for a listing of at most `items` items at `pageSize` a page, with room for one empty page
 * per full one (Organizations and RAM answer empty pages with a token; others may).
 */
function pageBound(items, pageSize) {
    return Math.ceil(items / pageSize) * 2;
}
/**
 * Every item of a paginated listing: fetches pages until no token comes back (an empty page that
 * carries a token is followed like any other), refusing a token it has seen before, and failing
 * once `maxPages` pages have been read and AWS still offers another. Each listing passes its own
 * bound, derived from the largest account it must read (see the callers).
 */
async function collectPages(operation, fetchPage, readPage, maxPages) {
    const all = [];
    await forEachPage(operation, fetchPage, (page) => {
        const { items, next } = readPage(page);
        for (const item of items)
            all.push(item);
        return next;
    }, maxPages, () => all.length);
    return all;
}
/**
 * The same walk, handing each page to `onPage` as it arrives (so work on its items can start
 * before the listing ends) instead of collecting items; `onPage` returns the page's token. Fails
 * once `maxPages` pages have been read and AWS still offers another.
 */
async function forEachPage(operation, fetchPage, onPage, maxPages, itemsSoFar) {
    const tokens = new PageTokens(operation);
    let token;
    let pages = 0;
    do {
        token = tokens.next(onPage(await fetchPage(token)));
        pages += 1;
        if (token !== undefined && pages >= maxPages) {
            const items = itemsSoFar?.();
            const sofar = items === undefined ? '' : ` (${items} ${items === 1 ? 'item' : 'items'} so far)`;
            throw new Error(`${operation} still offered another page after ${pages} pages${sofar}, more than any real account should need (at most ${maxPages}); stopping so that a listing that never ends is not taken for a complete one.`);
        }
    } while (token !== undefined);
}


/***/ }),

/***/ 720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ addUnansweredAttempts),
/* harmony export */   Jh: () => (/* binding */ unansweredAttempts),
/* harmony export */   Rv: () => (/* binding */ mayHaveBeenMade)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6762);
// Whether an earlier attempt of one SDK call may have made the change its reply never confirmed.
// Pure and SDK-free (the middleware that records it is clients.ts's), so the act stage may read it.
//
// The SDK retries a call whose attempt got no answer (a connection reset, a timeout) or a server
// error (5xx). Such an attempt may have made the change before its reply was lost: the retry of a
// RejectCertificateTransfer or a DeclineHandshake then meets the item answered already — by this
// run. `$metadata.attempts` alone cannot tell: it counts throttled attempts too, and AWS refuses a
// throttled call before making any change, so a race met after a throttled attempt is someone else's.

/** The outcome (the output or the error) of each call that had unanswered attempts, with their number. */
const unanswered = new WeakMap();
/**
 * How many attempts of the call that gave `outcome` (what `send` resolved to or threw) got no
 * answer or a server error before it: 0 when none did, or when the call did not pass through a
 * client built by clients.ts.
 */
function unansweredAttempts(outcome) {
    return typeof outcome === 'object' && outcome !== null ? (unanswered.get(outcome) ?? 0) : 0;
}
/** Records that `count` attempts before `outcome` went unanswered (adds to any count it has). */
function addUnansweredAttempts(outcome, count) {
    if (count > 0)
        unanswered.set(outcome, unansweredAttempts(outcome) + count);
}
/** Node's codes for a connection never made: the request cannot have reached AWS. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * Whether one attempt's error leaves open that AWS made the change: no HTTP answer at all (reset,
 * timeout: not a connection refused or a name not resolved, which never sent it), a 5xx that is
 * not throttling, or a 2xx the SDK could not read. A 4xx, or throttling of any status, is AWS
 * refusing the call: nothing was changed.
 */
function mayHaveBeenMade(err) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyAwsError */ .u3)(err).kind === 'throttled')
        return false;
    // No connection made: the request never left (refused, the name not resolved).
    if (NEVER_SENT.has(String(err?.code ?? '')))
        return false;
    const metadata = typeof err === 'object' && err !== null ? err.$metadata : undefined;
    const status = metadata?.httpStatusCode;
    return typeof status !== 'number' || status >= 500 || status < 300;
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

/***/ 2202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ awsDeps),
  runAgainstAws: () => (/* binding */ runAgainstAws),
  m: () => (/* binding */ withSmallYoungGeneration)
});

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-account/dist-es/AccountClient.js + 8 modules
var AccountClient = __webpack_require__(4308);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/IoTClient.js + 8 modules
var IoTClient = __webpack_require__(3508);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-es/OrganizationsClient.js + 8 modules
var OrganizationsClient = __webpack_require__(5306);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/STSClient.js + 8 modules
var STSClient = __webpack_require__(4928);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./lib/aws/call-limiter.js
var call_limiter = __webpack_require__(3512);
// EXTERNAL MODULE: ./lib/aws/failed-call.js
var failed_call = __webpack_require__(2029);
// EXTERNAL MODULE: ./lib/aws/quotas.js
var quotas = __webpack_require__(4324);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/aws/sha256.js

/**
 * SHA-256 and HMAC-SHA256 for the SDK's request signing (the clients' `sha256` setting), the same
 * digests as the SDK's own class but with binary HMAC keys handed to Node as KeyObjects.
 *
 * Why: Node 24 decides whether an HMAC key is a KeyObject by reading a private field inside
 * try/catch, so every createHmac with a Buffer key throws and catches a TypeError, stack trace
 * included: `node scripts/hmac-key-cost.js` measured 24 µs a call (31 µs 50 frames deeper) under
 * Node 24.21 against 5 to 6 µs with a KeyObject or a string key, and 4 to 6 µs for every kind of
 * key under Node 20 (a busy 2-core machine, 2026-11-26). Signing a request takes at least two
 * HMACs with binary keys (the signing key, cached by the SDK per date, region and service; and on
 * a cache miss the chain that derives it): 7 % of the action's CPU in an organization's sweep
 * (npm run bench -- --quick --only organization --cpu-prof DIR). A string key (the secret access
 * key) is not affected and is passed as it is. Each binary key's KeyObject is kept as long as the
 * key's own bytes are (a WeakMap on the key), so the signer's cached signing key is converted once.
 */
class Sha256 {
    digestLength = 32;
    key;
    hash;
    finished = false;
    constructor(secret) {
        // As the SDK's own class: no secret, or an empty string, is a plain hash.
        this.key = secret === undefined || secret === '' ? undefined : hmacKey(secret);
        this.hash = this.start();
    }
    update(data) {
        if (this.finished)
            throw new Error('Attempted to update an already finished hash.');
        this.hash.update(data);
    }
    // The SDK's interface is asynchronous; the work is not.
    async digest() {
        let out;
        if (this.key === undefined) {
            // A plain hash may go on being updated after a digest (as the SDK's own class allows).
            out = this.hash.copy().digest();
        }
        else {
            this.finished = true;
            out = this.hash.digest();
        }
        return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    }
    reset() {
        this.hash = this.start();
        this.finished = false;
    }
    start() {
        return this.key === undefined ? (0,external_node_crypto_.createHash)('sha256') : (0,external_node_crypto_.createHmac)('sha256', this.key);
    }
}
const keyObjects = new WeakMap();
/** A string as it is; binary key bytes as a KeyObject, made once per key. */
function hmacKey(secret) {
    if (typeof secret === 'string')
        return secret;
    let key = keyObjects.get(secret);
    if (key === undefined) {
        const bytes = ArrayBuffer.isView(secret) ? new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength) : new Uint8Array(secret);
        key = (0,external_node_crypto_.createSecretKey)(bytes);
        keyObjects.set(secret, key);
    }
    return key;
}

// EXTERNAL MODULE: ./lib/aws/unanswered-attempts.js
var unanswered_attempts = __webpack_require__(720);
;// CONCATENATED MODULE: ./lib/aws/clients.js











/**
 * The timeouts and one pool of connections for every client of a run, the STS clients that assume
 * the guard roles included: a region's endpoint is the same host for every account, so connections
 * are reused across accounts instead of each client opening its own (and keeping it open). Never
 * call a client's destroy(): the SDK's handler destroys its agents, and these are every client's.
 */
function sharedRequestHandler(options = {}) {
    return {
        ...timeouts(options),
        httpAgent: new external_node_http_.Agent({ keepAlive: true }),
        httpsAgent: new external_node_https_.Agent({ keepAlive: true }),
    };
}
/** Five attempts: enough for adaptive retry to ride out a throttled burst on a 10 TPS quota. */
const DEFAULT_MAX_ATTEMPTS = 5;
/**
 * Used for the global services only when the default chain finds no region at all
 * (no AWS_REGION, no profile region): the SDK refuses to call without one, and in the
 * commercial partition Organizations and the global STS endpoint live in us-east-1 anyway.
 */
const GLOBAL_FALLBACK_REGION = 'us-east-1';
/**
 * Without these the SDK waits forever on a connection that never answers (its requestTimeout alone
 * only logs a warning), and a scheduled run would hang until the job's own timeout. A timed-out
 * attempt is a transient error: the retry strategy tries again.
 */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
/** A request handler's timeouts: an attempt that takes too long throws (and is retried). */
function timeouts(options) {
    return {
        requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        connectionTimeout: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
        throwOnRequestTimeout: true,
    };
}
/** What every client of a run shares: retries, timeouts, user agent. */
function commonClientConfig(options) {
    return {
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        requestHandler: timeouts(options),
        ...(options.userAgentSuffix === undefined ? {} : { customUserAgent: options.userAgentSuffix }),
        // Signing's hashes, with binary HMAC keys as KeyObjects: src/aws/sha256.ts says why.
        sha256: Sha256,
    };
}
/** Clients for one account; a run that guards many accounts uses awsClientFactory instead. */
function createAwsClients(options = {}) {
    return awsClientFactory(options)(options.credentials);
}
/** Whose quotas a client's calls count against: an account id, or the workflow's own credentials. */
const OWN_CREDENTIALS = 'credentials';
/**
 * Builds the clients of each account a run guards: the same retries, timeouts and user agent, one
 * lookup of the global services' region, one pool of connections and one call limiter for them
 * all; the credentials are each account's own. `account` keys the account's rate limits (its
 * quotas are its own); without it they are keyed to the workflow's own credentials.
 */
function awsClientFactory(options = {}) {
    const globalRegion = globalRegionProvider();
    const limiter = options.limiter ?? new call_limiter/* CallLimiter */.zU();
    // The limiter keeps calls in flight under its cap, so the pool never queues a call that has its token.
    const requestHandler = options.requestHandler ?? sharedRequestHandler(options);
    return (credentials, account = OWN_CREDENTIALS) => {
        const common = { ...commonClientConfig(options), requestHandler, ...(credentials === undefined ? {} : { credentials }) };
        const scope = (service, region) => ({ account, service, region, overrides: options.rateLimits });
        // Every client: its calls limited, the attempts that went unanswered counted, and its errors named by their call.
        const prepare = (client, service, region) => {
            limitCalls(client, limiter, scope(service, region));
            countUnansweredAttempts(client);
            nameFailedCalls(client, service);
        };
        const organizations = new OrganizationsClient/* OrganizationsClient */.g({ ...common, region: globalRegion });
        prepare(organizations, 'organizations', 'global');
        const sts = new STSClient/* STSClient */.i({ ...common, region: globalRegion });
        prepare(sts, 'sts', 'global');
        let accountClient;
        const regionalClients = new Map();
        const regional = (service, Client, region) => {
            const key = `${service} ${region}`;
            let client = regionalClients.get(key);
            if (client === undefined) {
                client = new Client({ ...common, region });
                prepare(client, service, region);
                regionalClients.set(key, client);
            }
            return client;
        };
        return {
            regional,
            iot(region) {
                return regional('iot', IoTClient/* IoTClient */.C, region);
            },
            organizations,
            sts,
            get account() {
                if (accountClient === undefined) {
                    accountClient = new AccountClient/* AccountClient */.p({ ...common, region: globalRegion });
                    prepare(accountClient, 'account', 'global');
                }
                return accountClient;
            },
        };
    };
}
/** The middleware's name in each client's stack. */
const CALL_LIMITER_MIDDLEWARE = 'inboundGuardCallLimiter';
/**
 * Every attempt of every call of `client` waits for its (account, region, API) bucket and a slot.
 * Placed inside the retry loop (so a retry waits its turn like any call) and before signing (so a
 * call that waited is signed when it leaves, not when it asked).
 */
function limitCalls(client, limiter, scope) {
    // Each operation's bucket key and limit, worked out on its first call (the limiter keeps a bucket's first limit anyway).
    const buckets = new Map();
    const bucketOf = (commandName) => {
        const operation = (commandName ?? 'Unknown').replace(/Command$/, '');
        let bucket = buckets.get(operation);
        if (bucket === undefined) {
            const quota = (0,quotas/* quotaFor */.Sv)(scope.service, operation, scope.overrides);
            bucket = { key: `${scope.account} ${scope.region} ${scope.service}:${operation}`, limit: quota === undefined ? undefined : (0,quotas/* clientLimit */.Zo)(quota) };
            buckets.set(operation, bucket);
        }
        return bucket;
    };
    const middleware = (next, context) => async (args) => {
        const { key, limit } = bucketOf(context.commandName);
        const release = await limiter.acquire(key, limit);
        try {
            return await next(args);
        }
        finally {
            release();
        }
    };
    client.middlewareStack.addRelativeTo(middleware, { relation: 'before', toMiddleware: 'httpSigningMiddleware', name: CALL_LIMITER_MIDDLEWARE, override: true });
}
/** The middleware's name in each client's stack. */
const UNANSWERED_ATTEMPTS_MIDDLEWARE = 'inboundGuardUnansweredAttempts';
/**
 * Counts, within the retry loop, the attempts of each call of `client` that got no answer or a
 * server error (mayHaveBeenMade), and records their number against what the call ends in, its
 * output or its error (unanswered-attempts.ts): a write whose retry meets the item answered already
 * may then have been made by this call. Placed after signing, nearest the wire: an error of ours
 * before the request leaves (credentials, the limiter) is not an attempt AWS saw.
 */
function countUnansweredAttempts(client) {
    const middleware = (next, context) => async (args) => {
        // The context is the call's, shared by its attempts.
        const call = context;
        try {
            const answer = await next(args);
            (0,unanswered_attempts/* addUnansweredAttempts */.E_)(answer.output, call.inboundGuardUnanswered ?? 0);
            return answer;
        }
        catch (err) {
            const before = call.inboundGuardUnanswered ?? 0;
            if ((0,unanswered_attempts/* mayHaveBeenMade */.Rv)(err))
                call.inboundGuardUnanswered = before + 1;
            if (typeof err === 'object' && err !== null)
                (0,unanswered_attempts/* addUnansweredAttempts */.E_)(err, before);
            throw err;
        }
    };
    client.middlewareStack.addRelativeTo(middleware, { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: UNANSWERED_ATTEMPTS_MIDDLEWARE, override: true });
}
/** The middleware's name in each client's stack. */
const FAILED_CALLS_MIDDLEWARE = 'inboundGuardFailedCalls';
/**
 * Records, for the error a call of `client` ends in, the IAM action the call needs (failed-call.ts):
 * `service` (the signing name: `iot`, `macie2`, …, which is also the actions' prefix) and the
 * operation (`ListInvitations`). Outermost (initialize), so it sees the error `send` throws.
 */
function nameFailedCalls(client, service) {
    const middleware = (next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (err) {
            if (context.commandName !== undefined)
                (0,failed_call/* recordFailedCall */.H)(err, `${service}:${context.commandName.replace(/Command$/, '')}`);
            throw err;
        }
    };
    client.middlewareStack.add(middleware, { step: 'initialize', name: FAILED_CALLS_MIDDLEWARE, override: true });
}
/**
 * The region the global services are called in: the SDK's default chain (AWS_REGION, then the
 * shared config profile), else `us-east-1`. Resolved once, on the first call that needs it.
 */
function globalRegionProvider() {
    let resolved;
    return () => {
        resolved ??= new STSClient/* STSClient */.i({}).config.region().catch(() => GLOBAL_FALLBACK_REGION);
        return resolved;
    };
}

// EXTERNAL MODULE: ./lib/aws/kinds/index.js
var kinds = __webpack_require__(9785);
;// CONCATENATED MODULE: ./lib/aws/effects.js

/**
 * The writes of an enforce run, against AWS, each made by its kind's AWS half with the clients of
 * the account it concerns (its role, as the sweep assumed it). Errors propagate as the SDK throws
 * them, or as clientsOf words a role it could not assume again.
 */
function awsEffects(clientsOf) {
    return {
        write: async (write) => {
            const pending = clientsOf(write.account);
            if (pending === undefined)
                throw new Error(`No credentials for account ${write.account}: it was not read in this run, so nothing is written there.`);
            const clients = await pending;
            await (await (0,kinds/* loadAwsKind */.A)(write.kind)).write(clients, write);
        },
        endState: async (write) => {
            const clients = await clientsOf(write.account)?.catch(() => undefined);
            const kind = await (0,kinds/* loadAwsKind */.A)(write.kind);
            if (clients === undefined || kind.endState === undefined)
                return undefined;
            return kind.endState(clients, write).catch(() => undefined);
        },
    };
}

;// CONCATENATED MODULE: ./lib/aws/sts/role-credentials.js

/** An hour: the longest a chained role session may last (the workflow's own credentials are usually a role session). */
const ROLE_SESSION_SECONDS = 3600;
/** Credentials are renewed this long before they expire, so no call starts on credentials about to lapse. */
const RENEW_BEFORE_MS = 5 * 60_000;
/**
 * Credentials for a role, assumed with the workflow's own credentials (the SDK's default chain) as
 * configure-aws-credentials' role chaining does, through the SDK's own provider. Every client of
 * one account shares the returned provider, so the role is assumed once and renewed before it
 * expires, not once per client. The SDK's provider package (every provider, Cognito's client
 * among them) is imported on the first request for credentials: a run that assumes no role never
 * loads it (npm run cold-start).
 */
function roleCredentials(options) {
    let assume;
    const provider = async (...args) => {
        const { fromTemporaryCredentials } = await __webpack_require__.e(/* import() */ 531).then(__webpack_require__.bind(__webpack_require__, 5531));
        assume ??= fromTemporaryCredentials({
            params: { RoleArn: options.roleArn, RoleSessionName: options.sessionName, DurationSeconds: ROLE_SESSION_SECONDS },
            clientConfig: {
                region: options.region,
                sha256: Sha256,
                ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
                ...(options.userAgent === undefined ? {} : { customUserAgent: options.userAgent }),
                ...(options.requestHandler === undefined ? {} : { requestHandler: options.requestHandler }),
            },
        });
        return assume(...args);
    };
    return shareCredentials(provider, options.now ?? Date.now);
}
/** One request for credentials at a time, reused until shortly before they expire; a failure is not cached. */
function shareCredentials(provider, now) {
    let current;
    return async () => {
        if (current !== undefined) {
            const held = await current.catch(() => undefined);
            const expires = held?.expiration?.getTime();
            if (held !== undefined && (expires === undefined || expires - now() > RENEW_BEFORE_MS))
                return held;
        }
        const next = provider();
        current = next;
        return next;
    };
}

// EXTERNAL MODULE: ./lib/act/budget.js
var act_budget = __webpack_require__(5419);
// EXTERNAL MODULE: ./lib/act/execute.js
var execute = __webpack_require__(667);
// EXTERNAL MODULE: ./lib/decide/decide.js
var decide = __webpack_require__(8954);
// EXTERNAL MODULE: ./lib/kinds/registry.js + 20 modules
var registry = __webpack_require__(8017);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
// EXTERNAL MODULE: ./lib/run/inventory.js + 4 modules
var run_inventory = __webpack_require__(939);
// EXTERNAL MODULE: ./lib/run/run-report.js
var run_report = __webpack_require__(1091);
// EXTERNAL MODULE: ./lib/run/targets-hint.js + 2 modules
var targets_hint = __webpack_require__(4466);
;// CONCATENATED MODULE: ./lib/run/sweep-run.js








/**
 * The budget of a run, or of one shard of it: a matrix of n jobs gives each ⌊limit / n⌋, so the
 * writes of all shards together can never exceed the run's limit.
 */
function shardBudgetLimit(limit, shard) {
    return shard === undefined ? limit : (0,act_budget/* shardShare */.K7)(limit, shard.count);
}
/**
 * dry-run and enforce: read every guarded account, decide every item under the one policy, check
 * the one budget against all of them together, then act (in enforce) — nothing is written before
 * every account has been read and the budget has passed.
 */
async function sweepAndAct(deps, request) {
    if (request.mode === 'enforce' && request.effects === undefined)
        throw new Error('enforce needs the AWS write effects');
    const { policy } = request;
    const clock = () => deps.now().getTime();
    const started = clock();
    const scopes = (0,registry/* sweepScopes */.K5)(policy, request.regionsInput);
    const inventory = await (0,run_inventory/* takeInventory */.O1)(deps, {
        policy,
        scopes,
        roleName: request.roleName,
        regionsInput: request.regionsInput,
        mode: request.mode,
        shard: request.shard,
        progressIntervalMs: request.progressIntervalMs,
    });
    const inventoried = clock();
    const decisions = (0,decide/* decide */.LD)(inventory.accounts.flatMap((a) => a.items), policy, deps.now(), (0,run_inventory/* decisionContext */.U)(policy, inventory));
    const whole = (0,act_budget/* resolveBudget */.ky)(request.maxActions, policy.limits.maxActions, (0,act_budget/* countPlanned */.Wn)(decisions));
    const limit = shardBudgetLimit(whole.limit, request.shard);
    const budget = request.shard === undefined ? whole : { ...whole, limit, tripped: whole.planned > limit, share: { runLimit: whole.limit, shards: request.shard.count } };
    const common = { budget, policy, ...(deps.log ? { log: (e) => deps.log?.act(e) } : {}) };
    const decided = clock();
    const results = request.mode === 'enforce' && request.effects
        ? await (0,execute/* executeDecisions */.Jl)(decisions, {
            ...common,
            mode: 'enforce',
            effects: request.effects(inventory),
            // A write refused as not allowed says which credentials lack which permission, as a refused read does.
            refusalHint: (0,targets_hint/* refusedWriteHints */.a)({ caller: inventory.caller, targets: inventory.accounts.map((a) => a.target), withTargets: policy.targets !== undefined, roleNameInput: request.roleName, regionsInput: request.regionsInput }),
        })
        : await (0,execute/* executeDecisions */.Jl)(decisions, { ...common, mode: 'dry-run' });
    const acted = clock();
    return (0,run_report/* buildRunReport */.IW)({
        mode: request.mode,
        toolVersion: version/* VERSION */.x,
        generatedAt: deps.now().toISOString(),
        callerAccount: inventory.caller.account,
        policy: { path: policy.path, digest: policy.digest },
        shard: request.shard,
        accounts: inventory.accounts,
        governed: scopes.map((scope) => scope.kind),
        skippedAccounts: inventory.skippedTargets,
        globalErrors: inventory.errors,
        budget,
        results,
        timings: { inventoryMs: inventoried - started, decideMs: decided - inventoried, actMs: acted - decided },
    });
}

;// CONCATENATED MODULE: ./lib/run/aws-run.js





/**
 * Runs `work` with V8's young generation kept at its starting size instead of letting it double
 * under the stream of short-lived pages a long listing allocates: peak RSS then stays flat from
 * 100k to millions of certificates (npm run bench measures it). The flag is read by V8 each time
 * it would grow the young generation; the runner gives no way to pass node flags. Set here, once
 * this module has loaded the AWS SDK and with it the built-ins it needs (crypto, net, tls, http,
 * https, http2, zlib, …), and set back to V8's default afterwards (before an alert loads the GitHub
 * client): a flag away from its default changes the hash V8 checks each code cache against, so a
 * built-in loaded meanwhile is compiled from its source. Set before loading them, that cost a
 * dry-run with nothing pending 14 % more instructions (npm run cold-start -- --instructions).
 */
async function withSmallYoungGeneration(work) {
    (0,external_node_v8_.setFlagsFromString)('--semi-space-growth-factor=1');
    try {
        return await work();
    }
    finally {
        // V8's default (node --v8-options).
        (0,external_node_v8_.setFlagsFromString)('--semi-space-growth-factor=2');
    }
}
/** Real clients for the workflow's credentials and for every role it assumes, and the real clock. */
function awsDeps(options) {
    const requestHandler = sharedRequestHandler();
    const clientsFor = awsClientFactory({ userAgentSuffix: options.userAgent, rateLimits: options.rateLimits, requestHandler });
    const region = globalRegionProvider();
    return {
        clients: clientsFor(),
        // Asked once per guarded account by the inventory, which keeps them only as long as it needs
        // them: not cached here, or every account's clients would live until the run ends.
        // The role's account (its ARN's 5th field) keys its rate limits: each account has its own quotas.
        clientsForRole: (roleArn) => clientsFor(roleCredentials({ roleArn, sessionName: options.sessionName, region, userAgent: options.userAgent, requestHandler }), roleArn.split(':')[4]),
        now: () => new Date(),
        ...(options.log ? { log: options.log } : {}),
    };
}
/**
 * The composition root of a sweeping run. Loaded lazily by the entry so that `validate` never
 * loads the AWS SDK.
 */
async function runAgainstAws(request) {
    return withSmallYoungGeneration(() => sweepAndAct(awsDeps(request), {
        mode: request.mode,
        policy: request.policy,
        regionsInput: request.regionsInput,
        maxActions: request.maxActions,
        roleName: request.roleName,
        shard: request.shard,
        effects: request.mode === 'enforce' ? (inventory) => awsEffects(inventory.clientsOf) : undefined,
    }));
}


/***/ }),

/***/ 939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ decisionContext),
  dj: () => (/* binding */ policyTargets),
  O1: () => (/* binding */ takeInventory)
});

// UNUSED EXPORTS: DEFAULT_ACCOUNTS_AT_ONCE

// EXTERNAL MODULE: ./lib/aws/errors.js
var aws_errors = __webpack_require__(6762);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-es/commands/ListAccountsCommand.js
var ListAccountsCommand = __webpack_require__(1880);
// EXTERNAL MODULE: ./lib/model/organization.js
var model_organization = __webpack_require__(9114);
// EXTERNAL MODULE: ./lib/model/sender.js
var sender = __webpack_require__(1000);
// EXTERNAL MODULE: ./lib/aws/iso.js
var iso = __webpack_require__(36);
// EXTERNAL MODULE: ./lib/aws/pagination.js
var pagination = __webpack_require__(7577);
;// CONCATENATED MODULE: ./lib/aws/organizations/list-accounts.js





/** The largest page ListAccounts allows. */
const LIST_ACCOUNTS_MAX_RESULTS = 20;
/**
 * Pages per listing: 100,000 accounts (ten times the 10,000 AWS documents granting an organization
 * on request) at 20 a page, empty pages allowed for.
 */
const LIST_ACCOUNTS_MAX_PAGES = (0,pagination/* pageBound */.Ye)(100_000, LIST_ACCOUNTS_MAX_RESULTS);
/**
 * Every account of the caller's organization. Only the management account or a delegated
 * administrator may call it. Empty pages with a NextToken are followed like any other. `onPage`, if
 * given, is handed each page's accounts as the page arrives.
 */
async function listOrganizationAccounts(organizations, onPage) {
    const all = [];
    await (0,pagination/* forEachPage */.oO)('Organizations ListAccounts', (token) => organizations.send(new ListAccountsCommand/* ListAccountsCommand */.Q({ MaxResults: LIST_ACCOUNTS_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })), (page) => {
        const first = all.length;
        for (const account of page.Accounts ?? []) {
            const id = (0,iso/* nonEmpty */.hq)(account.Id);
            if (id === undefined)
                continue;
            // The id goes into role ARNs, titles and outputs: anything but AWS's shape fails the listing.
            if (!(0,sender/* isAccountId */.JG)(id))
                throw new Error('Organizations ListAccounts answered an account id that is not 12 digits; no account of the organization was swept.');
            all.push({ id, name: (0,iso/* nonEmpty */.hq)(account.Name), state: (0,iso/* nonEmpty */.hq)(account.State) ?? (0,iso/* nonEmpty */.hq)(account.Status) ?? 'UNKNOWN', organization: (0,model_organization/* organizationOfAccountArn */.fX)(account.Arn, id) });
        }
        onPage?.(all.slice(first));
        return page.NextToken;
    }, LIST_ACCOUNTS_MAX_PAGES, () => all.length);
    return all;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/commands/GetCallerIdentityCommand.js + 1 modules
var GetCallerIdentityCommand = __webpack_require__(869);
;// CONCATENATED MODULE: ./lib/aws/sts/get-caller-account.js


async function getCallerIdentity(sts) {
    const { Account: account, Arn: arn } = await sts.send(new GetCallerIdentityCommand/* GetCallerIdentityCommand */.z({}));
    if (!(0,sender/* isAccountId */.JG)(account)) {
        throw new Error(`STS GetCallerIdentity returned no usable account id (got ${JSON.stringify(account ?? null)}); check the credentials.`);
    }
    const partition = /^arn:(aws[a-z-]*):/.exec(arn ?? '')?.[1] ?? 'aws';
    return { account, arn: arn ?? '', partition };
}
/** The 12-digit id of the account the credentials belong to. */
async function getCallerAccount(sts) {
    return (await getCallerIdentity(sts)).account;
}

// EXTERNAL MODULE: ./lib/sweep/pool.js
var sweep_pool = __webpack_require__(1016);
// EXTERNAL MODULE: ./lib/sweep/sweep.js + 4 modules
var sweep_sweep = __webpack_require__(5192);
// EXTERNAL MODULE: ./lib/targets/resolve-targets.js
var resolve_targets = __webpack_require__(5649);
// EXTERNAL MODULE: ./lib/run/account-guard.js
var account_guard = __webpack_require__(4202);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-account/dist-es/commands/ListRegionsCommand.js + 1 modules
var ListRegionsCommand = __webpack_require__(9440);
;// CONCATENATED MODULE: ./lib/aws/account/list-regions.js



/** The largest page ListRegions allows. */
const LIST_REGIONS_MAX_RESULTS = 50;
/** Pages per listing: 500 regions (over ten times as many as AWS has) at 50 a page, empty pages allowed for. */
const LIST_REGIONS_MAX_PAGES = (0,pagination/* pageBound */.Ye)(500, LIST_REGIONS_MAX_RESULTS);
/** Opt-in states in which a region answers calls: enabled by default, or opted into. */
const ENABLED_REGION_STATES = ['ENABLED', 'ENABLED_BY_DEFAULT'];
/**
 * The regions enabled for the credentials' own account (Account API ListRegions, filtered to
 * ENABLED and ENABLED_BY_DEFAULT), sorted. A region being enabled or disabled (ENABLING,
 * DISABLING) is left out: calls there may fail either way, and the summary names what was swept.
 */
async function listEnabledRegions(account) {
    const regions = await (0,pagination/* collectPages */.VV)('Account ListRegions', (token) => account.send(new ListRegionsCommand/* ListRegionsCommand */.$({ MaxResults: LIST_REGIONS_MAX_RESULTS, RegionOptStatusContains: [...ENABLED_REGION_STATES], ...(token === undefined ? {} : { NextToken: token }) })), (page) => ({
        items: (page.Regions ?? []).flatMap((region) => {
            const name = (0,iso/* nonEmpty */.hq)(region.RegionName);
            const state = region.RegionOptStatus;
            return name !== undefined && (state === undefined || ENABLED_REGION_STATES.includes(state)) ? [name] : [];
        }),
        next: page.NextToken,
    }), LIST_REGIONS_MAX_PAGES);
    return [...new Set(regions)].sort();
}

// EXTERNAL MODULE: ./lib/aws/service-regions.js + 1 modules
var service_regions = __webpack_require__(2975);
// EXTERNAL MODULE: ./lib/kinds/registry.js + 20 modules
var registry = __webpack_require__(8017);
// EXTERNAL MODULE: ./lib/kinds/services.js
var services = __webpack_require__(9579);
// EXTERNAL MODULE: ./lib/sweep/shard.js
var shard = __webpack_require__(72);
// EXTERNAL MODULE: ./lib/run/kind-coverage.js
var kind_coverage = __webpack_require__(5490);
// EXTERNAL MODULE: ./lib/run/opt-in-hint.js
var opt_in_hint = __webpack_require__(5646);
// EXTERNAL MODULE: ./lib/run/targets-hint.js + 2 modules
var targets_hint = __webpack_require__(4466);
;// CONCATENATED MODULE: ./lib/run/account-inventory.js











async function inventoryOfAccount(clients, target, request, log, shared, caller) {
    const { account } = target;
    const scopes = new Map(request.scopes.map((scope) => [scope.kind, scope]));
    const unread = (error) => ({
        target,
        kinds: (0,kind_coverage/* coverages */.y)((kind) => {
            const scope = scopes.get(kind);
            if (scope === undefined)
                return { state: 'not-governed' };
            return { state: 'not-read', ...((0,registry/* kindNamed */.UL)(kind).scope === 'regional' ? { regions: { selection: selectionOf(scope), swept: [], skipped: [], failed: [] } } : {}) };
        }),
        items: [],
        errors: [error],
    });
    if (target.roleArn !== undefined) {
        // The role is assumed here, on the first call; the answer must name the account the role belongs to.
        try {
            const identity = await getCallerIdentity(clients.sts);
            if (identity.account !== account) {
                const error = { service: 'sts', account, message: `role ${target.roleArn} answered as account ${identity.account}, not ${account}; nothing was read with it` };
                log({ type: 'account-failed', account, errorKind: 'other', error });
                return unread(error);
            }
        }
        catch (err) {
            const { text, kind } = (0,aws_errors/* sweepFailure */.pp)(err, `could not assume ${target.roleArn}: `);
            // AWS's AccessDenied says what was refused, not what to deploy where, nor who the trust policy must name.
            const error = (0,targets_hint/* withHint */.mu)({ service: 'sts', account, ...text }, (0,targets_hint/* assumeRoleHint */.k_)(text, target, caller));
            log({ type: 'account-failed', account, errorKind: kind, error });
            return unread(error);
        }
    }
    // A read refused as not allowed most likely means that whoever read lacks the guard permissions: the
    // workflow's own credentials in their own account, else the guard role, assumed but without them.
    // Hinted as each error is made or logged, so the log's parts not read (which a run that stops after
    // its sweep names: RunLogger.notRead) say what the report's do.
    const context = { caller, withTargets: request.policy.targets !== undefined, mode: request.mode, roleNameInput: request.roleName, regionsInput: request.regionsInput };
    const hinted = (error) => (0,targets_hint/* withHint */.mu)(error, (0,targets_hint/* notAllowedHint */.HC)(error, target, context));
    const logHinted = (event) => log('error' in event ? { ...event, error: hinted(event.error) } : event);
    const errors = [];
    // Listed once, when some regional kind is to be read in every enabled region.
    let enabled;
    if (request.scopes.some((scope) => (0,registry/* kindNamed */.UL)(scope.kind).scope === 'regional' && scope.regions === 'all')) {
        try {
            enabled = await listEnabledRegions(clients.account);
        }
        catch (err) {
            const { text, kind } = (0,aws_errors/* sweepFailure */.pp)(err, 'ListRegions: ');
            const error = hinted({ service: 'account', account, ...text });
            errors.push(error);
            log({ type: 'listing-failed', what: `the enabled regions of ${account}`, errorKind: kind, error });
        }
    }
    // Every unit is (account, region) or (account, global), whichever kinds are read there: a region
    // belongs to one shard for all its kinds. Regions go by name (items follow that order).
    const ownsGlobal = (0,shard/* ownsUnit */.Ic)(request.shard, (0,shard/* unitKey */.g2)(account, 'global'));
    const parts = [];
    const planned = new Map();
    for (const scope of request.scopes) {
        if ((0,registry/* kindNamed */.UL)(scope.kind).scope === 'global') {
            if (ownsGlobal)
                parts.push(...scope.services.map((service) => ({ kind: scope.kind, service })));
            continue;
        }
        // `all` with names kept (a plan's union): the names too, enabled or not, as a run with their policy alone reads them.
        const selected = scope.regions === 'all' ? [...new Set([...(enabled ?? []), ...(scope.named ?? [])])] : [...new Set(scope.regions)];
        const regions = [];
        const skipped = [];
        const others = [];
        for (const region of [...selected].sort()) {
            // No table can say whether a service is offered in a region this release does not know: skipped as unknown, never as "not offered".
            if (!(0,service_regions/* isKnownRegion */.Kk)(region)) {
                skipped.push({ region, reason: services/* UNKNOWN_REGION_REASON */.js });
                continue;
            }
            const offered = scope.services.filter((service) => (0,service_regions/* offeredIn */.hF)(service, region));
            for (const service of scope.services)
                if (!offered.includes(service))
                    skipped.push({ region, reason: (0,services/* notOfferedReason */.r7)(service) });
            if (offered.length === 0)
                continue;
            if (!(0,shard/* ownsUnit */.Ic)(request.shard, (0,shard/* unitKey */.g2)(account, region))) {
                others.push(region);
                continue;
            }
            regions.push(region);
            parts.push(...offered.map((service) => ({ kind: scope.kind, service, region })));
        }
        planned.set(scope.kind, { regions, skipped, others });
        log({ type: 'regions-resolved', account, kind: scope.kind, swept: regions, skipped, ...(enabled === undefined ? {} : { listed: true }) });
    }
    const sweep = await (0,sweep_sweep/* sweepAccount */.Ew)(clients, {
        account,
        parts,
        log: logHinted,
        ...shared,
        ...(request.progressIntervalMs === undefined ? {} : { progressIntervalMs: request.progressIntervalMs }),
    });
    const read = new Set(sweep.swept.map(partId));
    for (const { part, reason } of sweep.notInUse) {
        if (part.region !== undefined)
            planned.get(part.kind)?.skipped.push({ region: part.region, reason });
    }
    const kinds = (0,kind_coverage/* coverages */.y)((kind) => {
        const scope = scopes.get(kind);
        if (scope === undefined)
            return { state: 'not-governed' };
        const mine = parts.filter((part) => part.kind === kind);
        const failed = [...new Set(mine.filter((part) => !read.has(partId(part))).map((part) => part.region ?? 'global'))];
        const plan = planned.get(kind);
        if (plan === undefined)
            return { state: !ownsGlobal ? 'other-shard' : failed.length > 0 ? 'failed' : 'swept' };
        const unlisted = scope.regions === 'all' && enabled === undefined;
        return {
            state: failed.length > 0 || unlisted ? 'failed' : 'swept',
            regions: { selection: selectionOf(scope), swept: plan.regions.filter((region) => !failed.includes(region)), skipped: plan.skipped, failed, ...(plan.others.length > 0 ? { otherShards: plan.others } : {}) },
        };
    });
    // A regional "security token invalid" after these credentials were accepted here is most likely an opt-in region not enabled.
    const acceptedElsewhere = sweep.swept.length > 0 || enabled !== undefined;
    // The one order items are reported in (compareItems), which a merge of shards sorts by too: the
    // parts' order follows the policy (its security services as it lists them), not that order.
    return { target, kinds, items: [...sweep.items].sort(registry/* compareItems */.Q9), errors: [...errors, ...sweep.errors.map((error) => hinted((0,opt_in_hint/* withOptInHint */.ML)(error, acceptedElsewhere)))] };
}
function selectionOf(scope) {
    return scope.regions === 'all' ? 'all' : 'list';
}
function partId(part) {
    return `${part.kind}/${part.service}/${part.region ?? 'global'}`;
}

;// CONCATENATED MODULE: ./lib/run/inventory.js










/** A policy's own pick: its `targets` (else the caller's account) within its `accounts` pin, `role-name` the input's if given. */
function policyTargets(policy, caller, roleName) {
    return {
        organization: policy.targets?.organization === true,
        resolve: (organizationAccounts) => (0,resolve_targets/* resolveTargets */.h5)({ targets: policy.targets, roleNameInput: roleName, caller, pin: policy.accounts?.ids, organizationAccounts }),
        early: true,
    };
}
/**
 * Accounts swept at once by default: twice the places for their sweeps, so that an account assuming
 * its role or waiting on a slow region leaves none idle, and few enough that the clients of the
 * accounts in progress (a few MiB a hundred) bound the run's memory whatever the organization's size.
 */
const DEFAULT_ACCOUNTS_AT_ONCE = 2 * sweep_sweep/* DEFAULT_UNITS_AT_ONCE */.oI;
async function takeInventory(deps, request) {
    const log = (event) => deps.log?.sweep(event);
    let caller;
    try {
        caller = await getCallerIdentity(deps.clients.sts);
    }
    catch (error) {
        throw new Error(`Could not tell which AWS account these credentials belong to (STS GetCallerIdentity: ${(0,aws_errors/* describeAwsError */.Pp)(error)}). Check the credentials step, e.g. aws-actions/configure-aws-credentials, and that AWS_REGION is set.`);
    }
    const { policy } = request;
    // Without targets the policy guards the credentials' own account: the pin is checked before anything is read.
    if (request.targets === undefined && policy.targets === undefined)
        (0,account_guard/* assertGovernedAccount */.A1)(policy, caller.account);
    const choice = request.targets === undefined ? policyTargets(policy, caller, request.roleName) : request.targets(caller);
    // The accounts' (account, region) sweeps take turns for these places.
    const units = new sweep_pool/* Semaphore */.jf(request.unitsAtOnce ?? sweep_sweep/* DEFAULT_UNITS_AT_ONCE */.oI);
    const clientsFor = (target) => {
        const clients = target.roleArn === undefined ? deps.clients : deps.clientsForRole?.(target.roleArn);
        if (clients === undefined)
            throw new Error(`No way to assume ${target.roleArn ?? 'a role'} was given to the sweep.`);
        return clients;
    };
    // Accounts are swept as they are known, so many at once: with `choice.early`, those of each page of
    // the organization's list as it arrives, so that the list's pages (paced at the Organizations
    // quota) and the accounts' sweeps overlap; the rest once the targets are resolved.
    const pool = new sweep_pool/* TaskPool */.YE(request.accountConcurrency ?? DEFAULT_ACCOUNTS_AT_ONCE);
    const swept = new Map();
    const started = new Set();
    // Organization members whose sweep began: when the list fails midway, the log counts them (organization-dropped).
    let begunFromList = 0;
    // Set when the organization's list fails midway: its members are then not part of the run (as when
    // it fails on its first page); those started from its first pages finish, unused, the rest never begin.
    let abandoned = false;
    const start = (target) => {
        if (started.has(target.account))
            return;
        started.add(target.account);
        pool.add(async () => {
            if (abandoned && target.via === 'organization')
                return;
            if (target.via === 'organization')
                begunFromList += 1;
            swept.set(target.account, await inventoryOfAccount(clientsFor(target), target, request, log, { now: () => deps.now().getTime(), units }, caller));
        });
    };
    const errors = [];
    let organizationAccounts;
    if (choice.organization) {
        // Each page resolved on its own, not the list so far again: an account's pick depends on it alone (`early`).
        const early = choice.early === true;
        // Counted: a refusal after pages were listed came midway (organizationListingHint).
        let pagesListed = 0;
        const onPage = (page) => {
            pagesListed += 1;
            if (early)
                choice.resolve(page).targets.forEach(start);
        };
        // Said first, so that the accounts' lines, logged while the list is read, follow what the run is doing.
        if (early)
            log({ type: 'organization-listing', caller: caller.account });
        try {
            organizationAccounts = await listOrganizationAccounts(deps.clients.organizations, onPage);
        }
        catch (err) {
            abandoned = true;
            const { text, kind } = (0,aws_errors/* sweepFailure */.pp)(err, 'ListAccounts: ');
            // AWS's answer names neither who the credentials are nor which account may list the organization.
            const error = (0,targets_hint/* withHint */.mu)({ service: 'organizations', ...text }, (0,targets_hint/* organizationListingHint */.X2)(text.code, caller, pagesListed));
            errors.push(error);
            log({ type: 'listing-failed', what: "the organization's accounts", errorKind: kind, error });
            // The members begun from its first pages finish, but are not the run's: once their lines are
            // done (none comes after), the log says so, counting them, before the total of the accounts named besides the list.
            if (begunFromList > 0) {
                await pool.drain();
                log({ type: 'organization-dropped', dropped: begunFromList });
            }
        }
    }
    const { targets, skipped, plan } = choice.resolve(organizationAccounts);
    const organization = organizationAccounts === undefined ? undefined : (0,model_organization/* organizationOfAll */.S9)(organizationAccounts);
    // Accounts swept as the list was read: the total closes that list (it failed: listing-failed said so, and this counts those named besides it).
    const listed = choice.organization && choice.early === true && organizationAccounts !== undefined ? { listed: { organization } } : {};
    log({ type: 'targets-resolved', targets: targets.length, skipped: skipped.length, viaRoles: targets.filter((t) => t.roleArn !== undefined).length, ...(plan === undefined ? {} : { plan }), ...listed });
    targets.forEach(start);
    await pool.drain();
    // The whole list's pick holds every account a part of it picked (resolveTargets decides each on
    // its own); when the list failed midway, only the accounts named besides it are the run's.
    const accounts = targets.map((target) => {
        const inventory = swept.get(target.account);
        if (inventory === undefined)
            throw new Error(`Account ${target.account} was to be swept but was not.`);
        return inventory;
    });
    const readable = new Map();
    for (const inventory of accounts)
        if (inventory.errors.every((e) => e.service !== 'sts'))
            readable.set(inventory.target.account, inventory.target);
    // An account's clients (each SDK client holds buffers and a middleware stack of its own) are let
    // go as its sweep ends, so the run's memory does not grow with the organization; the few accounts
    // an enforce run writes to get theirs again, their role assumed a second time and checked as the
    // sweep checked it (a refusal now fails that account's writes once, in our words, with the hint).
    const writers = new Map();
    const clientsOf = (account) => {
        const target = readable.get(account);
        if (target === undefined)
            return undefined;
        let clients = writers.get(account);
        if (clients === undefined) {
            clients = writerClients(clientsFor(target), target, caller);
            // Settled either way here; each write awaits it and meets the same answer.
            clients.catch(() => undefined);
            writers.set(account, clients);
        }
        return clients;
    };
    return { caller, accounts, skippedTargets: skipped, errors, organizationAccounts, organization, clientsOf };
}
/**
 * An account's clients for the writes: for an account reached through a role, the role is assumed
 * again (its first call) and must answer as the account, as inventoryOfAccount checks it.
 */
async function writerClients(clients, target, caller) {
    if (target.roleArn === undefined)
        return clients;
    let identity;
    try {
        identity = await getCallerIdentity(clients.sts);
    }
    catch (err) {
        const hint = (0,targets_hint/* assumeRoleHint */.k_)((0,aws_errors/* sweepFailure */.pp)(err, '').text, target, caller);
        throw new Error(`Could not assume ${target.roleArn} again for the writes (the sweep had): ${(0,aws_errors/* describeAwsError */.Pp)(err)}${hint === undefined ? '' : ` ${hint}`}`);
    }
    if (identity.account !== target.account)
        throw new Error(`Role ${target.roleArn} answered as account ${identity.account}, not ${target.account}, when assumed again for the writes; nothing was written with it.`);
    return clients;
}
/**
 * What `policy`'s decisions may know of this run beyond the policy: the organization it guards,
 * when the policy guards one (targets.organization) and this run's listing named it. The same
 * listing serves both policies of a plan, so both see the same organization when both guard it;
 * one that does not guard it sees none, as its own scheduled run would.
 */
function decisionContext(policy, inventory) {
    return policy.targets?.organization === true && inventory.organization !== undefined ? { guardedOrganization: inventory.organization } : {};
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


/***/ }),

/***/ 1016:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WS: () => (/* binding */ mapWithConcurrency),
/* harmony export */   YE: () => (/* binding */ TaskPool),
/* harmony export */   jf: () => (/* binding */ Semaphore)
/* harmony export */ });
/**
 * `task` applied to every item with at most `concurrency` running at once; results in input order.
 * On the first failure no further items are started; the ones already running are awaited (so nothing
 * is left talking to AWS behind the caller's back) and then that first error is thrown.
 * Tasks that must not stop the others (the act stage) catch their own errors.
 */
async function mapWithConcurrency(items, concurrency, task) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new Error(`Concurrency must be a whole number of at least 1, got ${concurrency}.`);
    }
    const results = new Array(items.length);
    let next = 0;
    let failure;
    async function worker() {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, () => worker()));
    if (failure !== undefined)
        throw failure.error;
    return results;
}
/**
 * Runs tasks as they are added, at most `concurrency` at once, in the order added: for work whose
 * items arrive over time (the certificates of each page). The first failure is kept and stops the
 * tasks not yet started; `drain` then waits for the running ones and throws it. A task never
 * rejects unobserved: its failure is held here until `drain`.
 */
class TaskPool {
    queue = [];
    running = 0;
    idle = [];
    failure;
    concurrency;
    constructor(concurrency) {
        if (!Number.isInteger(concurrency) || concurrency < 1) {
            throw new Error(`Concurrency must be a whole number of at least 1, got ${concurrency}.`);
        }
        this.concurrency = concurrency;
    }
    /** Whether a task has failed (no further tasks start). */
    get failed() {
        return this.failure !== undefined;
    }
    add(task) {
        if (this.failure !== undefined)
            return;
        this.queue.push(task);
        this.pump();
    }
    /** Resolves when every task added so far has finished; rejects with the first failure. */
    async drain() {
        if (this.running > 0 || this.queue.length > 0)
            await new Promise((resolve) => this.idle.push(resolve));
        if (this.failure !== undefined)
            throw this.failure.error;
    }
    pump() {
        while (this.failure === undefined && this.running < this.concurrency && this.queue.length > 0) {
            const task = this.queue.shift();
            this.running += 1;
            Promise.resolve()
                .then(task)
                .catch((error) => {
                this.failure ??= { error };
                this.queue.length = 0;
            })
                .finally(() => {
                this.running -= 1;
                this.pump();
                if (this.running === 0 && this.queue.length === 0) {
                    const waiting = this.idle;
                    this.idle = [];
                    for (const resolve of waiting)
                        resolve();
                }
            });
        }
    }
}
/** At most `size` holders at once; the others wait their turn, first come first served. */
class Semaphore {
    free;
    waiting = [];
    constructor(size) {
        if (!Number.isInteger(size) || size < 1)
            throw new Error(`A semaphore needs a whole number of at least 1 places, got ${size}.`);
        this.free = size;
    }
    /** Runs `task` once a place is free, and frees the place when it settles. */
    async run(task) {
        if (this.free > 0)
            this.free -= 1;
        else
            await new Promise((resolve) => this.waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next !== undefined)
                next();
            else
                this.free += 1;
        }
    }
}


/***/ }),

/***/ 5192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oI: () => (/* binding */ DEFAULT_UNITS_AT_ONCE),
  Ew: () => (/* binding */ sweepAccount),
  b1: () => (/* binding */ sweepHandshakes),
  RH: () => (/* binding */ sweepRegion)
});

// UNUSED EXPORTS: DEFAULT_DESCRIBE_CONCURRENCY

// EXTERNAL MODULE: ./lib/model/code-unit-order.js
var code_unit_order = __webpack_require__(7286);
// EXTERNAL MODULE: ./lib/model/unique-by.js
var unique_by = __webpack_require__(3122);
// EXTERNAL MODULE: ./lib/aws/errors.js
var errors = __webpack_require__(6762);
// EXTERNAL MODULE: ./lib/aws/iot/describe-certificate.js
var describe_certificate = __webpack_require__(5115);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/commands/ListOutgoingCertificatesCommand.js
var ListOutgoingCertificatesCommand = __webpack_require__(6925);
// EXTERNAL MODULE: ./lib/aws/iso.js
var iso = __webpack_require__(36);
// EXTERNAL MODULE: ./lib/aws/pagination.js
var pagination = __webpack_require__(7577);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/commands/ListCertificatesCommand.js
var ListCertificatesCommand = __webpack_require__(9955);
;// CONCATENATED MODULE: ./lib/aws/iot/list-pending-certificates.js



/** The largest page ListCertificates allows: a tenth of the calls of the default 25. */
const LIST_CERTIFICATES_PAGE_SIZE = 250;
/**
 * The most certificates one account holds in one region that a run must be able to list. AWS IoT
 * sets no quota on certificates; the largest fleets AWS describes are a few million devices per
 * customer, usually spread over regions and accounts. 10,000,000 in one account and region is
 * beyond them, and listing it already takes over an hour at the 10 TPS ListCertificates quota.
 */
const MAX_CERTIFICATES_PER_REGION = 10_000_000;
/**
 * Pages per ListCertificates listing: 10,000,000 / 250 = 40,000 full pages, plus 10 % for short
 * and empty pages (a page count AWS does not promise to keep minimal). A listing that still offers
 * a page after that fails the region: it is reported as not read, never as read.
 */
const LIST_CERTIFICATES_MAX_PAGES = Math.ceil((MAX_CERTIFICATES_PER_REGION / LIST_CERTIFICATES_PAGE_SIZE) * 1.1);
/**
 * Every certificate of the region, page by page, oldest first: `onPage` gets each page's pending
 * certificates as it arrives (ListCertificates cannot filter by status: all pages are read). Only
 * the pending ones are kept from a page, so a million-certificate region is never held in memory.
 * Oldest first, so that a page's creation dates tell how far through the region's history the
 * listing is (see the progress estimate in src/sweep/progress.ts).
 *
 * Each page is reduced straight from its JSON (readPageFromBody) before the SDK deserialises it;
 * the SDK then reads what is left, the page's token. When a body cannot be read that way, the SDK
 * deserialises the whole page as it always does, and the page is reduced from its output.
 */
async function forEachCertificatePage(iot, onPage) {
    let pending = 0;
    return (0,pagination/* forEachPage */.oO)('IoT ListCertificates', async (marker) => {
        let read;
        const command = new ListCertificatesCommand/* ListCertificatesCommand */.y({ pageSize: LIST_CERTIFICATES_PAGE_SIZE, ascendingOrder: true, ...(marker === undefined ? {} : { marker }) });
        // Each attempt (retries included) overwrites `read`: the page is the last successful answer's.
        command.middlewareStack.addRelativeTo(readPageFromBody((page) => (read = page)), { relation: 'after', toMiddleware: 'deserializerMiddleware', name: PAGE_READER_MIDDLEWARE });
        const output = await iot.send(command);
        return { page: read ?? toCertificatePage(output.certificates ?? []), nextMarker: output.nextMarker };
    }, ({ page, nextMarker }) => {
        pending += page.pending.length;
        onPage(page);
        return nextMarker;
    }, LIST_CERTIFICATES_MAX_PAGES, 
    // In the message of a listing that never ends: the pending certificates it had found.
    () => pending);
}
/** The name of the middleware that reads a ListCertificates page from its body, on each command. */
const PAGE_READER_MIDDLEWARE = 'inboundGuardCertificatePageReader';
/**
 * A ListCertificates page reduced from the answer's JSON as it arrives, before the SDK's deserialiser
 * (placed just inside it): the page goes to `onPage`, and the body the SDK goes on to read keeps
 * every member but `certificates` (the token, `nextMarker`). A listing reads every certificate of
 * the region while it keeps only the pending ones: the SDK's generic deserialiser builds an object
 * and a Date for each of 250 certificates a page, about 1.6 ms of CPU a page on a 2-core runner (a
 * third of a sweep's CPU at 50 pages a second; `npm run bench`), where this keeps a few. An error
 * answer (status other than 200) and a body that is not a JSON object with a `certificates` list
 * are left whole, for the SDK to read or raise as it always does.
 */
function readPageFromBody(onPage) {
    return (next) => async (args) => {
        const result = await next(args);
        const response = result.response;
        if (response === undefined || response.statusCode !== 200)
            return result;
        const bytes = await bodyBytes(response.body);
        if (bytes === undefined)
            return result;
        const reduced = reduceCertificatesJson(bytes);
        response.body = reduced === undefined ? bytes : Buffer.from(JSON.stringify(reduced.rest));
        if (reduced !== undefined)
            onPage(reduced.page);
        return result;
    };
}
/** A response body as bytes: a Node stream read to its end, or the bytes it already is; undefined for anything else. */
async function bodyBytes(body) {
    if (body instanceof Uint8Array)
        return body;
    if (typeof body !== 'object' || body === null || !(Symbol.asyncIterator in body))
        return undefined;
    const chunks = [];
    // A Node stream gives Buffers (kept as they are: Buffer.from would copy each), a string-mode one strings.
    for await (const chunk of body)
        chunks.push(chunk instanceof Uint8Array ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks);
}
/**
 * A ListCertificates body reduced to its page, with the rest of the body (every other member), or
 * undefined when it is not a JSON object whose `certificates`, if present, is a list. Reads the
 * fields as the SDK would (creationDate: epoch seconds, a number or its string); a field of another
 * type counts as absent, where the SDK would pass it on or fail the page.
 */
function reduceCertificatesJson(bytes) {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (!isRecord(parsed))
        return undefined;
    const { certificates = [], ...rest } = parsed;
    if (!Array.isArray(certificates))
        return undefined;
    const pending = [];
    for (const certificate of certificates) {
        if (!isRecord(certificate) || certificate['status'] !== 'PENDING_TRANSFER')
            continue;
        const certificateId = (0,iso/* nonEmpty */.hq)(certificate['certificateId']);
        if (certificateId === undefined)
            continue;
        pending.push({
            certificateId,
            certificateArn: (0,iso/* nonEmpty */.hq)(certificate['certificateArn']),
            certificateMode: (0,iso/* nonEmpty */.hq)(certificate['certificateMode']),
            creationDate: (0,iso/* isoDate */._$)(rawEpoch(certificate)),
        });
    }
    const first = certificates[0];
    const last = certificates[certificates.length - 1];
    return {
        page: { read: certificates.length, pending, createdFrom: epoch(rawEpoch(first)), createdTo: epoch(rawEpoch(last)) },
        rest,
    };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A certificate's creationDate as the SDK reads an epoch-seconds timestamp: Math.round(seconds * 1000) ms. */
function rawEpoch(certificate) {
    if (!isRecord(certificate))
        return undefined;
    const value = certificate['creationDate'];
    const seconds = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
    return Number.isFinite(seconds) ? new Date(Math.round(seconds * 1000)) : undefined;
}
/** Every certificate of the region in PENDING_TRANSFER, incoming and outgoing alike. */
async function listPendingCertificates(iot) {
    const pending = [];
    await forEachCertificatePage(iot, (page) => pending.push(...page.pending));
    return pending;
}
/** A page reduced from the SDK's own output: when readPageFromBody could not read the body, the SDK deserialised it whole. */
function toCertificatePage(certificates) {
    const pending = [];
    for (const certificate of certificates) {
        const certificateId = (0,iso/* nonEmpty */.hq)(certificate.certificateId);
        if (certificate.status !== 'PENDING_TRANSFER' || certificateId === undefined)
            continue;
        pending.push({
            certificateId,
            certificateArn: (0,iso/* nonEmpty */.hq)(certificate.certificateArn),
            certificateMode: (0,iso/* nonEmpty */.hq)(certificate.certificateMode),
            creationDate: (0,iso/* isoDate */._$)(certificate.creationDate),
        });
    }
    return {
        read: certificates.length,
        pending,
        createdFrom: epoch(certificates[0]?.creationDate),
        createdTo: epoch(certificates[certificates.length - 1]?.creationDate),
    };
}
function epoch(date) {
    const ms = date?.getTime();
    return ms === undefined || Number.isNaN(ms) ? undefined : ms;
}

;// CONCATENATED MODULE: ./lib/aws/iot/list-outgoing-certificates.js




const LIST_OUTGOING_CERTIFICATES_PAGE_SIZE = 250;
/** Outgoing transfers are the account's own certificates: the same bound as ListCertificates. */
const LIST_OUTGOING_CERTIFICATES_MAX_PAGES = Math.ceil((MAX_CERTIFICATES_PER_REGION / LIST_OUTGOING_CERTIFICATES_PAGE_SIZE) * 1.1);
async function listOutgoingCertificates(iot) {
    return (0,pagination/* collectPages */.VV)('IoT ListOutgoingCertificates', (marker) => iot.send(new ListOutgoingCertificatesCommand/* ListOutgoingCertificatesCommand */.W({ pageSize: LIST_OUTGOING_CERTIFICATES_PAGE_SIZE, ...(marker === undefined ? {} : { marker }) })), (page) => ({
        items: (page.outgoingCertificates ?? []).flatMap((certificate) => {
            const certificateId = (0,iso/* nonEmpty */.hq)(certificate.certificateId);
            if (certificateId === undefined)
                return [];
            return [{
                    certificateId,
                    certificateArn: (0,iso/* nonEmpty */.hq)(certificate.certificateArn),
                    transferredTo: (0,iso/* nonEmpty */.hq)(certificate.transferredTo),
                    transferDate: (0,iso/* isoDate */._$)(certificate.transferDate),
                    transferMessage: (0,iso/* nonEmpty */.hq)(certificate.transferMessage),
                    creationDate: (0,iso/* isoDate */._$)(certificate.creationDate),
                }];
        }),
        next: page.nextMarker,
    }), LIST_OUTGOING_CERTIFICATES_MAX_PAGES);
}

// EXTERNAL MODULE: ./lib/aws/iot/to-certificate-transfer.js
var to_certificate_transfer = __webpack_require__(9239);
// EXTERNAL MODULE: ./lib/aws/organizations/list-handshakes.js
var list_handshakes = __webpack_require__(5940);
// EXTERNAL MODULE: ./lib/model/organization.js
var organization = __webpack_require__(9114);
;// CONCATENATED MODULE: ./lib/aws/organizations/to-handshake-item.js



/**
 * Types AWS sends only within one organization (its own feature handshakes): sender and recipient
 * are the same organization, so the account the ARN names is that organization's management
 * account on either reading of it, and no other organization can send one. Their direction is read
 * from the ARN alone, as it always was.
 */
const OWN_ORGANIZATION_TYPES = ['ENABLE_ALL_FEATURES', 'APPROVE_ALL_FEATURES', 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE'];
/**
 * A handshake as the decisions read it, or undefined when it has no Id (nothing could be done with it).
 * Never throws: every other field is optional. Everything read from Parties and Resources is sender-written.
 */
function toHandshakeItem(handshake, callerAccount) {
    const id = (0,iso/* nonEmpty */.hq)(handshake.Id);
    if (id === undefined)
        return undefined;
    const arn = (0,iso/* nonEmpty */.hq)(handshake.Arn) ?? '';
    const type = (0,iso/* nonEmpty */.hq)(handshake.Action) ?? 'UNKNOWN';
    const fromArn = (0,organization/* parseHandshakeArn */.QB)(arn);
    const resources = flatten(handshake.Resources ?? []);
    // Without an ARN (or with one not of AWS's shape: never seen on AWS), the management account is
    // read from the MANAGEMENT_ACCOUNT resources, which the sender writes: they may name the sender,
    // never make the handshake ours (directionOf reads the ARN alone).
    const named = fromArn.managementAccountId ?? agreed(valuesOf(resources, 'MANAGEMENT_ACCOUNT'));
    const direction = directionOf(type, fromArn.managementAccountId, handshake.Parties ?? [], callerAccount);
    // What should name the sending organization's management account names ours, yet the handshake
    // is not ours (a TRANSFER_RESPONSIBILITY whose ARN names the recipient's side, which AWS has not
    // ruled out): then neither the ARN nor the body says who sent it. Saying nothing is safer than
    // naming our own organization, whose allow entry would then match: every sender field is unknown.
    // What the body says of the other organization is kept apart, for a reader only (claimedSender).
    const senderUnknown = direction === 'incoming' && named === callerAccount;
    const claimedSender = senderUnknown ? claimedSenderOf(handshake, resources, fromArn.organizationId, callerAccount) : undefined;
    const organizationId = senderUnknown ? undefined : (fromArn.organizationId ?? organizationFromBody(handshake, resources));
    const sender = senderUnknown ? NO_SENDER_RESOURCES : senderResources(resources, organizationId);
    return {
        kind: 'handshake',
        account: callerAccount,
        id,
        arn,
        type,
        state: (0,iso/* nonEmpty */.hq)(handshake.State) ?? 'UNKNOWN',
        direction,
        organizationId,
        managementAccountId: senderUnknown ? undefined : named,
        ...contactOf(sender),
        notes: valuesOf(resources, 'NOTES')[0],
        ...(claimedSender === undefined ? {} : { claimedSender }),
        recipient: recipientOf(handshake, organizationId),
        requestedAt: (0,iso/* isoDate */._$)(handshake.RequestedTimestamp),
        expiresAt: (0,iso/* isoDate */._$)(handshake.ExpirationTimestamp),
    };
}
/**
 * Outgoing only when the evidence says this account's organization sent it; anything else is
 * incoming, the safe reading: declining a handshake we sent fails loudly (only its recipient may),
 * while taking an incoming one for ours lets it through unseen.
 *
 * `arnAccount` is the management account the ARN names. Without an ARN, or with one that does not
 * parse (AWS always sends one that does), it is incoming: the only other place naming a management
 * account is the MANAGEMENT_ACCOUNT resources, which the sender writes, and naming us there must
 * not make its handshake look like ours. That the ARN's account is the *sender's* is shown by AWS
 * only for INVITE (the Organizations model's examples-1.json; see HandshakeArnParts): no
 * TRANSFER_RESPONSIBILITY ARN is published, and it may name the recipient's management account —
 * ours. So, when it names this account:
 * - own-organization types: outgoing (see OWN_ORGANIZATION_TYPES);
 * - any other type with an ACCOUNT party naming this account: incoming. A handshake we sent does
 *   not name us as its target. The sender chooses the target, but naming us only makes it incoming;
 * - INVITE: otherwise outgoing (the confirmed reading; its target may be an EMAIL);
 * - TRANSFER_RESPONSIBILITY and types AWS adds later: outgoing only if its targets (ACCOUNT and
 *   EMAIL parties) are all one other account named by id. A target by email could be ours.
 */
function directionOf(type, arnAccount, parties, callerAccount) {
    if (arnAccount !== callerAccount)
        return 'incoming';
    if (OWN_ORGANIZATION_TYPES.includes(type))
        return 'outgoing';
    const targets = parties.filter((party) => party?.Type === 'ACCOUNT' || party?.Type === 'EMAIL');
    if (targets.some((party) => party?.Type === 'ACCOUNT' && (0,iso/* nonEmpty */.hq)(party.Id) === callerAccount))
        return 'incoming';
    if (type === 'INVITE')
        return 'outgoing';
    const other = agreed(targets.map((party) => (party?.Type === 'ACCOUNT' ? ((0,iso/* nonEmpty */.hq)(party.Id) ?? '') : '')));
    return other !== undefined && other !== '' ? 'outgoing' : 'incoming';
}
/**
 * Without an ARN, the organization named by the ORGANIZATION parties and resources, but only if they
 * all name the same one: a handshake between two organizations (TRANSFER_RESPONSIBILITY) names both,
 * and guessing the wrong one could match an allow entry for our own organization.
 */
function organizationFromBody(handshake, resources) {
    return agreed([...organizationParties(handshake), ...valuesOf(resources, 'ORGANIZATION')]);
}
/** The ids of the handshake's ORGANIZATION parties (sender-written). */
function organizationParties(handshake) {
    return (handshake.Parties ?? []).flatMap((party) => {
        const id = party?.Type === 'ORGANIZATION' ? (0,iso/* nonEmpty */.hq)(party.Id) : undefined;
        return id === undefined ? [] : [id];
    });
}
/**
 * When the sender is unidentified: the organization the body names other than ours, if it names
 * only one, and what the resources nested under its ORGANIZATION resource say (its management
 * account, email, name). Ours is the one the ARN names and any whose
 * resources name this account as its management account. Nothing more is read: a value outside
 * that organization's resource could be our own organization's. For a reader only, never matched.
 */
function claimedSenderOf(handshake, resources, arnOrganization, callerAccount) {
    const organizations = resources.filter((r) => r.Type === 'ORGANIZATION');
    const managedByUs = organizations.filter((r) => valuesOf(flatten(r.Resources ?? []), 'MANAGEMENT_ACCOUNT').includes(callerAccount));
    const ours = new Set([arnOrganization, ...managedByUs.map((r) => (0,iso/* nonEmpty */.hq)(r.Value))]);
    const named = [...organizationParties(handshake), ...organizations.map((r) => (0,iso/* nonEmpty */.hq)(r.Value))].filter((id) => id !== undefined && !ours.has(id));
    const organizationId = agreed(named);
    if (organizationId === undefined)
        return undefined;
    const sender = senderResources(resources, organizationId);
    if (!sender.scoped)
        return { organizationId };
    return {
        organizationId,
        // Never this account: an organization whose resources name it as its manager is one of ours.
        managementAccountId: valuesOf(sender.resources, 'MANAGEMENT_ACCOUNT')[0],
        ...contactOf(sender),
    };
}
/**
 * The party the handshake was sent to: every party but the sending organization (an ACCOUNT, an
 * EMAIL, or for a handshake between two organizations the other ORGANIZATION), if they name one.
 * Only for saying to whom; nothing is decided by it. With the sender unknown every party counts, so
 * it names one only when the parties name one alone.
 */
function recipientOf(handshake, senderOrganization) {
    const others = (handshake.Parties ?? []).flatMap((party) => {
        const id = (0,iso/* nonEmpty */.hq)(party?.Id);
        if (id === undefined || party?.Type === undefined)
            return [];
        return party.Type === 'ORGANIZATION' && id === senderOrganization ? [] : [id];
    });
    return agreed(others);
}
/** When the sender is unknown: no resource is known to be its own, so no email or name is read. */
const NO_SENDER_RESOURCES = { scoped: true, resources: [] };
/**
 * Where the sender's management email and name are read: the resources nested under the
 * ORGANIZATION resource of the sending organization when there is one. A handshake between two
 * organizations (TRANSFER_RESPONSIBILITY) may describe both; taking the first email found could
 * read our own organization's and match an allow entry meant for it. Otherwise every resource, and
 * senderValue then insists that all candidates agree.
 */
function senderResources(resources, organizationId) {
    const own = resources.filter((r) => r.Type === 'ORGANIZATION' && organizationId !== undefined && (0,iso/* nonEmpty */.hq)(r.Value) === organizationId);
    if (own.length > 0)
        return { scoped: true, resources: own.flatMap((r) => flatten(r.Resources ?? [])) };
    return { scoped: false, resources };
}
/** The newer MANAGEMENT_* value, else the older MASTER_* one; unscoped, only a value all candidates agree on. */
function senderValue(sender, type, olderType) {
    const pick = (values) => (sender.scoped ? values[0] : agreed(values));
    return pick(valuesOf(sender.resources, type)) ?? pick(valuesOf(sender.resources, olderType));
}
/** The sender's management email and name (senderValue). */
function contactOf(sender) {
    return { managementEmail: senderValue(sender, 'MANAGEMENT_EMAIL', 'MASTER_EMAIL'), managementName: senderValue(sender, 'MANAGEMENT_NAME', 'MASTER_NAME') };
}
/** The one value all candidates agree on; undefined if there are none or they disagree. */
function agreed(values) {
    const distinct = new Set(values);
    return distinct.size === 1 ? values[0] : undefined;
}
/** Every resource at every depth, depth-first in document order (MASTER_* / MANAGEMENT_* sit under ORGANIZATION). */
function flatten(resources, depth = 0) {
    if (depth > 8)
        return [];
    const all = [];
    for (const resource of resources) {
        if (resource === null || resource === undefined)
            continue;
        all.push(resource, ...flatten(resource.Resources ?? [], depth + 1));
    }
    return all;
}
function valuesOf(resources, type) {
    return resources.flatMap((resource) => {
        const value = resource.Type === type ? (0,iso/* nonEmpty */.hq)(resource.Value) : undefined;
        return value === undefined ? [] : [value];
    });
}

// EXTERNAL MODULE: ./lib/aws/kinds/index.js
var kinds = __webpack_require__(9785);
// EXTERNAL MODULE: ./lib/kinds/registry.js + 20 modules
var registry = __webpack_require__(8017);
// EXTERNAL MODULE: ./lib/sweep/pool.js
var pool = __webpack_require__(1016);
;// CONCATENATED MODULE: ./lib/sweep/progress.js
/**
 * Progress of one region's sweep, for a log line at a steady interval while it lasts: pure, with
 * the clock passed in. Quiet for a sweep shorter than one interval.
 */
/** Progress lines per region at this interval; none before one interval has passed. */
const PROGRESS_INTERVAL_MS = 10_000;
/**
 * Counts a region's sweep as it goes and says when a progress line is due. The listing gives no
 * total, so the time left is estimated from creation dates: certificates are listed oldest first,
 * so the share of the time between the oldest certificate and now that the listing has covered is
 * the share of the region read — exact for a fleet created at an even pace, rough otherwise.
 * Once the listing has ended, the total is known and the describes' own rate gives the time left.
 */
class RegionProgressTracker {
    start;
    next;
    pages = 0;
    certificates = 0;
    pending = 0;
    described = 0;
    toDescribe;
    listedAt;
    describedAtListed = 0;
    oldest;
    reached;
    now;
    intervalMs;
    constructor(now, intervalMs = PROGRESS_INTERVAL_MS) {
        this.now = now;
        this.intervalMs = intervalMs;
        this.start = now();
        this.next = this.start + intervalMs;
    }
    /** A page arrived: `pending` is the count of distinct pending certificates so far. */
    page(read, pending, createdFrom, createdTo) {
        this.pages += 1;
        this.certificates += read;
        this.pending = pending;
        if (this.oldest === undefined && this.pages === 1)
            this.oldest = createdFrom;
        if (createdTo !== undefined)
            this.reached = createdTo;
        return this.due();
    }
    /** The listing ended; `toDescribe` incoming certificates are to be described in all. */
    listingDone(toDescribe) {
        this.listedAt = this.now();
        this.toDescribe = toDescribe;
        this.describedAtListed = this.described;
    }
    /** One certificate was described. */
    describe() {
        this.described += 1;
        return this.due();
    }
    due() {
        const now = this.now();
        if (now < this.next)
            return undefined;
        while (this.next <= now)
            this.next += this.intervalMs;
        const elapsedMs = now - this.start;
        return {
            elapsedMs,
            pages: this.pages,
            certificates: this.certificates,
            pending: this.pending,
            described: this.described,
            listed: this.listedAt !== undefined,
            pagesPerSecond: elapsedMs > 0 ? (this.pages * 1000) / elapsedMs : 0,
            remaining: this.remaining(now),
        };
    }
    remaining(now) {
        if (this.listedAt !== undefined && this.toDescribe !== undefined) {
            const done = this.described - this.describedAtListed;
            const left = this.toDescribe - this.described;
            if (done <= 0 || left <= 0)
                return undefined;
            return { ms: (left * (now - this.listedAt)) / done, basis: 'describe-rate' };
        }
        if (this.oldest === undefined || this.reached === undefined || this.pages < 2)
            return undefined;
        const covered = (this.reached - this.oldest) / (now - this.oldest);
        if (!(covered > 0 && covered < 1))
            return undefined;
        return { ms: ((now - this.start) * (1 - covered)) / covered, basis: 'creation-dates' };
    }
}

;// CONCATENATED MODULE: ./lib/sweep/sweep.js













/**
 * DescribeCertificate calls at once per region: enough to spend AWS's burst at once; the call
 * limiter (src/aws/call-limiter.ts) paces the rest, so more would only queue there.
 */
const DEFAULT_DESCRIBE_CONCURRENCY = 10;
/**
 * (Account, region) sweeps in progress at once across a run (an account's handshake listing counts
 * as one). Each holds at most a listing call, an outgoing-listing call and 10 describes, so this
 * bounds the calls waiting in the call limiter and the memory they hold (an SDK call waiting for
 * its turn is tens of kilobytes); all accounts and regions still start at once and take turns.
 * 64 sweeps at 10 TPS per API can ask for up to ~2,000 calls a second: more than a 2-core runner
 * sends and parses, so it rarely slows a sweep (the organization case of npm run bench shows it).
 */
const DEFAULT_UNITS_AT_ONCE = 64;
/**
 * Lists everything pending in the account's parts, each kind through its AWS half (loaded only for
 * the kinds asked for): every part at once, since each service in each region has its own quotas
 * (the call limiter keeps each under its own and all of them under one cap); each part takes one of
 * the run's places for sweeps in progress. Never throws for an AWS failure: it becomes the part's
 * SweepError.
 */
async function sweepAccount(clients, request) {
    const log = request.log ?? (() => { });
    const parts = (0,unique_by/* uniqueBy */.p)(request.parts, partKey);
    const options = {
        describeConcurrency: request.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY,
        now: request.now ?? Date.now,
        progressIntervalMs: request.progressIntervalMs ?? PROGRESS_INTERVAL_MS,
        log,
    };
    const units = request.units ?? new pool/* Semaphore */.jf(DEFAULT_UNITS_AT_ONCE);
    const regions = [...new Set(parts.flatMap((p) => (p.region === undefined ? [] : [p.region])))];
    const outcomes = new Map();
    await Promise.all(parts.map(async (part) => {
        const aws = await (0,kinds/* loadAwsKind */.A)(part.kind);
        outcomes.set(part, await units.run(() => aws.sweep(clients, { account: request.account, service: part.service, region: part.region }, options)));
    }));
    const items = [];
    const errors = [];
    const swept = [];
    const notInUse = [];
    for (const part of parts) {
        const outcome = outcomes.get(part);
        if (outcome?.ok === true)
            swept.push(part);
        else if (outcome !== undefined)
            errors.push(outcome.error);
        if (outcome?.ok === true && outcome.notInUse !== undefined)
            notInUse.push({ part, reason: outcome.notInUse });
    }
    for (const kind of registry/* KIND_NAMES */.kd) {
        for (const part of parts) {
            const outcome = outcomes.get(part);
            if (part.kind === kind && outcome?.ok === true)
                items.push(...outcome.items);
        }
    }
    const regionsSwept = regions.filter((region) => parts.every((p) => p.region !== region || swept.includes(p)));
    return { items, errors, swept, notInUse, regionsSwept };
}
function partKey(part) {
    return `${part.kind}/${part.service}/${part.region ?? 'global'}`;
}
/**
 * One IoT region, the certificate-transfer kind's part, pipelined: each page's pending certificates
 * are described as the page arrives, and the outgoing listing (needed to tell our own transfers from
 * incoming ones) starts with the first pending certificate, in parallel with the rest of the
 * listing. Any failure fails the region: it contributes no items, and nothing of it is left running.
 */
async function sweepRegion(clients, region, options) {
    const { account, log } = options;
    log({ type: 'region-started', account, region });
    const iot = clients.iot(region);
    const progress = new RegionProgressTracker(options.now, options.progressIntervalMs);
    const report = (snapshot) => {
        if (snapshot !== undefined)
            log({ type: 'region-progress', account, region, ...snapshot });
    };
    // AWS may list a certificate on two pages (the listing moved under us): judge and act on it once.
    const pending = [];
    const seen = new Set();
    let listed = 0;
    let outgoing;
    let outgoingIds;
    const details = new Map();
    const describer = new pool/* TaskPool */.YE(options.describeConcurrency);
    try {
        await forEachCertificatePage(iot, (page) => {
            for (const certificate of page.pending) {
                listed += 1;
                const { certificateId } = certificate;
                if (seen.has(certificateId))
                    continue;
                seen.add(certificateId);
                pending.push(certificate);
                // Our own outgoing transfers are PENDING_TRANSFER too; with nothing pending there are none to subtract.
                if (outgoing === undefined) {
                    outgoing = listOutgoingCertificates(iot);
                    outgoingIds = outgoing.then((list) => new Set(list.map((c) => c.certificateId)));
                    // Observed here, awaited below: a failure must not go unhandled while the listing goes on.
                    outgoingIds.catch(() => undefined);
                }
                const ids = outgoingIds;
                describer.add(async () => {
                    if ((await ids).has(certificateId))
                        return;
                    details.set(certificateId, await describeStillPending(clients, region, certificateId, account));
                    report(progress.describe());
                });
            }
            report(progress.page(page.read, pending.length, page.createdFrom, page.createdTo));
            // A describe already failed: the region has failed; stop listing it.
            if (describer.failed)
                throw new RegionAbandoned();
        });
        const outgoingList = (0,unique_by/* uniqueBy */.p)((await outgoing) ?? [], (certificate) => certificate.certificateId);
        const outgoingSet = (await outgoingIds) ?? new Set();
        const incoming = pending.filter((certificate) => !outgoingSet.has(certificate.certificateId));
        progress.listingDone(incoming.length);
        await describer.drain();
        const items = [];
        for (const certificate of incoming) {
            const described = details.get(certificate.certificateId);
            if (described !== undefined)
                items.push((0,to_certificate_transfer/* toIncomingTransfer */.hl)(region, certificate, described, account));
        }
        const incomingCount = items.length;
        items.push(...outgoingList.map((certificate) => (0,to_certificate_transfer/* toOutgoingTransfer */.ff)(region, certificate, account)));
        items.sort((a, b) => (0,code_unit_order/* compareCodeUnits */.U)(a.certificateId, b.certificateId));
        log({
            type: 'region-finished',
            account,
            region,
            pending: pending.length,
            incoming: incomingCount,
            outgoing: outgoingList.length,
            vanished: incoming.length - incomingCount,
            duplicates: listed - pending.length,
        });
        return { ok: true, items };
    }
    catch (caught) {
        // Nothing of a failed region keeps talking to AWS behind the caller's back.
        const err = await describer.drain().then(() => caught, (describeError) => (caught instanceof RegionAbandoned ? describeError : caught));
        await outgoing?.catch(() => undefined);
        const { text, kind } = (0,errors/* sweepFailure */.pp)(err);
        const error = { service: 'iot', account, region, ...text };
        log({ type: 'region-failed', account, region, errorKind: kind, error });
        return { ok: false, error };
    }
}
/** Thrown into the listing to stop it once a describe has failed; the describe's error is reported. */
class RegionAbandoned extends Error {
}
/**
 * The certificate's details while it is pending, and when it was accepted into this account between
 * ListCertificates and DescribeCertificate (reported, so a person sees it); undefined when it left
 * (rejected or cancelled meanwhile: a race, not an error).
 */
async function describeStillPending(clients, region, certificateId, account) {
    try {
        const details = await (0,describe_certificate/* describeCertificate */.d)(clients.iot(region), certificateId);
        return details.status === undefined || details.status === 'PENDING_TRANSFER' || (0,to_certificate_transfer/* acceptedInto */.w8)(details, account) ? details : undefined;
    }
    catch (err) {
        if ((0,errors/* classifyAwsError */.u3)(err).kind === 'race')
            return undefined;
        throw err;
    }
}
/** The Organizations sweep of one account: the handshake kind's part. */
async function sweepHandshakes(clients, account, log) {
    log({ type: 'handshakes-started', account });
    try {
        const handshakes = await (0,list_handshakes/* listHandshakes */.ru)(clients.organizations);
        const withId = handshakes.map((handshake) => toHandshakeItem(handshake, account)).filter((item) => item !== undefined);
        const items = (0,unique_by/* uniqueBy */.p)(withId, (item) => item.id).sort((a, b) => (0,code_unit_order/* compareCodeUnits */.U)(a.id, b.id));
        log({
            type: 'handshakes-finished',
            account,
            listed: handshakes.length,
            incoming: items.filter((item) => item.direction === 'incoming').length,
            outgoing: items.filter((item) => item.direction === 'outgoing').length,
            withoutId: handshakes.length - withId.length,
            duplicates: withId.length - items.length,
        });
        return { ok: true, items };
    }
    catch (err) {
        const { text, kind } = (0,errors/* sweepFailure */.pp)(err);
        const error = { service: 'organizations', account, ...text };
        log({ type: 'handshakes-failed', account, errorKind: kind, error });
        return { ok: false, error };
    }
}


/***/ })

};
