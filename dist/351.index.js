export const id = 351;
export const ids = [351];
export const modules = {

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

/***/ 8351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsHandshakes: () => (/* binding */ awsHandshakes)
});

// EXTERNAL MODULE: ./lib/sweep/sweep.js + 4 modules
var sweep = __webpack_require__(5192);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./lib/aws/call-limiter.js
var call_limiter = __webpack_require__(3512);
// EXTERNAL MODULE: ./lib/aws/errors.js
var errors = __webpack_require__(6762);
// EXTERNAL MODULE: ./lib/aws/unanswered-attempts.js
var unanswered_attempts = __webpack_require__(720);
;// CONCATENATED MODULE: ./lib/aws/organizations/decline-handshake.js




/**
 * The waits before trying a decline again after ConcurrentModificationException: Organizations
 * answers it while another request is changing the organization ("Try again later"), and the SDK
 * does not retry it. After the last, the error is the write's failure.
 */
const CONCURRENT_MODIFICATION_WAITS_MS = [1000, 3000];
/**
 * Declines a handshake this account received. Only the receiving account may call it. The error it
 * throws counts the unanswered attempts of every call it made (unanswered-attempts.ts): a call
 * refused with ConcurrentModificationException may have had an attempt whose decline went through.
 */
async function declineHandshake(organizations, handshakeId, wait = call_limiter/* realClock */.dQ.sleep) {
    let unansweredBefore = 0;
    for (let attempt = 0;; attempt++) {
        try {
            await organizations.send(new dist_cjs/* DeclineHandshakeCommand */.J1e({ HandshakeId: handshakeId }));
            return;
        }
        catch (err) {
            const delay = CONCURRENT_MODIFICATION_WAITS_MS[attempt];
            if (delay === undefined || (0,errors/* classifyAwsError */.u3)(err).name !== 'ConcurrentModificationException') {
                if (typeof err === 'object' && err !== null)
                    (0,unanswered_attempts/* addUnansweredAttempts */.E_)(err, unansweredBefore);
                throw err;
            }
            unansweredBefore += (0,unanswered_attempts/* unansweredAttempts */.Jh)(err);
            await wait(delay);
        }
    }
}

// EXTERNAL MODULE: ./lib/aws/organizations/list-handshakes.js
var list_handshakes = __webpack_require__(5940);
;// CONCATENATED MODULE: ./lib/aws/kinds/handshakes.js



/** A handshake's state as an end state (finished handshakes stay listed for 30 days); OPEN and REQUESTED are still pending. */
const END_STATES = { ACCEPTED: 'accepted', DECLINED: 'declined', CANCELED: 'withdrawn', EXPIRED: 'expired', OPEN: 'pending', REQUESTED: 'pending' };
const awsHandshakes = {
    name: 'handshake',
    sweep: (clients, unit, options) => (0,sweep/* sweepHandshakes */.b1)(clients, unit.account, options.log),
    write: (clients, write) => declineHandshake(clients.organizations, write.target),
    // InvalidHandshakeTransitionException says accepted, cancelled or expired; the account's listing tells which (or that it is still open).
    endState: async (clients, write) => {
        const handshake = (await (0,list_handshakes/* listHandshakes */.ru)(clients.organizations)).find((h) => h.Id === write.target);
        if (handshake === undefined)
            return 'gone';
        return Object.hasOwn(END_STATES, handshake.State ?? '') ? END_STATES[handshake.State ?? ''] : undefined;
    },
};


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


/***/ })

};
