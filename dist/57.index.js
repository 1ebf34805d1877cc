export const id = 57;
export const ids = [57];
export const modules = {

/***/ 703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cE: () => (/* binding */ lapsingWithin),
/* harmony export */   cS: () => (/* binding */ lapsesAt),
/* harmony export */   fx: () => (/* binding */ isInForce)
/* harmony export */ });
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The instant an `until: YYYY-MM-DD` lapses: 00:00:00Z on the next day. The entry is in force
 * for the whole of the named day in UTC, whatever the runner's time zone.
 *
 * Returns undefined for anything that is not a real calendar date (2026-02-30, 2026-1-5, '').
 * The policy parser rejects those; we still refuse to guess here, and the caller treats an
 * unreadable `until` as lapsed so that a malformed entry can only deny, never allow.
 */
function lapsesAt(until) {
    const parts = DATE_ONLY.exec(until);
    if (parts === null)
        return undefined;
    const [, y, m, d] = parts;
    const year = Number(y);
    const month = Number(m);
    const day = Number(d);
    const startOfDay = Date.UTC(year, month - 1, day);
    const check = new Date(startOfDay);
    // Date.UTC rolls 2026-02-30 over to 2026-03-02 and maps years 0..99 to 1900..1999: refuse both.
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
        return undefined;
    }
    return new Date(startOfDay + DAY_MS);
}
/**
 * Whether an allow entry is in force at `now`: always without `until`, otherwise strictly
 * before the start of the day after `until` (UTC). An invalid `now` or `until` gives false.
 */
function isInForce(entry, now) {
    if (entry.until === undefined)
        return true;
    const lapse = lapsesAt(entry.until);
    if (lapse === undefined)
        return false;
    // NaN (an Invalid Date) compares false: fail closed.
    return now.getTime() < lapse.getTime();
}
/**
 * When an `until` that is still in force at `now` lapses within `windowDays`: the instant and the
 * whole days left. Undefined when it has lapsed already, lapses later, or is not a real date.
 */
function lapsingWithin(until, now, windowDays) {
    const lapse = lapsesAt(until);
    if (lapse === undefined)
        return undefined;
    const left = lapse.getTime() - now.getTime();
    if (!(left > 0 && left <= windowDays * DAY_MS))
        return undefined;
    return { lapsesAt: lapse.toISOString(), daysLeft: Math.floor(left / DAY_MS) };
}


/***/ }),

/***/ 679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAgainstAws: () => (/* binding */ runAgainstAws)
});

// EXTERNAL MODULE: ./lib/aws/clients.js
var aws_clients = __webpack_require__(6933);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: ./lib/model/aws-limits.js
var aws_limits = __webpack_require__(8565);
;// CONCATENATED MODULE: ./lib/aws/iot/reject-certificate-transfer.js


/**
 * Sends the certificate back to its source account (status INACTIVE there).
 * Only the destination account may call it. The reason is cut to AWS's 128-character limit.
 */
async function rejectCertificateTransfer(iot, certificateId, rejectReason) {
    const reason = (0,aws_limits/* limitRejectReason */.h)(rejectReason);
    await iot.send(new dist_cjs/* RejectCertificateTransferCommand */.fMA({ certificateId, ...(reason === '' ? {} : { rejectReason: reason }) }));
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
;// CONCATENATED MODULE: ./lib/aws/organizations/decline-handshake.js

/** Declines a handshake this account received. Only the receiving account may call it. */
async function declineHandshake(organizations, handshakeId) {
    await organizations.send(new client_organizations_dist_cjs/* DeclineHandshakeCommand */.J1e({ HandshakeId: handshakeId }));
}

;// CONCATENATED MODULE: ./lib/aws/effects.js


/** The writes of an enforce run, against AWS. Errors propagate as the SDK throws them. */
function awsEffects(clients) {
    return {
        rejectCertificateTransfer: (region, certificateId, reason) => rejectCertificateTransfer(clients.iot(region), certificateId, reason),
        declineHandshake: (handshakeId) => declineHandshake(clients.organizations, handshakeId),
    };
}

// EXTERNAL MODULE: ./lib/run/sweep-run.js + 10 modules
var sweep_run = __webpack_require__(1454);
;// CONCATENATED MODULE: ./lib/run/aws-run.js



/**
 * The composition root of a sweeping run: real clients, the real clock. Loaded lazily by the entry
 * so that `validate` never loads the AWS SDK.
 */
async function runAgainstAws(request) {
    const clients = (0,aws_clients/* createAwsClients */.Gv)({ userAgentSuffix: request.userAgent });
    return (0,sweep_run/* sweepAndAct */.g3)({ clients, now: () => new Date(), ...(request.log ? { log: request.log } : {}) }, { mode: request.mode, policy: request.policy, regions: request.regions, maxActions: request.maxActions, effects: request.mode === 'enforce' ? awsEffects(clients) : undefined });
}


/***/ })

};
