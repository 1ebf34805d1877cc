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
    return enforce(steps, options.effects, options.concurrency ?? DEFAULT_WRITE_CONCURRENCY, options.log);
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
async function enforce(steps, effects, concurrency, log) {
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
        const result = await write(step.decision, step.write, effects);
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
 * with what became of it when that can be told.
 */
async function write(decision, target, effects) {
    const reason = sent(target);
    const written = _outcomes_js__WEBPACK_IMPORTED_MODULE_3__/* .WRITTEN */ .Sg[writeOf(decision)];
    try {
        await effects.write(target);
        return { decision, outcome: written, ...reason };
    }
    catch (err) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyAwsError */ .u3)(err).kind !== 'race')
            return { decision, outcome: 'failed', detail: (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(err), ...reason };
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
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-account/dist-cjs/index.js
var dist_cjs = __webpack_require__(2990);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var client_iot_dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./lib/aws/call-limiter.js
var call_limiter = __webpack_require__(3512);
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
        // Every client: its calls limited, and the attempts that went unanswered counted.
        const prepare = (client, service, region) => {
            limitCalls(client, limiter, scope(service, region));
            countUnansweredAttempts(client);
        };
        const organizations = new client_organizations_dist_cjs/* OrganizationsClient */.gnq({ ...common, region: globalRegion });
        prepare(organizations, 'organizations', 'global');
        const sts = new client_sts_dist_cjs/* STSClient */.iM({ ...common, region: globalRegion });
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
                return regional('iot', client_iot_dist_cjs/* IoTClient */.CgZ, region);
            },
            organizations,
            sts,
            get account() {
                if (accountClient === undefined) {
                    accountClient = new dist_cjs/* AccountClient */.pt({ ...common, region: globalRegion });
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
/**
 * The region the global services are called in: the SDK's default chain (AWS_REGION, then the
 * shared config profile), else `us-east-1`. Resolved once, on the first call that needs it.
 */
function globalRegionProvider() {
    let resolved;
    return () => {
        resolved ??= new client_sts_dist_cjs/* STSClient */.iM({}).config.region().catch(() => GLOBAL_FALLBACK_REGION);
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
        const { fromTemporaryCredentials } = await __webpack_require__.e(/* import() */ 719).then(__webpack_require__.t.bind(__webpack_require__, 9719, 19));
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
// EXTERNAL MODULE: ./lib/run/inventory.js + 3 modules
var run_inventory = __webpack_require__(444);
// EXTERNAL MODULE: ./lib/run/run-report.js
var run_report = __webpack_require__(1091);
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
        ? await (0,execute/* executeDecisions */.Jl)(decisions, { ...common, mode: 'enforce', effects: request.effects(inventory) })
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


/***/ })

};
